import Testing
import Foundation
import NoticeModel
import NoticeCheck

struct FixedCheck: Check {
    let name: String
    let findings: [Finding]
    func run(_ doc: CheckInput) -> [Finding] { findings }
}

@Suite struct CheckRunnerTests {
    static func f(_ check: String, _ span: Span, severity: Severity = .warning) -> Finding {
        Finding(id: "", check: check, severity: severity, message: "m", items: [], quotes: [FindingQuote(path: nil, quote: "q", span: span)], basis: "b")
    }

    @Test func numbersFindingsAndDropsExactRepeats() {
        let a = Self.f("a", Span(0, 2)), b = Self.f("b", Span(3, 4))
        let runner = CheckRunner(checks: [FixedCheck(name: "a", findings: [a, a]), FixedCheck(name: "b", findings: [b])], crossChecks: [])
        let out = runner.run(Fixture.input("一二三四五"))
        #expect(out.map(\.id) == ["x1", "x2"])
        #expect(out.map(\.check) == ["a", "b"])
    }

    @Test func extractionFindingsKeptUnlessRestatedOrSuperseded() {
        var doc = NoticeDocument(source: SourceInfo(path: "e.txt"))
        doc.findings = [Self.f("ambiguous_period_end", Span(0, 3)), Self.f("ambiguous_period_end", Span(10, 12), severity: .info),
                        Self.f("deadline_without_anchor", Span(5, 8)), Self.f("deadline_without_anchor", Span(5, 8), severity: .info)]
        let input = CheckInput(document: doc, text: Fixture.text("甲乙丙丁戊己庚辛壬癸子丑寅卯"), path: "e.txt")
        let runner = CheckRunner(checks: [FixedCheck(name: "ambiguous_period_end", findings: [Self.f("ambiguous_period_end", Span(1, 2))]),
                                          UnanchoredDeadlineCheck(calendar: WeekendOnlyCalendar())], crossChecks: [])
        let out = runner.run(input)
        // restated (0-3) dropped, the other ambiguity (10-12) kept; the resolver's warning superseded, its info kept
        #expect(out.map { "\($0.check)@\($0.quotes[0].span.start)" }.sorted()
                == ["ambiguous_period_end@1", "ambiguous_period_end@10", "deadline_without_anchor@5"])
    }

    @Test func restatedKindsGiveWayWhereTheyQuoteTheSameText() {
        var doc = NoticeDocument(source: SourceInfo(path: "e.txt"))
        doc.findings = [Self.f("ambiguous_period_end", Span(0, 3), severity: .info), Self.f("ambiguous_period_end", Span(10, 12), severity: .info)]
        struct Restating: Check {
            let name = "per_batch_cycle_end"
            let restates = ["ambiguous_period_end"]
            func run(_ doc: CheckInput) -> [Finding] { [CheckRunnerTests.f("per_batch_cycle_end", Span(0, 5), severity: .info)] }
        }
        let input = CheckInput(document: doc, text: Fixture.text("甲乙丙丁戊己庚辛壬癸子丑寅卯"), path: "e.txt")
        let out = CheckRunner(checks: [Restating()], crossChecks: []).run(input)
        #expect(out.map { "\($0.check)@\($0.quotes[0].span.start)" } == ["ambiguous_period_end@10", "per_batch_cycle_end@0"])
    }

    @Test func badDictionaryLineNamesFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("check-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("check"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.dictionaries.appendingPathComponent("check").path) {
            try FileManager.default.copyItem(at: Fixture.dictionaries.appendingPathComponent("check/\(name)"), to: dir.appendingPathComponent("check/\(name)"))
        }
        let bad = dir.appendingPathComponent("check/comparators.tsv")
        try (String(contentsOf: bad, encoding: .utf8) + "低过\tbelow\tpre\n").write(to: bad, atomically: true, encoding: .utf8)
        #expect { try CheckLexicon.load(directory: dir) } throws: { e in
            let s = "\(e)"
            return s.contains("comparators.tsv:") && s.contains("op must be")
        }
        try? FileManager.default.removeItem(at: dir)
    }
}

import NoticeKit

@Suite struct PipelineCheckTests {
    @Test func extractWithFindingsCarriesTheChecksFindings() throws {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Fixture.dictionaries))
        let runner = try pipeline.checkRunner()
        let text = "关于做好结算工作的通知\n各单位：\n对合格率90%及以上的单位予以奖励；对合格率90%以下的单位予以通报。\n某局\n2024年3月5日\n"
        guard case .document(let d) = pipeline.process(bytes: Array(text.utf8), path: "x.txt", runner: runner) else {
            Issue.record("not a document"); return
        }
        #expect(d.findings.contains { $0.check == "threshold_overlap" && $0.items == ["t1", "t2"] })
        #expect(d.findings.map(\.id) == d.findings.indices.map { "x\($0 + 1)" })
        #expect(d.findings.allSatisfy { f in f.quotes.allSatisfy { q in
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[q.span.range])) == q.quote } })
    }
}
