import Foundation
import Testing
import NoticeModel
import NoticeText
import NoticeExtract

// Example corpora (Duckling / Recognizers-Text style): `Examples/<kind>s.json` groups realistic inputs under the
// value they must produce, plus a `none` list that must produce nothing of that kind. Each input is its own test
// case. A case marked `pending` (a known extractor defect, listed in Examples/PENDING.md) runs inside
// `withKnownIssue`: it keeps CI green while it fails, and is reported as soon as it starts passing.
// File format and reading decisions: Examples/README.md.

// MARK: - Corpus files

/// A JSON value as written in an example file or produced by encoding an extracted item.
enum ExampleValue: Decodable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ExampleValue])
    case object([String: ExampleValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ExampleValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: ExampleValue].self)) }
    }

    /// Field equality for expectations: numbers compare with a relative tolerance of 1e-9.
    func matches(_ other: ExampleValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { k, v in b[k].map(v.matches) ?? false }
        default: return false
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .string(let s): return s
        case .array(let a): return "[" + a.map(\.description).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\($0):\(o[$0]!)" }.joined(separator: ",") + "}"
        }
    }
}

/// The kinds of example files and the fields their `expect` objects may name.
enum ExampleKind: String, Sendable, CaseIterable {
    case threshold, deadline, period, frequency, obligation, numeral

    var fileName: String { self == .frequency ? "frequencies.json" : rawValue + "s.json" }

    var expectKeys: Set<String> {
        switch self {
        case .threshold: return ["op", "value", "unit", "metric", "reference"]
        case .deadline: return ["amount", "unit", "op", "anchor"]
        case .period: return ["amount", "unit"]
        case .frequency: return ["every", "multiple"]
        case .obligation: return ["modality", "actor"]
        case .numeral: return ["value", "form", "match"]
        }
    }
}

/// Keys of a JSON object, to reject typos (`pendng`) instead of ignoring them.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private func checkKeys(_ decoder: Decoder, allowed: Set<String>, in what: String) throws {
    let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
    if let bad = keys.first(where: { !allowed.contains($0) }) {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown key `\(bad)` in \(what)"))
    }
}

/// One input: a plain string, or `{"text": …, "pending": "<reason>"}`.
struct ExampleInput: Decodable, Sendable {
    var text: String
    var pending: String?

    private enum Keys: String, CodingKey { case text, pending, note }

    init(from decoder: Decoder) throws {
        if let s = try? decoder.singleValueContainer().decode(String.self) {
            text = s
            return
        }
        try checkKeys(decoder, allowed: ["text", "pending", "note"], in: "an input object")
        let c = try decoder.container(keyedBy: Keys.self)
        text = try c.decode(String.self, forKey: .text)
        pending = try c.decodeIfPresent(String.self, forKey: .pending)
    }
}

struct ExampleGroup: Decodable, Sendable {
    var expect: [String: ExampleValue]
    var inputs: [ExampleInput]
    /// The exact number of items of the kind each input must yield.
    var count: Int?
    var pending: String?

    private enum Keys: String, CodingKey { case expect, inputs, count, pending, note }

    init(from decoder: Decoder) throws {
        try checkKeys(decoder, allowed: ["expect", "inputs", "count", "pending", "note"], in: "a group")
        let c = try decoder.container(keyedBy: Keys.self)
        expect = try c.decode([String: ExampleValue].self, forKey: .expect)
        inputs = try c.decode([ExampleInput].self, forKey: .inputs)
        count = try c.decodeIfPresent(Int.self, forKey: .count)
        pending = try c.decodeIfPresent(String.self, forKey: .pending)
    }
}

struct ExampleFile: Decodable, Sendable {
    var kind: String
    var groups: [ExampleGroup]
    var none: [ExampleInput]

    private enum Keys: String, CodingKey { case kind, groups, none, note }

    init(from decoder: Decoder) throws {
        try checkKeys(decoder, allowed: ["kind", "groups", "none", "note"], in: "an example file")
        let c = try decoder.container(keyedBy: Keys.self)
        kind = try c.decode(String.self, forKey: .kind)
        groups = try c.decode([ExampleGroup].self, forKey: .groups)
        none = try c.decode([ExampleInput].self, forKey: .none)
    }
}

