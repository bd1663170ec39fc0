import NoticeCalendar

/// The State Council holiday table (NoticeCalendar) as the checks' working-day calendar, with the jurisdiction
/// test that keeps it off Taiwan documents.
public struct HolidayCalendar: WorkdayCounting {
    let resolver: DateResolver
    public init(resolver: DateResolver) { self.resolver = resolver }

    public func isWorkingDay(_ d: CalendarDate) -> Bool { resolver.calendar.isWorkingDay(d) }
    public func covers(_ d: CalendarDate) -> Bool { resolver.calendar.table.covers(d) }
    public func isMainland(text: String) -> Bool { resolver.isMainland(text: text) }
}
