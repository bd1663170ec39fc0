import Foundation
import NoticeCalendar

/// Paths and loaders shared by the calendar tests (the shipped dictionaries, the fixtures).
enum CalendarTestSupport {
    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
    static var dictionaries: URL { repoRoot.appendingPathComponent("dictionaries") }
    static var fixtures: URL { repoRoot.appendingPathComponent("Tests/Fixtures/calendar") }

    static func table() throws -> HolidayTable { try HolidayTable.load(directory: dictionaries) }
    static func calendar() throws -> WorkdayCalendar { WorkdayCalendar(table: try table()) }
    static func resolver() throws -> DateResolver { try DateResolver.load(directory: dictionaries) }

    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A fresh temporary directory for files a test writes.
    static func tempDirectory() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("notice-calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}
