import Foundation

/// Mainland China's official holiday schedule (国务院办公厅 notices), one file per year:
/// `dictionaries/holidays/YYYY.tsv`, rows `date<TAB>holiday|workday<TAB>name<TAB>source`, `#` comments.
///
/// Validation (a bad line is an error naming file and line): the date is ISO and lies in the file's year
/// (a break that starts in December of the year before is listed in that year's file), no date is listed
/// twice, the kind is `holiday` or `workday`, a make-up workday falls on a weekend, name and source are
/// given, and the files cover consecutive years.
public struct HolidayTable: Sendable {
    /// Every listed day, by date.
    public let days: [CalendarDate: HolidayDay]
    /// The years the table covers (a file per year); nil when empty.
    public let years: ClosedRange<Int>?

    /// Builds a table from rows already validated (tests, generated data).
    public init(days: [HolidayDay], years: ClosedRange<Int>?) {
        var map: [CalendarDate: HolidayDay] = [:]
        for d in days { map[d.date] = d }
        self.days = map
        self.years = years
    }

    public static let empty = HolidayTable(days: [], years: nil)

    public func covers(_ date: CalendarDate) -> Bool { years?.contains(date.year) ?? false }
    public func covers(year: Int) -> Bool { years?.contains(year) ?? false }

    /// Loads `holidays/*.tsv` under the `dictionaries/` directory.
    public static func load(directory: URL) throws -> HolidayTable {
        try load(holidaysDirectory: directory.appendingPathComponent("holidays"))
    }

    /// Loads every `YYYY.tsv` in `holidaysDirectory`.
    public static func load(holidaysDirectory dir: URL) throws -> HolidayTable {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else {
            throw CalendarDataError(file: dir.path, line: 0, message: "cannot read the holiday table directory")
        }
        var all: [HolidayDay] = []
        var years: [Int] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.appendingPathComponent(name).path
            guard name.hasSuffix(".tsv"), let year = Int(name.dropLast(4)), name.count == 8 else {
                throw CalendarDataError(file: path, line: 0, message: "expected a file named YYYY.tsv")
            }
            guard let data = fm.contents(atPath: path) else {
                throw CalendarDataError(file: path, line: 0, message: "cannot read file")
            }
            all += try parse(String(decoding: data, as: UTF8.self), year: year, file: path)
            years.append(year)
        }
        guard let first = years.first, let last = years.last else {
            throw CalendarDataError(file: dir.path, line: 0, message: "no YYYY.tsv holiday tables")
        }
        for y in first...last where !years.contains(y) {
            throw CalendarDataError(file: dir.appendingPathComponent("\(y).tsv").path, line: 0,
                                    message: "missing: the tables must cover consecutive years (\(first)–\(last))")
        }
        // Dates are checked per file; a break listed in the previous year's file must not repeat a date either.
        var seen: [CalendarDate: String] = [:]
        for d in all {
            if let other = seen[d.date] {
                throw CalendarDataError(file: dir.path, line: 0, message: "\(d.date.iso) is listed twice (\(other))")
            }
            seen[d.date] = d.source
        }
        return HolidayTable(days: all, years: first...last)
    }

    /// Parses one year's file. `file` is used in error messages only.
    public static func parse(_ text: String, year: Int, file: String) throws -> [HolidayDay] {
        var rows: [HolidayDay] = []
        var lineOf: [CalendarDate: Int] = [:]
        try CalendarTSV.forEachRow(text, file: file) { lineNo, cols, fail in
            guard cols.count == 4 else {
                throw fail("expected 4 tab-separated columns (date, kind, name, source), found \(cols.count)")
            }
            guard cols[0].count == 10, let date = CalendarDate(iso: cols[0]) else {
                throw fail("not a date (YYYY-MM-DD): \(cols[0])")
            }
            guard date.year == year else { throw fail("\(date.iso) is not in \(year), the year of this file") }
            guard let kind = HolidayDay.Kind(rawValue: cols[1]) else {
                throw fail("unknown kind \(cols[1]) (expected holiday or workday)")
            }
            let name = cols[2].trimmingCharacters(in: .whitespaces)
            let source = cols[3].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw fail("empty name") }
            guard source.contains("〔"), source.hasSuffix("号") else {
                throw fail("source must name the 国务院办公厅 notice (e.g. 国办发明电〔2023〕7号), found \(source)")
            }
            if let prev = lineOf[date] { throw fail("\(date.iso) is already listed on line \(prev)") }
            if kind == .workday && !date.isWeekend {
                throw fail("\(date.iso) is a \(date.weekdayName): a make-up workday must be a weekend day")
            }
            lineOf[date] = lineNo
            rows.append(HolidayDay(date: date, kind: kind, name: name, source: source))
        }
        return rows
    }
}