/// One input with what it must produce: a test case.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    var kind: ExampleKind
    /// `g3.2` (group 3, input 2, both 1-based) or `none.5`.
    var label: String
    var text: String
    /// Nil for a `none` input: it must yield nothing of the kind.
    var expect: [String: ExampleValue]?
    var count: Int?
    var pending: String?

    var testDescription: String { "\(kind.fileName) \(label): \(text)" }
}

struct ExampleCorpusError: Error, CustomStringConvertible {
    var description: String
}

enum ExampleCorpus {
    /// The repository root, found from this file's path (Tests/NoticeExtractTests/ExampleCorpusTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Tests/NoticeExtractTests/Examples")
    static let dictionaries = root.appendingPathComponent("dictionaries")

    /// Reads and validates one kind's file (kind name, expect keys and value types, non-empty groups).
    static func file(_ kind: ExampleKind) throws -> ExampleFile {
        let url = examples.appendingPathComponent(kind.fileName)
        let f: ExampleFile
        do {
            f = try JSONDecoder().decode(ExampleFile.self, from: try Data(contentsOf: url))
        } catch {
            throw ExampleCorpusError(description: "\(url.path): \(error)")
        }
        guard f.kind == kind.rawValue else { throw ExampleCorpusError(description: "\(url.path): kind is `\(f.kind)`, expected `\(kind.rawValue)`") }
        for (n, g) in f.groups.enumerated() {
            let where_ = "\(url.lastPathComponent) group \(n + 1)"
            guard !g.inputs.isEmpty, !g.expect.isEmpty else { throw ExampleCorpusError(description: "\(where_): empty inputs or expect") }
            if let bad = g.expect.keys.first(where: { !kind.expectKeys.contains($0) }) {
                throw ExampleCorpusError(description: "\(where_): `\(bad)` is not a field of a \(kind.rawValue) example (\(kind.expectKeys.sorted()))")
            }
            if let c = g.count, c < 1 { throw ExampleCorpusError(description: "\(where_): count must be at least 1") }
        }
        return f
    }

    static func cases(_ kinds: [ExampleKind]) throws -> [ExampleCase] {
        var out: [ExampleCase] = []
        for kind in kinds {
            let f = try file(kind)
            for (g, group) in f.groups.enumerated() {
                for (n, input) in group.inputs.enumerated() {
                    out.append(ExampleCase(kind: kind, label: "g\(g + 1).\(n + 1)", text: input.text, expect: group.expect,
                                           count: group.count, pending: input.pending ?? group.pending))
                }
            }
            for (n, input) in f.none.enumerated() {
                out.append(ExampleCase(kind: kind, label: "none.\(n + 1)", text: input.text, expect: nil, count: nil, pending: input.pending))
            }
        }
        return out
    }

    static let extractionKinds: [ExampleKind] = [.threshold, .deadline, .period, .frequency, .obligation]

    /// The folder and extractor over the repository's dictionaries, loaded once for all cases (immutable).
    struct Environment: Sendable {
        let folder: TextFolder
        let extractor: Extractor
        init() throws {
            folder = TextFolder(tables: try TextTables.load(directory: ExampleCorpus.dictionaries))
            extractor = Extractor(lexicon: try ExtractLexicon.load(directory: ExampleCorpus.dictionaries))
        }
    }

    static let loaded = Result { try Environment() }
    static func environment() throws -> Environment { try loaded.get() }
    static func folder() throws -> TextFolder { try environment().folder }

    /// Runs `body`, inside `withKnownIssue` when the case is pending.
    static func run(_ c: ExampleCase, _ body: () throws -> Void) throws {
        if let pending = c.pending {
            withKnownIssue(Comment(rawValue: "pending: " + pending)) { try body() }
        } else {
            try body()
        }
    }
}

// MARK: - Extraction examples

@Suite struct ExampleCorpusTests {
    /// Encodes extracted items to the contract's JSON fields, so `expect` names fields as the output does.
    static func fields<T: Encodable>(_ items: [T]) throws -> [[String: ExampleValue]] {
        let data = try JSONEncoder().encode(items)
        return try JSONDecoder().decode([[String: ExampleValue]].self, from: data)
    }

    static func items(_ kind: ExampleKind, _ x: Extraction) throws -> [[String: ExampleValue]] {
        switch kind {
        case .threshold: return try fields(x.thresholds)
        case .deadline: return try fields(x.deadlines)
        case .period: return try fields(x.periods)
        case .frequency: return try fields(x.frequencies)
        case .obligation: return try fields(x.obligations)
        case .numeral: throw ExampleCorpusError(description: "numerals are tested by NumeralTests")
        }
    }

