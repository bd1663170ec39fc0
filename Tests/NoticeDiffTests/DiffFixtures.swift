import Foundation
import NoticeModel
import NoticeText
@testable import NoticeDiff

/// Builds diff inputs from literal texts, with items placed by quote (hand-built until the extractors land).
struct Fixture {
    var text: String
    var doc: NoticeDocument

    init(_ text: String, path: String = "fixture.txt") {
        self.text = text
        self.doc = NoticeDocument(source: SourceInfo(path: path, format: .text, encoding: "UTF-8", script: .simplified,
                                                     chars: text.unicodeScalars.count))
    }

    var input: DiffInput {
        DiffInput(document: doc, text: TextFolder(tables: .emptyTables).fold(text, encoding: "UTF-8"))
    }

    /// The span of the `nth` occurrence of `quote` (scalar offsets).
    func span(_ quote: String, _ nth: Int = 0) -> Span {
        let s = Array(text.unicodeScalars), q = Array(quote.unicodeScalars)
        var found = -1
        for i in 0...(s.count - q.count) where Array(s[i..<(i + q.count)]) == q {
            found += 1
            if found == nth { return Span(i, i + q.count) }
        }
        fatalError("quote not found: \(quote)")
    }

    mutating func threshold(_ quote: String, metric: String?, _ op: NoticeModel.Comparator, _ value: Double, _ unit: ThresholdUnit, nth: Int = 0) {
        doc.thresholds.append(Threshold(id: "t\(doc.thresholds.count + 1)", quote: quote, span: span(quote, nth), section: nil,
                                        metric: metric, op: op, value: value, unit: unit, reference: nil, rule: "test"))
    }

    mutating func deadline(_ quote: String, anchor: String?, actor: String? = nil, _ amount: Double, _ unit: TimeUnit) {
        doc.deadlines.append(Deadline(id: "d\(doc.deadlines.count + 1)", quote: quote, span: span(quote), section: nil,
                                      actor: actor, amount: amount, unit: unit, op: .le, anchor: anchor, rule: "test"))
    }

    mutating func obligation(_ quote: String, actor: String?, _ modality: Modality, marker: String, action: String) {
        doc.obligations.append(Obligation(id: "o\(doc.obligations.count + 1)", quote: quote, span: span(quote), section: nil,
                                          actor: actor, modality: modality, marker: marker, softened: false, action: action,
                                          conditions: [], deadlines: [], rule: "test"))
    }

    mutating func period(_ quote: String, subject: String?, _ amount: Double, _ unit: TimeUnit) {
        doc.periods.append(Period(id: "p\(doc.periods.count + 1)", quote: quote, span: span(quote), section: nil,
                                  amount: amount, unit: unit, subject: subject, rule: "test"))
    }

    mutating func frequency(_ quote: String, _ every: Recurrence, multiple: Int = 1) {
        doc.frequencies.append(Frequency(id: "f\(doc.frequencies.count + 1)", quote: quote, span: span(quote), section: nil,
                                         every: every, multiple: multiple, rule: "test"))
    }
}

func diff(_ a: Fixture, _ b: Fixture) -> DiffReport { PolicyDiff().diff(old: a.input, new: b.input) }

extension DiffReport {
    /// The unit whose new side (or old side, for removed units) carries this number.
    func unit(new number: String) -> UnitDiff? { units.first { $0.new.contains { $0.number == number } } }
    func unit(old number: String) -> UnitDiff? { units.first { $0.old.contains { $0.number == number } } }
    var allItems: [ItemChange] { units.flatMap(\.items) }
    var allNumbers: [NumberChange] { units.flatMap(\.numbers) }
}
