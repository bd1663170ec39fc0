import Foundation
import NoticeModel

/// A bad line in `dictionaries/check/`: names the file and the line.
public struct CheckLexiconError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// The vocabulary the checks read, loaded and validated from `dictionaries/check/`.
public struct CheckLexicon: Sendable {
    public struct ComparatorWord: Sendable, Hashable {
        public let word: String
        public let op: NoticeModel.Comparator
        /// True when written before the number (`低于90%`), false after it (`90%以下`).
        public let before: Bool
    }

    /// Longest first, so `及以上` wins over `以上` and `未达到` over `达到`.
    public let comparators: [ComparatorWord]
    public let futureMarkers: [String]
    public let goLiveVerbs: [String]
    public let classifiers: [String]
    /// Short form → full form of issuer name parts.
    public let aliases: [(short: String, full: String)]
    public let docNumberLookalikes: [(marker: String, reason: String)]
    public let entityHeads: [(head: String, generic: [String])]
    /// Sanction and payment words: thresholds on them are outcome ranges, not condition bands.
    public let sanctions: [String]
    /// Simplified forms that are conversion leftovers inside traditional text (`采` for `採`).
    public let leftovers: [(simplified: String, traditional: String)]

    public init(comparators: [ComparatorWord], futureMarkers: [String], goLiveVerbs: [String], classifiers: [String],
                aliases: [(short: String, full: String)], docNumberLookalikes: [(marker: String, reason: String)],
                entityHeads: [(head: String, generic: [String])], sanctions: [String] = [],
                leftovers: [(simplified: String, traditional: String)] = []) {
        self.comparators = comparators.sorted { $0.word.count > $1.word.count }
        self.futureMarkers = futureMarkers.sorted { $0.count > $1.count }
        self.goLiveVerbs = goLiveVerbs.sorted { $0.count > $1.count }
        self.classifiers = classifiers.sorted { $0.count > $1.count }
        self.aliases = aliases.sorted { $0.short.count > $1.short.count }
        self.docNumberLookalikes = docNumberLookalikes
        self.entityHeads = entityHeads
        self.sanctions = sanctions
        self.leftovers = leftovers
    }

    /// Loads every file of `<dictionaries>/check/`. A bad line is an error naming file and line.
    public static func load(directory: URL) throws -> CheckLexicon {
        let dir = directory.appendingPathComponent("check")
        let comparators = try rows(dir, "comparators.tsv", columns: 3).map { r -> ComparatorWord in
            guard let op = NoticeModel.Comparator(rawValue: r.cols[1]), op != .eq else {
                throw CheckLexiconError(file: r.file, line: r.line, message: "op must be lt, le, gt or ge, got '\(r.cols[1])'")
            }
            guard r.cols[2] == "pre" || r.cols[2] == "post" else {
                throw CheckLexiconError(file: r.file, line: r.line, message: "position must be pre or post, got '\(r.cols[2])'")
            }
            return ComparatorWord(word: r.cols[0], op: op, before: r.cols[2] == "pre")
        }
        let future = try rows(dir, "future_markers.tsv", columns: 1).map { $0.cols[0] }
        let golive = try rows(dir, "golive_verbs.tsv", columns: 1).map { $0.cols[0] }
        let classifiers = try rows(dir, "classifiers.tsv", columns: 1).map { $0.cols[0] }
        let aliases = try rows(dir, "aliases.tsv", columns: 2).map { (short: $0.cols[0], full: $0.cols[1]) }
        let looks = try rows(dir, "docnumber_lookalikes.tsv", columns: 2).map { (marker: $0.cols[0], reason: $0.cols[1]) }
        let heads = try rows(dir, "entity_heads.tsv", columns: 2).map { r in
            (head: r.cols[0], generic: r.cols[1].split(separator: ",").map(String.init))
        }
        let sanctions = try rows(dir, "sanctions.tsv", columns: 1).map { $0.cols[0] }
        let leftovers = try rows(dir, "simplified_leftovers.tsv", columns: 3).map { (simplified: $0.cols[0], traditional: $0.cols[1]) }
        return CheckLexicon(comparators: comparators, futureMarkers: future, goLiveVerbs: golive,
                            classifiers: classifiers, aliases: aliases, docNumberLookalikes: looks, entityHeads: heads,
                            sanctions: sanctions, leftovers: leftovers)
    }

