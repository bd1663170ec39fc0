import Foundation
import Testing
@testable import NoticeCalendar

@Suite struct HolidayTableTests {
    typealias S = CalendarTestSupport

    @Test func shippedTablesCover2020Through2026() throws {
        let t = try S.table()
        #expect(t.years == 2020...2026)
        #expect(t.covers(S.date("2026-12-31")))
        #expect(!t.covers(S.date("2027-01-01")))
        #expect(!t.covers(S.date("2019-12-31")))
    }

    @Test func everyRowNamesItsNotice() throws {
        for day in try S.table().days.values {
            #expect(day.source.hasPrefix("国办发明电〔"), "\(day.date.iso): \(day.source)")
            #expect(!day.name.isEmpty)
        }
    }

    /// The issue's motivating case: 2024-06-10 was 端午.
    @Test func dragonBoat2024IsAHoliday() throws {
        let d = try #require(try S.table().days[S.date("2024-06-10")])
        #expect(d.kind == .holiday)
        #expect(d.name == "端午节")
        #expect(d.source == "国办发明电〔2023〕7号")
    }

    @Test func validFileParses() throws {
        let text = "# comment\n\n2024-02-04\tworkday\t春节\t国办发明电〔2023〕7号\n2024-02-10\tholiday\t春节\t国办发明电〔2023〕7号\n"
        let rows = try HolidayTable.parse(text, year: 2024, file: "2024.tsv")
        #expect(rows.map(\.date.iso) == ["2024-02-04", "2024-02-10"])
        #expect(rows.map(\.kind) == [.workday, .holiday])
    }

    /// Bad lines, each with the line number the error must name.
    static let badFiles: [(text: String, line: Int, says: String)] = [
        ("2023-02-10\tholiday\t春节\t国办发明电〔2023〕7号\n", 1, "not in 2024"),
        ("# c\n2024-02-10\tholiday\t春节\t国办发明电〔2023〕7号\n2024-02-10\tholiday\t春节\t国办发明电〔2023〕7号\n", 3, "already listed on line 2"),
        ("2024-02-10\tvacation\t春节\t国办发明电〔2023〕7号\n", 1, "unknown kind"),
        ("\n2024-02-05\tworkday\t春节\t国办发明电〔2023〕7号\n", 2, "must be a weekend day"),
        ("2024-02-10\tholiday\t春节\n", 1, "4 tab-separated columns"),
        ("2024-02-30\tholiday\t春节\t国办发明电〔2023〕7号\n", 1, "not a date"),
        ("2024-2-10\tholiday\t春节\t国办发明电〔2023〕7号\n", 1, "not a date"),
        ("2024-02-10\tholiday\t\t国办发明电〔2023〕7号\n", 1, "empty name"),
        ("2024-02-10\tholiday\t春节\tsomewhere\n", 1, "国务院办公厅 notice"),
    ]

    @Test(arguments: badFiles)
    func badLineIsAnErrorNamingFileAndLine(_ c: (text: String, line: Int, says: String)) {
        do {
            _ = try HolidayTable.parse(c.text, year: 2024, file: "holidays/2024.tsv")
            Issue.record("accepted a bad file: \(c.text)")
        } catch let e as CalendarDataError {
            #expect(e.file == "holidays/2024.tsv")
            #expect(e.line == c.line)
            #expect(e.message.contains(c.says), "\(e)")
            #expect(e.description.hasPrefix("holidays/2024.tsv:\(c.line): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func gapInYearsIsAnError() throws {
        let dir = try S.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let holidays = dir.appendingPathComponent("holidays")
        try FileManager.default.createDirectory(at: holidays, withIntermediateDirectories: true)
        try "2024-01-01\tholiday\t元旦\t国办发明电〔2023〕7号\n".write(to: holidays.appendingPathComponent("2024.tsv"), atomically: true, encoding: .utf8)
        try "2026-01-01\tholiday\t元旦\t国办发明电〔2025〕7号\n".write(to: holidays.appendingPathComponent("2026.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: CalendarDataError.self) { try HolidayTable.load(directory: dir) }
        try "2025-01-01\tholiday\t元旦\t国办发明电〔2024〕12号\n".write(to: holidays.appendingPathComponent("2025.tsv"), atomically: true, encoding: .utf8)
        let t = try HolidayTable.load(directory: dir)
        #expect(t.years == 2024...2026)
    }

    @Test func badFileNameAndBadLineInLoadNameTheFile() throws {
        let dir = try S.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let holidays = dir.appendingPathComponent("holidays")
        try FileManager.default.createDirectory(at: holidays, withIntermediateDirectories: true)
        let file = holidays.appendingPathComponent("2024.tsv")
        try "# ok\n2024-01-01\tholiday\t元旦\t国办发明电〔2023〕7号\n2024-01-02\tworkday\t元旦\t国办发明电〔2023〕7号\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: CalendarDataError(file: file.path, line: 3, message: "2024-01-02 is a 周二: a make-up workday must be a weekend day")) {
            try HolidayTable.load(directory: dir)
        }
        try FileManager.default.removeItem(at: file)
        try "".write(to: holidays.appendingPathComponent("holidays2024.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: CalendarDataError.self) { try HolidayTable.load(directory: dir) }
    }
}
