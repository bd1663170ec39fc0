import NoticeCalendar

/// Plain calendar-day arithmetic on civil dates (no holidays): what a check needs to compare two dates.
/// Working days and the 民法典 counting rules come from NoticeCalendar.
enum DayCount {
    /// Days since 1970-01-01 (proleptic Gregorian).
    static func ordinal(_ d: CalendarDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(_ n: Int) -> CalendarDate {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    static func days(from a: CalendarDate, to b: CalendarDate) -> Int { ordinal(b) - ordinal(a) }
    static func adding(_ n: Int, to d: CalendarDate) -> CalendarDate { date(ordinal(d) + n) }
    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ d: CalendarDate) -> Int { ((ordinal(d) % 7) + 7 + 3) % 7 + 1 }
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
