import Foundation
import Testing
import NoticeModel
@testable import NoticeKit

// The evaluation gate: extraction of hand-annotated real documents (Evaluation/docs, gold in Evaluation/gold,
// decisions in Evaluation/README.md) scored per kind against pinned floors (Evaluation/floors.json).
//
// Matching, per kind and document: a predicted item matches a gold item when their spans overlap AND the key
// fields agree (threshold: op, value, unit; deadline: amount, unit, op; period: amount, unit; frequency: every,
// multiple; obligation: modality, and the gold modal word lies inside the predicted span). Pairs are taken
// one-to-one, greedily by overlap length. The relaxed "span-only" score needs overlapping spans only.

/// One item reduced to what the scorer compares.
struct EvalItem: Equatable, Sendable {
    var quote: String
    var span: Span
    /// Key fields as comparable values: numbers compared with a relative tolerance, strings exactly.
    var numbers: [Double]
    var words: [String]
    /// Obligations: the gold modal word's span (gold side only).
    var marker: Span?

    init(quote: String, span: Span, numbers: [Double] = [], words: [String] = [], marker: Span? = nil) {
        self.quote = quote; self.span = span; self.numbers = numbers; self.words = words; self.marker = marker
    }

    /// Whether predicted `self` agrees with `gold` on the key fields (spans aside).
    func keysAgree(with gold: EvalItem) -> Bool {
        guard words == gold.words, numbers.count == gold.numbers.count else { return false }
        for (a, b) in zip(numbers, gold.numbers) where abs(a - b) > 1e-6 * max(1, abs(b)) { return false }
        if let m = gold.marker, !span.contains(m) { return false }
        return true
    }
}

enum EvalKind: String, CaseIterable, Sendable {
    case thresholds, deadlines, periods, frequencies, obligations
}

/// True / false positives and false negatives, with the unmatched items kept for the report.
struct EvalCounts: Sendable {
    var tp = 0, fp = 0, fn = 0
    var falsePositives: [EvalItem] = []
    var falseNegatives: [EvalItem] = []

    var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var predicted: Int { tp + fp }

    static func + (a: EvalCounts, b: EvalCounts) -> EvalCounts {
        EvalCounts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn,
                   falsePositives: a.falsePositives + b.falsePositives,
                   falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

enum EvalMatcher {
    /// One-to-one greedy matching by overlap length (ties: earlier gold, then earlier prediction).
    static func score(predicted: [EvalItem], gold: [EvalItem], spanOnly: Bool = false) -> EvalCounts {
        var pairs: [(overlap: Int, g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() where p.span.overlaps(g.span) {
                if spanOnly || p.keysAgree(with: g) {
                    let overlap = min(p.span.end, g.span.end) - max(p.span.start, g.span.start)
                    pairs.append((overlap, gi, pi))
                }
            }
        }
        pairs.sort { ($0.overlap, -$0.g, -$0.p) > ($1.overlap, -$1.g, -$1.p) }
        var usedG = Set<Int>(), usedP = Set<Int>()
        for pair in pairs where !usedG.contains(pair.g) && !usedP.contains(pair.p) {
            usedG.insert(pair.g); usedP.insert(pair.p)
        }
        var c = EvalCounts(tp: usedG.count, fp: predicted.count - usedP.count, fn: gold.count - usedG.count)
        c.falsePositives = predicted.indices.filter { !usedP.contains($0) }.map { predicted[$0] }
        c.falseNegatives = gold.indices.filter { !usedG.contains($0) }.map { gold[$0] }
        return c
    }
}

// MARK: - Gold files

struct GoldFile: Decodable {
    struct T: Decodable { var quote: String; var span: Span; var op: String; var value: Double; var unit: String }
    struct D: Decodable { var quote: String; var span: Span; var amount: Double; var unit: String; var op: String }
    struct P: Decodable { var quote: String; var span: Span; var amount: Double; var unit: String }
    struct F: Decodable { var quote: String; var span: Span; var every: String; var multiple: Int }
    struct O: Decodable { var quote: String; var span: Span; var modality: String; var marker: String; var markerSpan: Span }

    var document: String
    var chars: Int
    /// SHA-256 of the document's bytes: the gold is only valid for exactly that text.
    var sha256: String
    var thresholds: [T]
    var deadlines: [D]
    var periods: [P]
    var frequencies: [F]
    var obligations: [O]

    func items(_ kind: EvalKind) -> [EvalItem] {
        switch kind {
        case .thresholds: thresholds.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.value], words: [$0.op, $0.unit]) }
        case .deadlines: deadlines.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.amount], words: [$0.unit, $0.op]) }
        case .periods: periods.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.amount], words: [$0.unit]) }
        case .frequencies: frequencies.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [Double($0.multiple)], words: [$0.every]) }
        case .obligations: obligations.map { EvalItem(quote: $0.quote, span: $0.span, words: [$0.modality], marker: $0.markerSpan) }
        }
    }

    /// Every quoted span of every kind, for the consistency test.
    var quotedSpans: [(String, Span)] {
        thresholds.map { ($0.quote, $0.span) } + deadlines.map { ($0.quote, $0.span) } + periods.map { ($0.quote, $0.span) }
            + frequencies.map { ($0.quote, $0.span) } + obligations.map { ($0.quote, $0.span) }
            + obligations.map { ($0.marker, $0.markerSpan) }
    }
}

