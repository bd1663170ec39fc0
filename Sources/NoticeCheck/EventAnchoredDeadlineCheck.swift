import NoticeModel
import NoticeCalendar

/// `执行前10个工作日`: a deadline counted back from the go-live date the document gives (`自2025年8月29日起执行`).
/// The due date is computed on the holiday table; a due date before the document's own date is an error (it had
/// passed when the document was signed), otherwise info with the working days left.
public struct EventAnchoredDeadlineCheck: Check {
    public let name = "event_anchored_deadline"
    let lexicon: CheckLexicon
    let calendar: any WorkdayCounting
    public init(lexicon: CheckLexicon, calendar: any WorkdayCounting) { self.lexicon = lexicon; self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let go = input.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }) else { return [] }
        let s = input.scan
        let verbs = lexicon.goLiveVerbs.joined(separator: "|")
        var out: [Finding] = []
        for m in s.matches("(?:\(verbs))前([0-9]+|[一二三四五六七八九十]+)个?工作日") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }) else { continue }
            let due = calendar.adding(workdays: -n, to: go)
            var values = ["anchor": go.iso, "deadline": due.iso, "finding": "computed"]
            var severity = Severity.info
            var message = "\(n) working days before go-live \(go.iso) is \(CalendarScope.describe(due, calendar))"
            if let docDate = input.documentDate {
                let left = calendar.workdays(strictlyBetween: docDate, and: due)
                values["working_days_after_doc_date_to_deadline_strictly_between"] = String(left)
                if due < docDate {
                    severity = .error; values["finding"] = "deadline_before_document"
                    message += ", before the document's own date \(docDate.iso)"
                } else {
                    message += "; \(left) working days after the document date \(docDate.iso)"
                }
            }
            let items = input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id)
            out.append(Finding(check: name, severity: severity, message: message + ".", items: items,
                               quotes: [input.quote(s.sentence(around: m.range.lowerBound))],
                               basis: "counted back \(n) working days from the go-live date, event day not counted; \(CalendarScope.basis(due, calendar))",
                               values: values))
        }
        return out
    }
}
