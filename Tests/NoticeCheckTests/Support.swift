import Foundation
import NoticeModel
import NoticeText
import NoticeCheck

/// Builds check inputs from example text and hand-written items (spans found by quoting the text).
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dictionaries = root.appendingPathComponent("dictionaries")
    static let lexicon: CheckLexicon = try! CheckLexicon.load(directory: dictionaries)
    static let folder = TextFolder(tables: (try? TextTables.load(directory: dictionaries)) ?? .emptyTables)

    static func text(_ s: String) -> SourceText { folder.fold(s, encoding: "UTF-8") }

    /// The span of the `occurrence`-th (0-based) appearance of `quote` in `text`.
    static func span(_ quote: String, in text: String, occurrence: Int = 0) -> Span {
        let hay = Array(text.unicodeScalars), needle = Array(quote.unicodeScalars)
        var seen = 0
        var i = 0
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle {
                if seen == occurrence { return Span(i, i + needle.count) }
                seen += 1
            }
            i += 1
        }
        fatalError("quote '\(quote)' not in example text")
    }

    static func input(_ text: String, doc: DocumentMeta = DocumentMeta(), thresholds: [T] = [],
                      deadlines: [Deadline] = [], periods: [Period] = [], path: String = "example.txt") -> CheckInput {
        let ts = thresholds.enumerated().map { i, t in
            Threshold(id: "t\(i + 1)", quote: t.quote, span: span(t.quote, in: text, occurrence: t.occurrence),
                      section: t.section, metric: t.metric, op: t.op, value: t.value, unit: t.unit,
                      reference: t.reference, rule: "test")
        }
        let d = NoticeDocument(source: SourceInfo(path: path), doc: doc, thresholds: ts, deadlines: deadlines, periods: periods)
        return CheckInput(document: d, text: Fixture.text(text), path: path)
    }
}

/// A threshold written by hand for an example.
struct T: Sendable {
    var quote: String
    var metric: String
    var op: NoticeModel.Comparator
    var value: Double
    var unit: ThresholdUnit = .percent
    var reference: String? = nil
    var section: String? = nil
    var occurrence = 0
}

/// An example: text (and items), the check kind and the values its finding must carry.
struct Example: Sendable, CustomTestStringConvertible {
    var text: String
    var thresholds: [T] = []
    var doc = DocumentMeta()
    var check: String = ""
    var severity: Severity? = nil
    var values: [String: String] = [:]
    var testDescription: String { String(text.prefix(40)) }
}

/// Runs one check over an example and matches the finding the example expects.
func expectFinding(_ e: Example, _ check: any Check) -> [Finding] {
    check.run(Fixture.input(e.text, doc: e.doc, thresholds: e.thresholds))
}

import Testing

/// Traditional examples need the T→S table (merged from main); without it they are a known issue.
func needsScriptTable(_ e: Example) -> Bool {
    Fixture.folder.tables.t2s.isEmpty && e.text.unicodeScalars.contains { "達臺萬準將於執從價兩針額採實營".unicodeScalars.contains($0) }
}

func verify(_ e: Example, _ check: any Check, sourceLocation: SourceLocation = #_sourceLocation) {
    if needsScriptTable(e) {
        withKnownIssue("traditional text needs dictionaries/script/t2s.tsv", isIntermittent: true) {
            verifyNow(e, check, sourceLocation: sourceLocation)
        }
    } else {
        verifyNow(e, check, sourceLocation: sourceLocation)
    }
}

func verifyNow(_ e: Example, _ check: any Check, sourceLocation: SourceLocation) {
    let fs = expectFinding(e, check).filter { $0.check == e.check }
    #expect(!fs.isEmpty, "expected a \(e.check) finding", sourceLocation: sourceLocation)
    guard let f = fs.first(where: { f in e.values.allSatisfy { f.values[$0.key] == $0.value } }) else {
        Issue.record("no \(e.check) finding carries \(e.values); got \(fs.map(\.values))", sourceLocation: sourceLocation)
        return
    }
    if let sev = e.severity { #expect(f.severity == sev, sourceLocation: sourceLocation) }
    #expect(!f.basis.isEmpty && !f.message.isEmpty && !f.quotes.isEmpty, sourceLocation: sourceLocation)
}

func verifySilent(_ e: Example, _ check: any Check, sourceLocation: SourceLocation = #_sourceLocation) {
    let fs = expectFinding(e, check)
    #expect(fs.isEmpty, "expected nothing, got \(fs.map { "\($0.check): \($0.message)" })", sourceLocation: sourceLocation)
}
