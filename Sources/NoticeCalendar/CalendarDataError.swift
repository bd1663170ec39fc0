/// A bad line in a calendar data file (`dictionaries/holidays/*.tsv`, `dictionaries/calendar/anchors.tsv`):
/// names the file and the line (0 when the whole file is at fault).
public struct CalendarDataError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
