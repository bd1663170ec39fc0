import Foundation
import NoticeModel

/// Script data loaded from `dictionaries/script/`: the traditional → simplified code-point table.
public struct TextTables: Sendable {
    /// Traditional code point → simplified code point (one for one).
    public let t2s: [UInt32: UInt32]
    /// Code points that only simplified text uses (targets of `t2s` that are not themselves traditional forms).
    public let simplifiedOnly: Set<UInt32>

    public init(t2s: [UInt32: UInt32]) {
        self.t2s = t2s
        var simp = Set<UInt32>()
        for (t, s) in t2s where t != s && t2s[s] == nil { simp.insert(s) }
        self.simplifiedOnly = simp
    }

    public static let emptyTables = TextTables(t2s: [:])

    /// Loads `script/t2s.tsv` (`繁<TAB>简` per line, `#` comments). A bad line is an error naming file and line.
    public static func load(directory: URL) throws -> TextTables {
        let url = directory.appendingPathComponent("script/t2s.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DictionaryError(file: url.path, line: 0, message: "cannot read file")
        }
        var map: [UInt32: UInt32] = [:]
        var lineNo = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2, cols[0].unicodeScalars.count == 1, cols[1].unicodeScalars.count == 1 else {
                throw DictionaryError(file: url.path, line: lineNo, message: "expected one traditional and one simplified character separated by a tab")
            }
            map[cols[0].unicodeScalars.first!.value] = cols[1].unicodeScalars.first!.value
        }
        return TextTables(t2s: map)
    }
}

/// A bad dictionary line: names the file and the line.
public struct DictionaryError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
