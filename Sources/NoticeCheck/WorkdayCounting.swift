import NoticeCalendar

/// The working-day arithmetic checks need, behind a protocol so checks can be tested with a small calendar.
/// `notice check` uses the State Council holiday table (`dictionaries/holidays/`, NoticeCalendar).
public protocol WorkdayCounting: Sendable {
    func isWorkingDay(_ d: CalendarDate) -> Bool
    /// True when `d` lies in a year the holiday table covers (outside, results are weekend-only estimates).
    func covers(_ d: CalendarDate) -> Bool
    /// False for documents the mainland schedule does not apply to (Taiwan statutes).
    func isMainland(text: String) -> Bool
}

extension WorkdayCounting {
    public func isMainland(text: String) -> Bool { true }

    /// Working days strictly between two dates (neither end counted).
    func workdays(strictlyBetween a: CalendarDate, and b: CalendarDate) -> Int {
        guard a < b else { return 0 }
        var n = 0
        var d = DayCount.adding(1, to: a)
        while d < b { if isWorkingDay(d) { n += 1 }; d = DayCount.adding(1, to: d) }
        return n
    }

    /// The `n`-th working day after `d` (n > 0) or before it (n < 0); the event day is not counted.
    func adding(workdays n: Int, to d: CalendarDate) -> CalendarDate {
        var left = abs(n)
        var cur = d
        let step = n >= 0 ? 1 : -1
        while left > 0 { cur = DayCount.adding(step, to: cur); if isWorkingDay(cur) { left -= 1 } }
        return cur
    }

    /// The next working day on or after `d` (民法典203 roll-over).
    func rolledForward(_ d: CalendarDate) -> CalendarDate {
        var cur = d
        while !isWorkingDay(cur) { cur = DayCount.adding(1, to: cur) }
        return cur
    }
}

/// Weekends only: the fallback outside the covered years, and the "naive" count a holiday check compares with.
public struct WeekendOnlyCalendar: WorkdayCounting {
    public init() {}
    public func isWorkingDay(_ d: CalendarDate) -> Bool { DayCount.weekday(d) <= 5 }
    public func covers(_ d: CalendarDate) -> Bool { false }
}
