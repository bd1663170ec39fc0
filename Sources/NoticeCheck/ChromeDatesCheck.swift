import NoticeModel
import NoticeCalendar

/// Page chrome (message-board timestamps `2024/12/2 17:31:15`) is not policy: a document date or an item taken
/// from a timestamp line is an extraction error. Error.
public struct ChromeDatesCheck: Check {
    public let name = "page_chrome_dates"
    public init() {}

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        let stamps = s.matches("([0-9]{4})/([0-9]{1,2})/([0-9]{1,2}) +[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")
        guard !stamps.isEmpty else { return [] }
        var stampDates: [CalendarDate: Range<Int>] = [:]
        for m in stamps {
            if let d = CalendarDate(year: Int(s.text(m.groups[0]!))!, month: Int(s.text(m.groups[1]!))!, day: Int(s.text(m.groups[2]!))!),
               stampDates[d] == nil { stampDates[d] = m.range }
        }
        // dates written as dates (not stamps) elsewhere legitimately carry the same day
        let written = Set(DateText.dates(in: s).map(\.date))
        let doc = input.document.doc
        var out: [Finding] = []
        for (field, value) in [("signedDate", doc.signedDate), ("effectiveDate", doc.effectiveDate), ("publishedDate", doc.publishedDate)] {
            guard let v = value, let d = CalendarDate(iso: v), let at = stampDates[d], !written.contains(d) else { continue }
            out.append(Finding(
                check: name, severity: .error,
                message: "doc.\(field) \(v) comes from a page timestamp, not from the document.",
                quotes: [input.quote(s.line(around: at.lowerBound))], basis: "internal: page chrome is not policy",
                values: ["field": field, "value": v, "finding": "exclude_chrome"]))
        }
        let stampLines = stamps.map { s.line(around: $0.range.lowerBound) }
        let items: [(String, Span)] = input.document.deadlines.map { ($0.id, $0.span) } + input.document.periods.map { ($0.id, $0.span) }
            + input.document.thresholds.map { ($0.id, $0.span) }
        for (id, span) in items where stampLines.contains(where: { $0.contains(span.start) }) {
            out.append(Finding(
                check: name, severity: .error, message: "Item \(id) is taken from a page timestamp line.",
                items: [id], quotes: [input.quote(span.range)], basis: "internal: page chrome is not policy",
                values: ["finding": "exclude_chrome"]))
        }
        return out
    }
}