extension NoticeDocument {
    func evalItems(_ kind: EvalKind) -> [EvalItem] {
        switch kind {
        case .thresholds: thresholds.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.value], words: [$0.op.rawValue, $0.unit.rawValue]) }
        case .deadlines: deadlines.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.amount], words: [$0.unit.rawValue, $0.op.rawValue]) }
        case .periods: periods.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [$0.amount], words: [$0.unit.rawValue]) }
        case .frequencies: frequencies.map { EvalItem(quote: $0.quote, span: $0.span, numbers: [Double($0.multiple)], words: [$0.every.rawValue]) }
        case .obligations: obligations.map { EvalItem(quote: $0.quote, span: $0.span, words: [$0.modality.rawValue]) }
        }
    }
}

struct Floor: Decodable { var precision: Double; var recall: Double; var f1: Double }

enum Evaluation {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let dir = testsDir.appendingPathComponent("Evaluation")
    static let root = testsDir.deletingLastPathComponent().deletingLastPathComponent()

    static func docNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func gold(_ name: String) throws -> GoldFile {
        let data = try Data(contentsOf: dir.appendingPathComponent("gold/\(name).json"))
        return try JSONDecoder().decode(GoldFile.self, from: data)
    }

    static func floors() throws -> [String: Floor] {
        try JSONDecoder().decode([String: Floor].self, from: Data(contentsOf: dir.appendingPathComponent("floors.json")))
    }

    struct Report { var strict: [EvalKind: EvalCounts]; var relaxed: [EvalKind: EvalCounts] }

    /// Runs the pipeline on every document and scores it (micro-averaged over documents).
    static func run() throws -> Report {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: root.appendingPathComponent("dictionaries")))
        var strict: [EvalKind: EvalCounts] = [:], relaxed: [EvalKind: EvalCounts] = [:]
        for name in try docNames() {
            let gold = try gold(name)
            let path = dir.appendingPathComponent("docs/\(name).txt").path
            guard case .document(let doc) = pipeline.process(path: path) else {
                throw EvaluationError(message: "\(name): the pipeline returned an error object")
            }
            guard doc.source.sha256 == gold.sha256, doc.source.chars == gold.chars else {
                throw EvaluationError(message: "\(name): the document changed since the gold was made (sha256 or chars differ)")
            }
            for kind in EvalKind.allCases {
                let p = doc.evalItems(kind), g = gold.items(kind)
                strict[kind, default: EvalCounts()] = strict[kind, default: EvalCounts()] + EvalMatcher.score(predicted: p, gold: g)
                relaxed[kind, default: EvalCounts()] = relaxed[kind, default: EvalCounts()] + EvalMatcher.score(predicted: p, gold: g, spanOnly: true)
            }
        }
        return Report(strict: strict, relaxed: relaxed)
    }

    static func table(_ r: Report) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = ["kind          gold  pred    tp     P      R      F1  | span-only P      R      F1"]
        for kind in EvalKind.allCases {
            let s = r.strict[kind] ?? EvalCounts(), x = r.relaxed[kind] ?? EvalCounts()
            let name = kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            let counts = [s.tp + s.fn, s.predicted, s.tp].map { String($0).leftPad(6) }.joined()
            lines.append("\(name)\(counts)  \(f(s.precision))  \(f(s.recall))  \(f(s.f1))  |           \(f(x.precision))  \(f(x.recall))  \(f(x.f1))")
        }
        return lines.joined(separator: "\n")
    }
}

struct EvaluationError: Error, CustomStringConvertible { var message: String; var description: String { message } }

private extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

// MARK: - Tests

