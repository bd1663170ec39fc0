import Testing
@testable import NoticeCalendar

@Suite struct WorkdayCalendarTests {
    typealias S = CalendarTestSupport

    /// `addWorkdays(n, to: start)` grouped under the date it must produce.
    static let addCases: [(expect: String, start: String, n: Int, why: String)] = [
        ("2024-06-12", "2024-06-07", 2, "issue: 06-10 端午, not 06-11"),
        ("2025-08-15", "2025-08-29", -10, "X14: 执行前10个工作日"),
        ("2025-08-21", "2025-07-24", 20, "X13: the 20th working day after 2025-07-24"),
        ("2022-07-01", "2022-06-02", 20, "X11: 20th working day after 成文日期"),
        ("2024-02-18", "2024-02-09", 1, "春节 2024: 02-10..17 off, Sunday 02-18 is a make-up day"),
        ("2024-02-09", "2024-02-18", -1, "back over 春节 2024 (除夕 02-09 was a working Friday)"),
        ("2024-02-04", "2024-02-02", 1, "Sunday 2024-02-04 make-up day"),
        ("2023-10-07", "2023-09-28", 1, "中秋+国庆 merged 2023: 09-29..10-06 off, Saturday 10-07 worked"),
        ("2023-10-09", "2023-09-28", 3, "2023 make-up weekend 10-07, 10-08"),
        ("2025-09-28", "2025-09-26", 1, "Sunday 2025-09-28 make-up day"),
        ("2025-10-09", "2025-09-30", 1, "国庆+中秋 merged 2025: 10-01..08 off"),
        ("2025-10-11", "2025-10-10", 1, "Saturday 2025-10-11 make-up day"),
        ("2020-02-03", "2020-01-23", 1, "春节 2020 extended to 02-02 (国办发明电〔2020〕1号): Saturday 02-01 not worked"),
        ("2026-02-24", "2026-02-13", 2, "春节 2026: 02-14 Sat worked, 02-15..23 off"),
        ("2026-02-14", "2026-02-13", 1, "Saturday 2026-02-14 make-up day"),
        ("2024-03-01", "2024-02-28", 2, "Feb 29 2024 is a working Thursday"),
        ("2024-06-07", "2024-06-07", 0, "zero is the day itself"),
    ]

    @Test(arguments: addCases)
    func addWorkdays(_ c: (expect: String, start: String, n: Int, why: String)) throws {
        let r = try S.calendar().addWorkdays(c.n, to: S.date(c.start))
        #expect(r.date.iso == c.expect, "\(c.why)")
        #expect(!r.estimated)
    }

    static let workingDays = ["2024-02-04", "2024-02-18", "2023-10-07", "2025-09-28", "2026-02-28", "2026-01-04",
                              "2020-01-19", "2024-02-29", "2025-08-29", "2021-09-18"]
    static let restDays = ["2024-06-10", "2024-02-12", "2020-02-01", "2023-09-29", "2025-10-08", "2026-02-23",
                           "2024-08-31", "2025-08-30", "2022-12-31", "2020-10-08"]

    @Test(arguments: workingDays)
    func isWorkingDay(_ iso: String) throws { #expect(try S.calendar().isWorkingDay(S.date(iso))) }

    @Test(arguments: restDays)
    func isRestDay(_ iso: String) throws { #expect(try !S.calendar().isWorkingDay(S.date(iso))) }

    /// `workdays(between:and:)` over `(from, to]` and strictly between.
    static let betweenCases: [(from: String, to: String, count: Int, strict: Int)] = [
        ("2025-07-24", "2025-08-29", 26, 25),   // X13
        ("2025-07-24", "2025-08-22", 21, 20),   // X13: earliest go-live with 20 working days strictly between
        ("2022-06-02", "2022-12-23", 141, 140), // X11: 2022-06-03..2022-12-23 inclusive
        ("2024-06-07", "2024-06-12", 2, 1),
        ("2024-06-07", "2024-06-10", 0, 0),     // only 端午 and a weekend after Friday
        ("2024-06-07", "2024-06-07", 0, 0),
        ("2025-08-29", "2025-07-24", -26, -25),
        ("2025-09-30", "2025-10-11", 3, 2),     // 10-09, 10-10 and Saturday 10-11 (worked); 10-01..08 off
    ]

    @Test(arguments: betweenCases)
    func workdaysBetween(_ c: (from: String, to: String, count: Int, strict: Int)) throws {
        let r = try S.calendar().workdays(between: S.date(c.from), and: S.date(c.to))
        #expect(r.count == c.count)
        #expect(r.strictlyBetween == c.strict)
    }

    @Test func addAndBetweenAreInverse() throws {
        let cal = try S.calendar()
        var d = S.date("2023-01-01")
        while d.year < 2026 {
            for n in [1, 5, 10, 20] {
                let r = cal.addWorkdays(n, to: d)
                #expect(cal.workdays(between: d, and: r.date).count == n)
                #expect(cal.addWorkdays(-n, to: r.date).date <= d)
            }
            d = d.adding(days: 17)
        }
    }

    @Test func beyondTheTablesIsEstimatedWeekendsOnly() throws {
        let cal = try S.calendar()
        let r = cal.addWorkdays(5, to: S.date("2026-12-25"))
        #expect(r.date.iso == "2027-01-01") // 元旦 2027 is not published: counted as a plain Friday
        #expect(r.estimated)
        #expect(r.uncoveredYears == [2027])
        #expect(cal.isEstimated(S.date("2027-01-01")))
        #expect(cal.workdays(between: S.date("2019-12-30"), and: S.date("2020-01-03")).estimated)
        #expect(!cal.workdays(between: S.date("2020-01-01"), and: S.date("2026-12-31")).estimated)
    }

    @Test func emptyTableEstimatesEverything() {
        let cal = WorkdayCalendar(table: .empty)
        let r = cal.addWorkdays(2, to: CalendarDate(iso: "2024-06-07")!)
        #expect(r.date.iso == "2024-06-11")
        #expect(r.estimated)
    }

    @Test func weekdaysOfKnownDates() {
        #expect(CalendarDate(iso: "2024-06-07")!.weekday == 5)
        #expect(CalendarDate(iso: "2027-08-29")!.weekdayName == "周日")
        #expect(CalendarDate(iso: "1970-01-01")!.weekday == 4)
        #expect(CalendarDate(iso: "2000-02-29")!.adding(days: 1).iso == "2000-03-01")
        #expect(CalendarDate(iso: "1969-12-31")!.dayNumber == -1)
    }
}