    /// Every item's quote is exactly the source text of its span, in the source's own script (output-format.md).
    static func checkQuote(_ item: [String: ExampleValue], in text: SourceText) {
        guard case .array(let span)? = item["span"], span.count == 2,
              case .number(let a) = span[0], case .number(let b) = span[1],
              let start = Int(exactly: a), let end = Int(exactly: b), 0 <= start, start <= end, end <= text.count else {
            Issue.record("item without a valid span: \(item["span"] ?? .null)")
            return
        }
        let quote = item["quote"]?.description ?? ""
        #expect(quote == text.quote(start..<end), "quote 「\(quote)」 is not the source text of span [\(start), \(end))")
    }

    /// A short rendering of what was extracted, for failure messages.
    static func summary(_ kind: ExampleKind, _ items: [[String: ExampleValue]]) -> String {
        if items.isEmpty { return "nothing" }
        let keys = kind.expectKeys.sorted()
        return items.map { item in
            "「\(item["quote"] ?? .null)」 " + keys.map { "\($0)=\(item[$0] ?? .null)" }.joined(separator: " ")
        }.joined(separator: "; ")
    }

    @Test("example", arguments: try ExampleCorpus.cases(ExampleCorpus.extractionKinds))
    func example(_ c: ExampleCase) throws {
        let env = try ExampleCorpus.environment()
        try ExampleCorpus.run(c) {
            let text = env.folder.fold(c.text, encoding: "UTF-8")
            let x = env.extractor.extract(text)
            let items = try Self.items(c.kind, x)
            for item in items { Self.checkQuote(item, in: text) }
            guard let expect = c.expect else {
                let found = items.count
                #expect(found == 0, "expected no \(c.kind.rawValue); got \(Self.summary(c.kind, items))")
                return
            }
            let hit = items.contains { item in expect.allSatisfy { k, v in item[k].map(v.matches) ?? false } }
            let want = expect.keys.sorted().map { "\($0)=\(expect[$0]!)" }.joined(separator: " ")
            #expect(hit, "no \(c.kind.rawValue) with \(want); got \(Self.summary(c.kind, items))")
            if let n = c.count {
                #expect(items.count == n, "expected exactly \(n) \(c.kind.rawValue) item(s); got \(Self.summary(c.kind, items))")
            }
        }
    }

    /// The corpus is as large and as mixed as issue 3 asks: 300+ distinct inputs, a third of them traditional,
    /// every extraction kind with positive groups and a `none` list.
    @Test func corpusShape() throws {
        let folder = try ExampleCorpus.folder()
        #expect(folder.tables.t2s.count > 1000,
                "dictionaries/script/t2s.tsv has \(folder.tables.t2s.count) mappings: traditional examples fold to themselves and fail until the T→S table is merged")
        var distinct = Set<String>()
        for kind in ExampleKind.allCases {
            let f = try ExampleCorpus.file(kind)
            #expect(!f.groups.isEmpty, "\(kind.fileName) has no groups")
            #expect(!f.none.isEmpty, "\(kind.fileName) has no none list")
            for g in f.groups { for i in g.inputs { distinct.insert(i.text) } }
            for i in f.none { distinct.insert(i.text) }
        }
        let traditional = distinct.filter { folder.fold($0, encoding: "UTF-8").script != .simplified }
        #expect(distinct.count >= 300, "only \(distinct.count) distinct inputs")
        #expect(traditional.count * 3 >= distinct.count, "only \(traditional.count) of \(distinct.count) inputs read as traditional")
    }

    /// A pending mark starts with a cause code (`C5 comparator separated…`) that PENDING.md lists: it is the lead's
    /// bug list and must not drift from the files.
    @Test func pendingCasesNameAListedCause() throws {
        let listed = try String(contentsOf: ExampleCorpus.examples.appendingPathComponent("PENDING.md"), encoding: .utf8)
        for c in try ExampleCorpus.cases(ExampleKind.allCases) {
            guard let reason = c.pending else { continue }
            let code = reason.prefix { $0 != " " }
            let wellFormed = code.count >= 2 && code.first == "C" && code.dropFirst().allSatisfy(\.isNumber) && reason.count > code.count + 1
            #expect(wellFormed, "\(c.testDescription): pending reason must read `C<n> <reason>`")
            #expect(listed.contains("## \(code):"), "\(c.testDescription): cause \(code) is not in PENDING.md")
        }
    }
}
