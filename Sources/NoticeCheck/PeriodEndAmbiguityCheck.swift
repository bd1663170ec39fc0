import NoticeModel
import NoticeCalendar

/// `在采购期第6个月末` from a go-live date: read as the 6th calendar month counting the go-live month as the
/// first, or as six months from the go-live date (民法典202: the corresponding day, else the month's last day).
/// Both candidates are reported; the text does not say which. Warning.
public struct PeriodEndAmbiguityCheck: Check {
    public let name = "ambiguous_period_end"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let start = input.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }) else { return [] }
        let s = input.scan
        var out: [Finding] = []
        for m in s.matches("第([0-9]+|[一二三四五六七八九十]+)个月(?:末|底)") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }), n >= 1 else { continue }
            let first = DayCount.adding(months: n - 1, to: CalendarDate(year: start.year, month: start.month, day: 1)!)
            let calendarMonth = DayCount.monthEnd(year: first.year, month: first.month)
            let fromStart = DayCount.adding(months: n, to: start)
            guard calendarMonth != fromStart else { continue }
            var values = ["candidate_calendar_month": calendarMonth.iso, "candidate_民法典202": fromStart.iso, "start": start.iso,
                          "finding": "ambiguous"]
            let sentence = s.sentence(around: m.range.lowerBound)
            if let c = s.matches("次月(?:底|末)", in: sentence).first, c.range.lowerBound < m.range.lowerBound {
                let next = DayCount.adding(months: 1, to: CalendarDate(year: start.year, month: start.month, day: 1)!)
                values["次月底"] = DayCount.monthEnd(year: next.year, month: next.month).iso
            }
            out.append(Finding(
                check: name, severity: .warning,
                message: "'\(s.text(m.range))' from \(start.iso) has two readings: \(CalendarScope.describe(calendarMonth, calendar)) if the go-live month is month 1, or \(CalendarScope.describe(fromStart, calendar)) counting \(n) months from the go-live date.",
                items: input.document.periods.filter { $0.span.overlaps(Span(m.range)) }.map(\.id) + input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id),
                quotes: [input.quote(sentence)], basis: "民法典201-202 vs calendar-month reading", values: values))
        }
        return out
    }
}
