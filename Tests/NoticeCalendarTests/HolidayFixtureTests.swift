import Foundation
import Testing
@testable import NoticeCalendar

/// The shipped tables against an independent source: Tests/Fixtures/calendar/chinesecalendar-2020-2026.tsv,
/// generated offline by scripts/gen-holiday-fixture from PyPI `chinesecalendar` 1.11.0.
@Suite struct HolidayFixtureTests {
    typealias S = CalendarTestSupport

    struct FixtureDay { let date: CalendarDate; let workday: Bool; let name: String? }

    static func fixture() throws -> [FixtureDay] {
        let text = try String(contentsOf: S.fixtures.appendingPathComponent("chinesecalendar-2020-2026.tsv"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let c = line.split(separator: "\t").map(String.init)
            guard c.count == 3, let d = CalendarDate(iso: c[0]) else { throw CalendarDataError(file: "fixture", line: 0, message: String(line)) }
            return FixtureDay(date: d, workday: c[1] == "1", name: c[2] == "-" ? nil : c[2])
        }
    }

    @Test func fixtureSpansEveryDayOf2020Through2026() throws {
        let days = try Self.fixture()
        #expect(days.count == 2557)
        #expect(days.first?.date.iso == "2020-01-01")
        #expect(days.last?.date.iso == "2026-12-31")
    }

    @Test func workingDayStatusAgreesDayByDay() throws {
        let cal = try S.calendar()
        var disagreements: [String] = []
        for f in try Self.fixture() where cal.isWorkingDay(f.date) != f.workday {
            disagreements.append("\(f.date.iso): table \(cal.status(of: f.date).label), chinesecalendar workday=\(f.workday)")
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    /// Every weekday holiday and every make-up workday carries the same holiday name in both sources
    /// (merged breaks such as 国庆节、中秋节 name both).
    @Test func namesAgreeOnWeekdayHolidaysAndMakeUpDays() throws {
        let cal = try S.calendar()
        for f in try Self.fixture() {
            switch cal.status(of: f.date) {
            case .holiday(let h) where !f.date.isWeekend, .makeUpWorkday(let h):
                let name = try #require(f.name, "\(f.date.iso) unnamed in fixture")
                #expect(h.name.contains(name.dropLast(name.hasSuffix("节") ? 1 : 0)), "\(f.date.iso): \(h.name) vs \(name)")
            default: break
            }
        }
    }

    @Test func makeUpWorkdaysAreTheSameSet() throws {
        let t = try S.table()
        let ours = Set(t.days.values.filter { $0.kind == .workday }.map(\.date))
        let theirs = Set(try Self.fixture().filter { $0.workday && $0.date.isWeekend }.map(\.date))
        #expect(ours == theirs)
        #expect(ours.count == 46)
    }
}
