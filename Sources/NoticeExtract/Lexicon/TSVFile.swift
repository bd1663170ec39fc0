import Foundation
import NoticeText

/// A tab-separated dictionary file read through `DictionaryFile` (comments and blank lines skipped), with every
/// row checked to have `columns` non-empty fields; a bad line is a `DictionaryError` naming the file and the line.
struct TSVFile {
    let path: String
    let rows: [(line: Int, fields: [String])]

    init(url: URL, columns: Int) throws {
        path = url.path
        var rows: [(Int, [String])] = []
        try DictionaryFile.read(url) { cols, fail in
            let fields = cols.map(String.init)
            guard fields.count == columns, !fields.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw fail("expected \(columns) non-empty tab-separated field(s), found \(fields.count)")
            }
            // The line number is in the error `fail` builds; keep it for later checks of the row's values.
            rows.append((fail("").line, fields))
        }
        self.rows = rows
    }

    func error(_ line: Int, _ message: String) -> DictionaryError { DictionaryError(file: path, line: line, message: message) }
}
