import Foundation
import NoticeModel
import NoticeCalendar

/// Working-day deadlines whose window crosses a holiday or a make-up working day: a weekday-only count gives the
/// wrong date. Anchored, as an example, on the document's own date (and `超过N小时` lapses before it). Info with
/// both dates, only when they differ.
public struct HolidayWindowCheck: Check {
    public let name = "working_day_deadlines_over_holiday"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let docDate = input.documentDate, calendar.covers(docDate) else { return [] }
        let s = input.scan
        var out: [Finding] = []
        for m in s.matches("([0-9]+|[一二三四五六七八九十]+)个?工作日") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }), n > 0 else { continue }
            let before = s.text(max(s.sentence(around: m.range.lowerBound).lowerBound, m.range.lowerBound - 6)..<m.range.lowerBound)
            // lead times and counts back from go-live are other checks' business
            if ["不少于", "至少", "不得少于", "前", "之间"].contains(where: { before.hasSuffix($0) || before.contains("之间") }) { continue }
            var anchor = docDate
            var lapse = ""
            let clauseStart = s.sentence(around: m.range.lowerBound).lowerBound
            if let h = s.matches("超过([0-9]+)小时", in: clauseStart..<m.range.lowerBound).last, let hours = Int(s.text(h.groups[0]!)) {
                anchor = DayCount.adding(hours / 24, to: docDate); lapse = " + \(hours)h"
            }
            let due = calendar.adding(workdays: n, to: anchor)
            let naive = WeekendOnlyCalendar().adding(workdays: n, to: anchor)
            guard due != naive else { continue }
            let op = ["不得超过", "不超过", "最长"].contains { before.contains($0) } ? "<= \(n) (exactly \(n) allowed)" : "within \(n)"
            out.append(Finding(
                check: name, severity: .info,
                message: "\(n) working day\(n == 1 ? "" : "s") from an event on \(docDate.iso)\(lapse) end \(CalendarScope.describe(due, calendar)), not \(naive.iso) as a weekday-only count gives: the window crosses a holiday or make-up working day.",
                items: input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id),
                quotes: [input.quote(s.clause(around: m.range.lowerBound))],
                basis: "event day not counted (民法典201); \(CalendarScope.basis(due, calendar))",
                values: ["example_anchor": docDate.iso + lapse, "due": due.iso, "weekday_only_due": naive.iso, "bound": op, "finding": "computed"]))
        }
        return out
    }
}
