import NoticeModel
import NoticeCalendar

/// Shared by the calendar checks: which documents the mainland working-day table applies to, and how a date is
/// described in messages.
enum CalendarScope {
    /// Mainland documents only: Taiwan statutes count 日/工作天 on their own calendar.
    static func applies(_ input: CheckInput, _ cal: any WorkdayCounting) -> Bool {
        !input.isTaiwanStatute && (input.mainland ?? cal.isMainland(text: input.text.text))
    }

    static func describe(_ d: CalendarDate, _ cal: any WorkdayCounting) -> String {
        "\(d.iso) (\(DayCount.weekdayName(d))\(cal.isWorkingDay(d) ? "" : ", rest day")\(cal.covers(d) ? "" : ", estimated: weekends only"))"
    }

    static func basis(_ d: CalendarDate, _ cal: any WorkdayCounting) -> String {
        cal.covers(d) ? "国务院办公厅 holiday schedule \(d.year)" : "weekends only (no published holiday table for \(d.year))"
    }
}
