import Foundation
import NoticeModel

/// Script data loaded from `dictionaries/script/`:
/// * `t2s.tsv`: ICU's traditional → simplified pairs (generated, never edited);
/// * `t2s-overrides.tsv`: fixes applied on top (`繁<TAB>简<TAB>reason`; mapping a character to itself removes it);
/// * `t2s-phrases.tsv`: words whose simplified form depends on the word (計畫 → 计划, 回覆 → 回复), same length;
/// * `script-evidence.tsv`: which characters are evidence of traditional or of simplified script.
public struct TextTables: Sendable {
    /// Traditional code point → simplified code point (one for one), overrides applied.
    public let t2s: [UInt32: UInt32]
    /// Characters that only traditional text uses.
    public let traditionalOnly: Set<UInt32>
    /// Characters that only simplified text uses.
    public let simplifiedOnly: Set<UInt32>
    /// Traditional word → simplified word, each as scalar values of the same count (≥ 2).
    public let phrases: [[UInt32]: [UInt32]]

    /// Without evidence sets, every key of `t2s` counts as traditional and every target that is not itself a key
    /// as simplified (a rough default for tests and small tables).
    public init(t2s: [UInt32: UInt32], traditionalOnly: Set<UInt32>? = nil, simplifiedOnly: Set<UInt32>? = nil,
                phrases: [[UInt32]: [UInt32]] = [:]) {
        self.t2s = t2s.filter { $0.key != $0.value }
        self.phrases = phrases.filter { $0.key.count == $0.value.count && $0.key.count >= 2 }
        self.traditionalOnly = traditionalOnly ?? Set(self.t2s.keys)
        self.simplifiedOnly = simplifiedOnly ?? Set(self.t2s.values.filter { t2s[$0] == nil })
    }

    public static let emptyTables = TextTables(t2s: [:])

    /// Loads and validates the four files. A bad line is an error naming file and line.
    public static func load(directory: URL) throws -> TextTables {
        let dir = directory.appendingPathComponent("script")
        var map: [UInt32: UInt32] = [:]
        try DictionaryFile.read(dir.appendingPathComponent("t2s.tsv")) { cols, fail in
            guard cols.count == 2, let t = single(cols[0]), let s = single(cols[1]), t != s else {
                throw fail("expected a traditional and a different simplified character separated by a tab")
            }
            guard map[t] == nil else { throw fail("\(cols[0]) is listed twice") }
            map[t] = s
        }
        var overridden = Set<UInt32>()
        try DictionaryFile.read(dir.appendingPathComponent("t2s-overrides.tsv")) { cols, fail in
            guard cols.count == 3, let t = single(cols[0]), let s = single(cols[1]), !cols[2].isEmpty else {
                throw fail("expected a character, its simplified form (itself to keep it) and a reason, tab-separated")
            }
            guard overridden.insert(t).inserted else { throw fail("\(cols[0]) is overridden twice") }
            map[t] = s
        }
        var phrases: [[UInt32]: [UInt32]] = [:]
        try DictionaryFile.read(dir.appendingPathComponent("t2s-phrases.tsv")) { cols, fail in
            guard cols.count == 2 else { throw fail("expected a traditional word and its simplified form, tab-separated") }
            let t = cols[0].unicodeScalars.map(\.value), s = cols[1].unicodeScalars.map(\.value)
            guard t.count >= 2, t.count == s.count else {
                throw fail("\(cols[0]) and \(cols[1]) must be words of the same length (2 characters or more)")
            }
            guard phrases[t] == nil else { throw fail("\(cols[0]) is listed twice") }
            phrases[t] = s
        }
        var traditional = Set<UInt32>(), simplified = Set<UInt32>()
        try DictionaryFile.read(dir.appendingPathComponent("script-evidence.tsv")) { cols, fail in
            guard cols.count == 2, let c = single(cols[0]) else { throw fail("expected a character and traditional|simplified") }
            switch cols[1] {
            case "traditional": traditional.insert(c)
            case "simplified": simplified.insert(c)
            default: throw fail("unknown script \(cols[1]) (expected traditional or simplified)")
            }
        }
        return TextTables(t2s: map, traditionalOnly: traditional, simplifiedOnly: simplified, phrases: phrases)
    }

    static func single(_ s: Substring) -> UInt32? {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return nil }
        return first.value
    }
}

/// Reads a tab-separated data file: `#` comments and blank lines are skipped; every other line goes to `row`,
/// which throws the error `fail(message)` builds (naming the file and the line).
public enum DictionaryFile {
    public static func read(_ url: URL, row: ([Substring], (String) -> DictionaryError) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DictionaryError(file: url.path, line: 0, message: "cannot read file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DictionaryError(file: url.path, line: 0, message: "not valid UTF-8")
        }
        var lineNo = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            let n = lineNo
            try row(line.split(separator: "\t", omittingEmptySubsequences: false)) {
                DictionaryError(file: url.path, line: n, message: $0)
            }
        }
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
