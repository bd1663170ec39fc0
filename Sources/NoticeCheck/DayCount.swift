import NoticeCalendar

/// Plain calendar-day arithmetic on civil dates (no holidays): what a check needs to compare two dates.
/// Working days and the 民法典 counting rules come from NoticeCalendar.
enum DayCount {
    /// Days since 1970-01-01 (NoticeCalendar's civil-day arithmetic).
    static func ordinal(_ d: CalendarDate) -> Int { d.dayNumber }
    static func date(_ n: Int) -> CalendarDate { CalendarDate(dayNumber: n) }

    static func days(from a: CalendarDate, to b: CalendarDate) -> Int { ordinal(b) - ordinal(a) }
    static func adding(_ n: Int, to d: CalendarDate) -> CalendarDate { date(ordinal(d) + n) }
    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ d: CalendarDate) -> Int { d.weekday }
    static func monthEnd(year: Int, month: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(year: year, month: month))!
    }
}

extension DayCount {
    /// `n` months after `d`: the corresponding day, else the month's last day (民法典202).
    static func adding(months n: Int, to d: CalendarDate) -> CalendarDate {
        let total = d.year * 12 + (d.month - 1) + n
        let y = total / 12, m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(d.day, CalendarDate.daysIn(year: y, month: m)))!
    }

    static func weekdayName(_ d: CalendarDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday(d) - 1]
    }
}
