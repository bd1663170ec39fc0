import NoticeModel

/// A date computed by a calendar rule, with the rule that fired and where 203 moved it from.
public struct ComputedDate: Hashable, Sendable {
    public let date: CalendarDate
    /// `民法典201`, `民法典201+202`, `民法典201+202+203`, `工作日(国办2025)` …
    public let rule: String
    public let estimated: Bool
    /// The last day before 民法典203 moved it off a rest day.
    public let movedFrom: CalendarDate?
    public init(date: CalendarDate, rule: String, estimated: Bool, movedFrom: CalendarDate? = nil) {
        self.date = date; self.rule = rule; self.estimated = estimated; self.movedFrom = movedFrom
    }
}

/// A count the civil-date rules can apply: whole days or whole months (weeks → days, quarters and years →
/// months). Hours and fractional counts that are not whole months have no calendar reading.
public enum CivilCount: Hashable, Sendable {
    case days(Int)
    case months(Int)
    case workdays(Int)

    public init?(amount: Double, unit: TimeUnit) {
        func whole(_ x: Double) -> Int? { x.rounded() == x && abs(x) < 1_000_000 ? Int(x) : nil }
        switch unit {
        case .hour: return nil
        case .day: guard let n = whole(amount) else { return nil }; self = .days(n)
        case .week: guard let n = whole(amount * 7) else { return nil }; self = .days(n)
        case .workday: guard let n = whole(amount) else { return nil }; self = .workdays(n)
        case .month: guard let n = whole(amount) else { return nil }; self = .months(n)
        case .quarter: guard let n = whole(amount * 3) else { return nil }; self = .months(n)
        case .year: guard let n = whole(amount * 12) else { return nil }; self = .months(n)
        }
    }
}

/// Calendar-day and month arithmetic per 民法典:
/// * 第二百零一条: a period counted in days, months or years from an event does not count the event day;
/// * 第二百零二条: a period in months or years ends on the corresponding day of the last month, else on
///   that month's last day;
/// * 第二百零三条: a last day that falls on a statutory rest day moves to the day after the rest ends.
public struct CivilDateArithmetic: Sendable {
    public let calendar: WorkdayCalendar

    public init(calendar: WorkdayCalendar) { self.calendar = calendar }

    // MARK: pure date arithmetic

    public static func addDays(_ n: Int, to date: CalendarDate) -> CalendarDate { date.adding(days: n) }

    /// `n` months after (or before, `n < 0`) `date`: the corresponding day, else the month's last day (202).
    /// `clamped` says the corresponding day did not exist.
    public static func addMonths(_ n: Int, to date: CalendarDate) -> (date: CalendarDate, clamped: Bool) {
        let index = date.year * 12 + (date.month - 1) + n
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        let last = CalendarDate.daysIn(year: y, month: m)
        return (CalendarDate(year: y, month: m, day: min(date.day, last))!, date.day > last)
    }

    public static func addYears(_ n: Int, to date: CalendarDate) -> (date: CalendarDate, clamped: Bool) {
        addMonths(12 * n, to: date)
    }

    /// The last day of the month `n` months after `date`'s month (`n == 0`: its own month end).
    public static func monthEnd(monthsAfter n: Int, of date: CalendarDate) -> CalendarDate {
        let first = CalendarDate(year: date.year, month: date.month, day: 1)!
        return addMonths(n, to: first).date.monthEnd
    }

    /// 次月底: the last day of the month after `date`'s month.
    public static func nextMonthEnd(after date: CalendarDate) -> CalendarDate { monthEnd(monthsAfter: 1, of: date) }

    /// The end of a count from an event under 201+202 (event day not counted); `count` may be negative
    /// (counted back). Working-day counts are not civil counts: use `WorkdayCalendar`.
    public static func end(after event: CalendarDate, count: CivilCount) -> (date: CalendarDate, rule: String)? {
        switch count {
        case .days(let n): return (event.adding(days: n), "民法典201")
        case .months(let n): return (addMonths(n, to: event).date, "民法典201+202")
        case .workdays: return nil
        }
    }

    /// The last day when the start day itself is day 1 (`自X起执行` read plainly: the period is
    /// `[X, X + count)`): the day before the corresponding day, or the month's last day when the
    /// corresponding day does not exist.
    public static func endCountingStartAsDayOne(start: CalendarDate, count: CivilCount) -> CalendarDate? {
        switch count {
        case .days(let n): return n > 0 ? start.adding(days: n - 1) : nil
        case .months(let n):
            guard n > 0 else { return nil }
            let r = addMonths(n, to: start)
            return r.clamped ? r.date : r.date.adding(days: -1)
        case .workdays: return nil
        }
    }

    /// 第N个月末 from a start date, read two ways: the start's calendar month counted as month 1 (end of
    /// month `start + N - 1`), and N months from the start per 201+202.
    public static func nthMonthEndCandidates(start: CalendarDate, n: Int) -> [DateCandidate] {
        let calendarMonth = monthEnd(monthsAfter: n - 1, of: start)
        let civil = addMonths(n, to: start).date
        return [
            DateCandidate(date: calendarMonth.iso, rule: "第\(n)个月末 = end of calendar month \(n), \(start.year)-\(start.month) counted as month 1"),
            DateCandidate(date: civil.iso, rule: "第\(n)个月末 = \(n) months from \(start.iso) (民法典201+202)"),
        ]
    }

    // MARK: rules that need the holiday table

    /// 民法典203: `date` if it is a working day, else the next working day.
    public func applying203(_ date: CalendarDate) -> (date: CalendarDate, moved: Bool, estimated: Bool) {
        let r = calendar.nextWorkingDay(onOrAfter: date)
        return (r.date, r.date != date, r.estimated)
    }

    /// The last day of a count from an event: days/months/years per 201+202, working days by the table;
    /// counted forward (`count > 0`) a last day on a rest day moves on (203). Counted back, 203 does not
    /// apply (it would shorten the lead time) and the date is left as computed.
    public func lastDay(after event: CalendarDate, count: CivilCount) -> ComputedDate {
        switch count {
        case .workdays(let n):
            let r = calendar.addWorkdays(n, to: event)
            return ComputedDate(date: r.date, rule: workdayRule(r), estimated: r.estimated)
        case .days(let n), .months(let n):
            let base = Self.end(after: event, count: count)!
            let forward = n > 0
            guard forward else {
                return ComputedDate(date: base.date, rule: base.rule, estimated: calendar.isEstimated(base.date))
            }
            let moved = applying203(base.date)
            if moved.moved {
                return ComputedDate(date: moved.date, rule: base.rule + "+203", estimated: moved.estimated,
                                    movedFrom: base.date)
            }
            return ComputedDate(date: base.date, rule: base.rule, estimated: moved.estimated)
        }
    }

    func workdayRule(_ r: CountedDate) -> String {
        guard let last = calendar.table.years?.upperBound else { return "工作日(无调休表: weekends only, estimated)" }
        if r.estimated {
            return "工作日(国办调休表 covers to \(last); \(r.uncoveredYears.map(String.init).joined(separator: ",")) weekends only, estimated)"
        }
        return "工作日(国办调休表 \(r.date.year))"
    }
}
