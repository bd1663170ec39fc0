/// A bad line in a calendar data file (`dictionaries/holidays/*.tsv`, `dictionaries/calendar/anchors.tsv`):
/// names the file and the line (0 when the whole file is at fault).
public struct CalendarDataError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// The data lines of a calendar TSV file: blank lines and `#` comments skipped, CR stripped, split on tabs; `fail`
/// makes an error naming the file and the line.
enum CalendarTSV {
    static func forEachRow(_ text: String, file: String,
                           _ body: (_ line: Int, _ columns: [String], _ fail: (String) -> CalendarDataError) throws -> Void) throws {
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let n = lineNo
            try body(n, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) {
                CalendarDataError(file: file, line: n, message: $0)
            }
        }
    }
}
