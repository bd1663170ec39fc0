/// A date computed by counting days, with whether it rests on the published holiday tables.
public struct CountedDate: Hashable, Sendable {
    public let date: CalendarDate
    /// True when some counted day lies outside the years the holiday table covers: weekends only were used there.
    public let estimated: Bool
    /// The years counted without a published schedule (empty unless `estimated`).
    public let uncoveredYears: [Int]
    public init(date: CalendarDate, estimated: Bool, uncoveredYears: [Int]) {
        self.date = date; self.estimated = estimated; self.uncoveredYears = uncoveredYears
    }
}

/// A count of working days, with whether it rests on the published holiday tables.
public struct WorkdayCount: Hashable, Sendable {
    /// Working days in `(from, to]` — the start day is not counted (民法典201), the end day is.
    /// Negative when `to` is before `from`.
    public let count: Int
    /// Working days strictly between the two dates (neither end counted).
    public let strictlyBetween: Int
    public let estimated: Bool
    public let uncoveredYears: [Int]
}

/// Working days under mainland China's holiday schedule: Monday–Friday, minus statutory holidays, plus the
/// weekend days worked to make up for them (调休). Outside the covered years it does not guess: it counts
/// weekends only and marks the result `estimated`.
public struct WorkdayCalendar: Sendable {
    public let table: HolidayTable

    public init(table: HolidayTable) { self.table = table }

    public func status(of date: CalendarDate) -> DayStatus {
        if let d = table.days[date] { return d.kind == .holiday ? .holiday(d) : .makeUpWorkday(d) }
        return date.isWeekend ? .weekend : .weekday
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool { status(of: date).isWorkingDay }

    /// True when the date lies outside the published tables (its status is a weekends-only estimate).
    public func isEstimated(_ date: CalendarDate) -> Bool { !table.covers(date) }

    /// The `n`-th working day after `date` (the start day is not counted, 民法典201); `n < 0` counts back to
    /// the `|n|`-th working day before it; `n == 0` is `date` itself.
    public func addWorkdays(_ n: Int, to date: CalendarDate) -> CountedDate {
        var tracker = CoverageTracker(table: table)
        var d = date
        var left = abs(n)
        let step = n >= 0 ? 1 : -1
        while left > 0 {
            d = d.adding(days: step)
            tracker.note(d)
            if isWorkingDay(d) { left -= 1 }
        }
        return CountedDate(date: d, estimated: tracker.estimated, uncoveredYears: tracker.years)
    }

    /// Working days from `from` to `to`: `count` is the number in `(from, to]` (start day not counted, end day
    /// counted, so `addWorkdays(count, to: from) == to` whenever `to` is a working day); `strictlyBetween`
    /// leaves out both ends. When `to < from` both are negated counts over `(to, from]` / `(to, from)`.
    public func workdays(between from: CalendarDate, and to: CalendarDate) -> WorkdayCount {
        if to < from {
            let r = workdays(between: to, and: from)
            return WorkdayCount(count: -r.count, strictlyBetween: -r.strictlyBetween, estimated: r.estimated,
                                uncoveredYears: r.uncoveredYears)
        }
        var tracker = CoverageTracker(table: table)
        var count = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            tracker.note(d)
            if isWorkingDay(d) { count += 1 }
        }
        let strict = from == to ? 0 : count - (isWorkingDay(to) ? 1 : 0)
        return WorkdayCount(count: count, strictlyBetween: strict, estimated: tracker.estimated,
                            uncoveredYears: tracker.years)
    }

    /// `date` if it is a working day, else the next working day (民法典203: a last day on a rest day moves
    /// to the day after the rest ends).
    public func nextWorkingDay(onOrAfter date: CalendarDate) -> CountedDate {
        var tracker = CoverageTracker(table: table)
        var d = date
        tracker.note(d)
        while !isWorkingDay(d) {
            d = d.adding(days: 1)
            tracker.note(d)
        }
        return CountedDate(date: d, estimated: tracker.estimated, uncoveredYears: tracker.years)
    }
}

/// Collects the years a count passed through that the table does not cover.
struct CoverageTracker {
    let table: HolidayTable
    private(set) var years: [Int] = []
    init(table: HolidayTable) { self.table = table }
    var estimated: Bool { !years.isEmpty }
    mutating func note(_ d: CalendarDate) {
        if !table.covers(year: d.year) && !years.contains(d.year) { years.append(d.year) }
    }
}
