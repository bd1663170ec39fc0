import Foundation
import NoticeText

/// Reads a tab-separated dictionary file: `#` comments and blank lines skipped, every other line must have
/// `columns` fields; a bad line is a `DictionaryError` naming the file and the line.
struct TSVFile {
    let path: String
    let rows: [(line: Int, fields: [String])]

    init(url: URL, columns: Int) throws {
        path = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DictionaryError(file: url.path, line: 0, message: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DictionaryError(file: url.path, line: 0, message: "not UTF-8")
        }
        var rows: [(Int, [String])] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns, !fields.contains(where: { $0.isEmpty }) else {
                throw DictionaryError(file: url.path, line: n + 1,
                                      message: "expected \(columns) non-empty tab-separated field(s), found \(fields.count)")
            }
            rows.append((n + 1, fields))
        }
        self.rows = rows
    }

    func error(_ line: Int, _ message: String) -> DictionaryError { DictionaryError(file: path, line: line, message: message) }
}