@Suite struct EvaluationTests {
    @Test func goldQuotesEqualTheirSpans() throws {
        let names = try Evaluation.docNames()
        #expect(names.count >= 4)
        for name in names {
            let gold = try Evaluation.gold(name)
            let text = Array(try String(contentsOf: Evaluation.dir.appendingPathComponent("docs/\(name).txt"), encoding: .utf8).unicodeScalars)
            #expect(text.count == gold.chars, "\(name): chars")
            for (quote, span) in gold.quotedSpans {
                let slice = span.end <= text.count ? String(String.UnicodeScalarView(text[span.range])) : "<out of range>"
                #expect(slice == quote, "\(name): \(span.start)..<\(span.end) is \(slice), gold says \(quote)")
            }
            for o in gold.obligations { #expect(o.span.contains(o.markerSpan), "\(name): marker outside \(o.quote)") }
        }
    }

    /// The gold scored against itself is perfect: ranges (two items on one span) and repeated quotes pair up.
    @Test func goldMatchesItselfPerfectly() throws {
        for name in try Evaluation.docNames() {
            let gold = try Evaluation.gold(name)
            for kind in EvalKind.allCases {
                let g = gold.items(kind)
                let c = EvalMatcher.score(predicted: g, gold: g)
                #expect(c.tp == g.count && c.fp == 0 && c.fn == 0, "\(name) \(kind.rawValue)")
            }
        }
    }

    @Test func extractionMeetsTheFloors() throws {
        let report = try Evaluation.run()
        print("Evaluation (\(try Evaluation.docNames().count) documents, micro over documents)\n" + Evaluation.table(report))
        let floors = try Evaluation.floors()
        for kind in EvalKind.allCases {
            let c = report.strict[kind] ?? EvalCounts()
            guard let floor = floors[kind.rawValue] else { Issue.record("floors.json has no \(kind.rawValue)"); continue }
            #expect(c.precision >= floor.precision - 1e-9, "\(kind.rawValue) precision \(c.precision) < floor \(floor.precision)")
            #expect(c.recall >= floor.recall - 1e-9, "\(kind.rawValue) recall \(c.recall) < floor \(floor.recall)")
            #expect(c.f1 >= floor.f1 - 1e-9, "\(kind.rawValue) F1 \(c.f1) < floor \(floor.f1)")
            // A floor of 0 is allowed only while the extractor returns nothing for that kind.
            if c.predicted > 0 {
                #expect(floor.f1 > 0, "\(kind.rawValue): the extractor now returns \(c.predicted) items (F1 \(c.f1)); raise its floor in Evaluation/floors.json")
            }
        }
    }

    // The matcher itself, with positive and negative examples.
    static let gold = [EvalItem(quote: "二万元以上十万元以下", span: Span(10, 20), numbers: [20000], words: ["ge", "yuan"])]

    @Test(arguments: [
        EvalItem(quote: "二万元以上", span: Span(10, 15), numbers: [20000], words: ["ge", "yuan"]),      // inside
        EvalItem(quote: "处二万元以上十万元以下的罚款", span: Span(9, 23), numbers: [20000.0000001], words: ["ge", "yuan"]), // wider
    ])
    func matchesOverlappingItemWithEqualKeys(_ p: EvalItem) {
        let c = EvalMatcher.score(predicted: [p], gold: Self.gold)
        #expect(c.tp == 1 && c.fp == 0 && c.fn == 0)
    }

    @Test(arguments: [
        EvalItem(quote: "x", span: Span(20, 25), numbers: [20000], words: ["ge", "yuan"]),              // adjacent, no overlap
        EvalItem(quote: "x", span: Span(10, 20), numbers: [20000], words: ["gt", "yuan"]),              // other op
        EvalItem(quote: "x", span: Span(10, 20), numbers: [100000], words: ["ge", "yuan"]),             // other value
        EvalItem(quote: "x", span: Span(10, 20), numbers: [20000], words: ["ge", "twd"]),               // other unit
    ])
    func rejectsItemThatDiffers(_ p: EvalItem) {
        let c = EvalMatcher.score(predicted: [p], gold: Self.gold)
        #expect(c.tp == 0 && c.fp == 1 && c.fn == 1)
        #expect(EvalMatcher.score(predicted: [p], gold: Self.gold, spanOnly: true).tp == (p.span.overlaps(Self.gold[0].span) ? 1 : 0))
    }

    @Test func obligationNeedsTheGoldModalWordInsideThePrediction() {
        let g = [EvalItem(quote: "用人单位应当按月支付", span: Span(0, 10), words: ["must"], marker: Span(4, 6))]
        let inside = EvalItem(quote: "应当按月支付", span: Span(4, 10), words: ["must"])
        let outside = EvalItem(quote: "按月支付", span: Span(6, 10), words: ["must"])
        let wrongModality = EvalItem(quote: "应当按月支付", span: Span(4, 10), words: ["may"])
        #expect(EvalMatcher.score(predicted: [inside], gold: g).tp == 1)
        #expect(EvalMatcher.score(predicted: [outside], gold: g).tp == 0)
        #expect(EvalMatcher.score(predicted: [wrongModality], gold: g).tp == 0)
    }

    @Test func matchingIsOneToOneAndPrefersTheLargerOverlap() {
        let g = [EvalItem(quote: "a", span: Span(0, 10), words: ["x"]), EvalItem(quote: "b", span: Span(8, 20), words: ["x"])]
        let p = [EvalItem(quote: "c", span: Span(7, 20), words: ["x"])]
        let c = EvalMatcher.score(predicted: p, gold: g)
        #expect(c.tp == 1 && c.fp == 0 && c.fn == 1)
        #expect(c.falseNegatives.map(\.quote) == ["a"])
        let twice = EvalMatcher.score(predicted: p + p, gold: [g[1]])
        #expect(twice.tp == 1 && twice.fp == 1 && twice.fn == 0)
        let none = EvalMatcher.score(predicted: [], gold: g)
        #expect(none.precision == 0 && none.recall == 0 && none.f1 == 0 && none.fn == 2)
    }
}
