import Foundation
import NoticeText

/// Reads the small data files of `dictionaries/metadata/`: `#` comments and blank lines are skipped, every other
/// line must be well formed, and an entry may not repeat.
enum LexiconFile {
    /// One value per line.
    static func lines(_ dir: URL, _ name: String) throws -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for (lineNo, line) in try read(dir, name) {
            let v = line.trimmingCharacters(in: .whitespaces)
            guard !v.contains("\t"), v == line else {
                throw DictionaryError(file: path(dir, name), line: lineNo, message: "expected one value without tabs or surrounding spaces")
            }
            guard seen.insert(v).inserted else {
                throw DictionaryError(file: path(dir, name), line: lineNo, message: "duplicate entry '\(v)'")
            }
            out.append(v)
        }
        return out
    }

    /// `key<TAB>value` per line; when `keys` is given, the key must be one of them.
    static func pairs(_ dir: URL, _ name: String, keys: [String]? = nil) throws -> [(key: String, value: String)] {
        var seen = Set<String>()
        var out: [(key: String, value: String)] = []
        for (lineNo, line) in try read(dir, name) {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 2, !cols[0].isEmpty, !cols[1].isEmpty,
                  cols.allSatisfy({ $0 == $0.trimmingCharacters(in: .whitespaces) }) else {
                throw DictionaryError(file: path(dir, name), line: lineNo, message: "expected two non-empty columns separated by one tab")
            }
            if let keys, !keys.contains(cols[0]) {
                throw DictionaryError(file: path(dir, name), line: lineNo,
                                      message: "unknown key '\(cols[0])' (expected one of: \(keys.joined(separator: ", ")))")
            }
            guard seen.insert(cols[0] + "\t" + cols[1]).inserted else {
                throw DictionaryError(file: path(dir, name), line: lineNo, message: "duplicate entry '\(cols[0]) \(cols[1])'")
            }
            out.append((cols[0], cols[1]))
        }
        return out
    }

    private static func path(_ dir: URL, _ name: String) -> String { dir.appendingPathComponent(name).path }

    private static func read(_ dir: URL, _ name: String) throws -> [(Int, String)] {
        let file = path(dir, name)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DictionaryError(file: file, line: 0, message: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DictionaryError(file: file, line: 0, message: "not valid UTF-8")
        }
        var out: [(Int, String)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append((i + 1, line))
        }
        return out
    }
}
