import Testing
import NoticeModel
@testable import NoticeCalendar

@Suite struct CivilDateArithmeticTests {
    typealias S = CalendarTestSupport
    typealias A = CivilDateArithmetic

    /// 民法典202: the corresponding day, else the month's last day.
    static let monthCases: [(expect: String, start: String, months: Int)] = [
        ("2024-02-29", "2024-01-31", 1),   // leap February
        ("2025-02-28", "2025-01-31", 1),
        ("2025-02-28", "2024-02-29", 12),  // Feb 29 + 1 year
        ("2028-02-29", "2024-02-29", 48),
        ("2026-02-28", "2025-08-29", 6),   // X15: no 02-29 in 2026
        ("2027-08-29", "2025-08-29", 24),
        ("2024-02-29", "2024-08-31", -6),
        ("2025-02-28", "2024-12-31", 2),
        ("2023-12-15", "2024-01-15", -1),
        ("2025-04-30", "2025-03-31", 1),
        ("2025-03-15", "2025-03-15", 0),
    ]

    @Test(arguments: monthCases)
    func addMonths(_ c: (expect: String, start: String, months: Int)) {
        #expect(A.addMonths(c.months, to: S.date(c.start)).date.iso == c.expect)
    }

    @Test func clampedSaysTheCorrespondingDayIsMissing() {
        #expect(A.addMonths(1, to: S.date("2025-01-31")).clamped)
        #expect(!A.addMonths(1, to: S.date("2025-01-28")).clamped)
        #expect(A.addYears(1, to: S.date("2024-02-29")).clamped)
    }

    /// 次月底.
    static let nextMonthEndCases: [(expect: String, from: String)] = [
        ("2025-09-30", "2025-08-29"),  // X15: 落地执行的次月底 of a 2025-08-29 go-live
        ("2024-02-29", "2024-01-31"),
        ("2025-02-28", "2025-01-01"),
        ("2026-01-31", "2025-12-03"),
    ]

    @Test(arguments: nextMonthEndCases)
    func nextMonthEnd(_ c: (expect: String, from: String)) {
        #expect(A.nextMonthEnd(after: S.date(c.from)).iso == c.expect)
    }

    @Test func sixthMonthEndHasTwoReadings() {
        let c = A.nthMonthEndCandidates(start: S.date("2025-08-29"), n: 6)
        #expect(c.map(\.date) == ["2026-01-31", "2026-02-28"]) // X15
        let first = A.nthMonthEndCandidates(start: S.date("2025-01-31"), n: 1)
        #expect(first.map(\.date) == ["2025-01-31", "2025-02-28"])
    }

    /// `自X起` with X as day 1.
    static let dayOneCases: [(expect: String, start: String, amount: Double, unit: TimeUnit)] = [
        ("2027-08-28", "2025-08-29", 2, .year),   // X16
        ("2028-08-28", "2025-08-29", 3, .year),   // X16
        ("2025-03-31", "2025-03-01", 1, .month),
        ("2025-02-28", "2024-02-29", 1, .year),   // no 2025-02-29: the month's last day
        ("2024-02-29", "2024-01-31", 1, .month),
        ("2025-09-07", "2025-08-29", 10, .day),
        ("2025-09-11", "2025-08-29", 2, .week),
        ("2025-11-28", "2025-08-29", 1, .quarter),
    ]

    @Test(arguments: dayOneCases)
    func endCountingStartAsDayOne(_ c: (expect: String, start: String, amount: Double, unit: TimeUnit)) throws {
        let count = try #require(CivilCount(amount: c.amount, unit: c.unit))
        #expect(A.endCountingStartAsDayOne(start: S.date(c.start), count: count)?.iso == c.expect)
    }

    /// Forward counts with 203: the last day moves off a rest day.
    static let lastDayCases: [(expect: String, event: String, count: CivilCount, moved: String?)] = [
        ("2024-09-30", "2024-09-20", .days(10), nil),            // an ordinary Monday
        ("2024-10-08", "2024-09-21", .days(10), "2024-10-01"),   // 国庆 2024
        ("2025-02-05", "2025-01-18", .days(10), "2025-01-28"),   // 春节 2025
        ("2026-02-28", "2026-01-28", .months(1), nil),           // a Saturday, but a 调休 working day
        ("2027-08-30", "2025-08-29", .months(24), "2027-08-29"), // Sunday (beyond the tables: estimated)
        ("2024-06-12", "2024-06-07", .workdays(2), nil),
        ("2025-08-15", "2025-08-29", .workdays(-10), nil),
        ("2024-06-08", "2024-06-18", .days(-10), nil),           // counted back: a Saturday stays (no 203)
    ]

    @Test(arguments: lastDayCases)
    func lastDay(_ c: (expect: String, event: String, count: CivilCount, moved: String?)) throws {
        let r = A(calendar: try S.calendar()).lastDay(after: S.date(c.event), count: c.count)
        #expect(r.date.iso == c.expect)
        #expect(r.movedFrom?.iso == c.moved)
        if c.moved != nil { #expect(r.rule.hasSuffix("+203")) }
    }

    static let countCases: [(amount: Double, unit: TimeUnit, expect: CivilCount?)] = [
        (2, .year, .months(24)), (0.5, .year, .months(6)), (1, .quarter, .months(3)), (2, .week, .days(14)),
        (30, .day, .days(30)), (10, .workday, .workdays(10)),
        (24, .hour, nil), (1.5, .month, nil), (2.5, .day, nil),
    ]

    @Test(arguments: countCases)
    func civilCount(_ c: (amount: Double, unit: TimeUnit, expect: CivilCount?)) {
        #expect(CivilCount(amount: c.amount, unit: c.unit) == c.expect)
    }
}