    struct Row { let file: String; let line: Int; let cols: [String] }

    /// Tab-separated rows with exactly `columns` non-empty cells; `#` comments and blank lines skipped.
    static func rows(_ dir: URL, _ name: String, columns: Int) throws -> [Row] {
        let url = dir.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CheckLexiconError(file: url.path, line: 0, message: "cannot read file")
        }
        var out: [Row] = []
        var seen = Set<String>()
        for (i, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == columns, cols.allSatisfy({ !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) }) else {
                throw CheckLexiconError(file: url.path, line: i + 1,
                                        message: "expected \(columns) tab-separated non-empty column(s), got \(cols.count)")
            }
            guard seen.insert(cols[0]).inserted else {
                throw CheckLexiconError(file: url.path, line: i + 1, message: "duplicate entry '\(cols[0])'")
            }
            out.append(Row(file: url.path, line: i + 1, cols: cols))
        }
        return out
    }

    /// The comparator word written right before `offset` (`低于|90%`), if any.
    func comparator(endingAt offset: Int, in scan: TextScan) -> ComparatorWord? {
        comparators.first { c in
            c.before && offset >= c.word.unicodeScalars.count
                && scan.text((offset - c.word.unicodeScalars.count)..<offset) == c.word
        }
    }

    /// The comparator word written right after `offset` (`90%|以下`), if any.
    func comparator(startingAt offset: Int, in scan: TextScan) -> ComparatorWord? {
        comparators.first { c in
            !c.before && offset + c.word.unicodeScalars.count <= scan.count
                && scan.text(offset..<(offset + c.word.unicodeScalars.count)) == c.word
        }
    }

    /// True when a threshold is a sanction or payment range (`处三年以上有期徒刑`, `处二万元以上罚款`): its metric
    /// names a sanction, it is introduced by 处/并处/科, or a sanction word follows it in the clause.
    func isSanction(_ t: Threshold, in scan: TextScan) -> Bool {
        if let m = t.metric, sanctions.contains(where: { m.contains($0) }) { return true }
        let before = scan.text(max(0, t.span.start - 3)..<t.span.start)
        if ["处", "科", "并处"].contains(where: { before.hasSuffix($0) }) { return true }
        let clause = scan.clause(around: t.span.start)
        let after = scan.text(t.span.end..<max(t.span.end, min(clause.upperBound, t.span.end + 16)))
        return sanctions.contains { after.contains($0) }
    }

    /// True when a threshold conditions a rule (`对…90%以下的企业`, `…85%以下者`, `若…`) rather than capping a value
    /// (`保险金额不得超过保险价值`): only conditions split cases, so only they can overlap or disagree at a boundary.
    func isCondition(_ t: Threshold, in scan: TextScan) -> Bool {
        let clause = scan.clause(around: t.span.start)
        let after = scan.text(min(t.span.end, clause.upperBound)..<clause.upperBound)
        if after.contains("的") || after.hasPrefix("者") || after.hasPrefix("时") { return true }
        let before = scan.text(clause.lowerBound..<max(clause.lowerBound, t.span.start))
        return ["对", "凡", "若", "如果", "如", "当"].contains { before.hasPrefix($0) }
    }

    /// Expands short issuer-name forms (`卫健委` → `卫生健康委员会`) for comparison.
    public func expandAliases(_ name: String) -> String {
        var s = name
        for a in aliases where !s.contains(a.full) { s = s.replacingOccurrences(of: a.short, with: a.full) }
        return s
    }
}
