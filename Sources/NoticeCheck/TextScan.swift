import Foundation
/// Pattern matching over the folded text with results in scalar offsets (the offsets spans use).
public struct TextScan: Sendable {
    /// The folded text as a string.
    public let string: String
    public let scalars: [Unicode.Scalar]
    /// Compiled patterns and their prefilter literals, per document.
    let cache: RegexCache
    /// Results of `matches` for this document.
    let memo = MatchMemo()

    public init(_ scalars: [Unicode.Scalar], cache: RegexCache = RegexCache()) {
        self.scalars = scalars
        self.cache = cache
        self.string = String(String.UnicodeScalarView(scalars))
    }

    public var count: Int { scalars.count }

    /// One regex match: the whole range and each capture group, in scalar offsets.
    public struct Match: Sendable {
        public let range: Range<Int>
        public let groups: [Range<Int>?]
    }

    /// All non-overlapping matches of `pattern` (Swift `Regex` syntax, matched scalar by scalar), in text order.
    ///
    /// Swift `Regex` is slow on whole documents, so a pattern with a literal every match must contain (`工作日` in
    /// `([0-9]+)个?工作日`) is run only on the lines that contain it; matches never cross a line.
    public func matches(_ pattern: String, in window: Range<Int>? = nil) -> [Match] {
        let w = window ?? 0..<count
        // Several checks ask the same question of one document (dates, shared comparators): answer it once.
        let key = "\(w.lowerBound):\(w.upperBound):\(pattern)"
        if let known = memo.get(key) { return known }
        let found = scanMatches(pattern, in: w)
        memo.set(key, found)
        return found
    }

    private func scanMatches(_ pattern: String, in w: Range<Int>) -> [Match] {
        let regex = cache.regex(pattern)
        guard let sets = cache.literals(pattern), let literals = sets.first else { return matches(regex, in: w) }
        let others = sets.dropFirst().map { $0.map { Array($0.unicodeScalars) } }
        var lines: [Range<Int>] = []
        for lit in literals {
            for o in occurrences(of: lit, in: w) {
                let l = line(around: o)
                let lw = max(w.lowerBound, l.lowerBound)..<min(w.upperBound, l.upperBound)
                if others.allSatisfy({ set in set.contains { contains($0, in: lw) } }) { lines.append(lw) }
            }
        }
        var out: [Match] = []
        var done = w.lowerBound
        for lw in Set(lines).sorted(by: { $0.lowerBound < $1.lowerBound }) where lw.lowerBound >= done {
            out += matches(regex, in: lw)
            done = lw.upperBound
        }
        return out
    }

    /// Literals one of which every match must contain: the longest run of literal characters outside every group
    /// and class (none followed by a quantifier), or else the alternatives of a top-level group of plain literals
    /// (`(条|项|批)`); nil when the pattern has a top-level alternation or neither.
    static func requiredLiterals(_ pattern: String) -> [String]? { requiredLiteralSets(pattern)?.first }

    /// Every requirement a match must meet: the chosen literal set first (see `requiredLiterals`), then the
    /// alternatives of each other top-level literal group; a line lacking one of them holds no match.
    static func requiredLiteralSets(_ pattern: String) -> [[String]]? {
        let p = Array(pattern.unicodeScalars)
        let meta: Set<Unicode.Scalar> = ["\\", "[", "]", "(", ")", "|", "?", "*", "+", "{", "}", ".", "^", "$"]
        var depth = 0, inClass = false
        var best: [Unicode.Scalar] = [], run: [Unicode.Scalar] = []
        var groupBest: [String]? = nil
        var allGroups: [[String]] = []
        func flush() { if run.count > best.count { best = run }; run = [] }
        var i = 0
        while i < p.count {
            let c = p[i]
            if c == "\\" {
                // An escaped punctuation mark (`\[`, `\.`) is a literal; class escapes (`\d`, `\n`) are not.
                if !inClass, depth == 0, i + 1 < p.count, !p[i + 1].properties.isAlphabetic, !("0"..."9").contains(p[i + 1]) {
                    let next = i + 2 < p.count ? p[i + 2] : " "
                    if next == "?" || next == "*" || next == "{" || next == "+" { flush() } else { run.append(p[i + 1]) }
                } else { flush() }
                i += 2; continue
            }
            if inClass { if c == "]" { inClass = false }; i += 1; continue }
            switch c {
            case "[": flush(); inClass = true
            case "(":
                flush()
                if depth == 0 {
                    // A top-level group of plain literal alternatives, not optional.
                    var j = i + 1
                    if j + 1 < p.count, p[j] == "?", p[j + 1] == ":" { j += 2 }
                    var k = j
                    while k < p.count, p[k] != ")", !meta.contains(p[k]) || p[k] == "|" { k += 1 }
                    let quantified = k + 1 < p.count && ["?", "*", "{"].contains(p[k + 1])
                    if k < p.count, p[k] == ")", k > j, !quantified {
                        let alts = String(String.UnicodeScalarView(p[j..<k])).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                        if !alts.contains(where: \.isEmpty) {
                            allGroups.append(alts)
                            if groupBest == nil || alts.count < groupBest!.count { groupBest = alts }
                        }
                    }
                }
                depth += 1
            case ")": flush(); depth -= 1
            case "|": if depth == 0 { return nil }; flush()
            case "{":
                // A counted quantifier: skip its bounds (`{0,12}`).
                flush()
                while i < p.count, p[i] != "}" { i += 1 }
            case "?", "*", "+", "}", ".", "^", "$": flush()
            default:
                if depth == 0 {
                    let next = i + 1 < p.count ? p[i + 1] : " "
                    if next == "?" || next == "*" || next == "{" || next == "+" { flush() } else { run.append(c) }
                } else { flush() }
            }
            i += 1
        }
        flush()
        let literalRun = String(String.UnicodeScalarView(best))
        var first: [String]
        if best.count >= 2 || (groupBest == nil && !best.isEmpty) { first = [literalRun] }
        else if let g = groupBest { first = g }
        else { return nil }
        var sets = [first]
        for g in allGroups where g != first { sets.append(g) }
        if first != [literalRun], !best.isEmpty { sets.append([literalRun]) }
        return sets
    }

    private func matches(_ regex: Regex<AnyRegexOutput>, in w: Range<Int>) -> [Match] {
        // A string of the window alone: finding the window in `string` would walk it from the start every call.
        let sub = String(String.UnicodeScalarView(scalars[w]))
        let u = sub.unicodeScalars
        let lo = sub.startIndex
        var out: [Match] = []
        var cursorIndex = lo
        var cursorOffset = w.lowerBound
        func offset(_ i: String.Index) -> Int {
            // matches come in text order; walk forward from the last position (or back, for groups before it)
            if i >= cursorIndex { return cursorOffset + u.distance(from: cursorIndex, to: i) }
            return cursorOffset - u.distance(from: i, to: cursorIndex)
        }
        for m in sub.matches(of: regex) {
            let s = offset(m.range.lowerBound)
            let e = offset(m.range.upperBound)
            var groups: [Range<Int>?] = []
            for k in 1..<max(1, m.output.count) {
                if let r = m.output[k].range { groups.append(offset(r.lowerBound)..<offset(r.upperBound)) } else { groups.append(nil) }
            }
            cursorIndex = m.range.lowerBound; cursorOffset = s
            out.append(Match(range: s..<e, groups: groups))
        }
        return out
    }

    /// Every maximal run of ASCII digits, or of `chineseDigits`, directly followed by one of `words` (longest first):
    /// what the pattern `([0-9]+|[一二…]+)(w1|w2|…)` finds, in one pass instead of a regex over the document.
    public func numbersFollowed(byAnyOf words: [String], chineseDigits: Set<Unicode.Scalar>) -> [(number: Range<Int>, word: Range<Int>)] {
        let ws = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var out: [(Range<Int>, Range<Int>)] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let ascii = c.value >= 0x30 && c.value <= 0x39
            guard ascii || chineseDigits.contains(c) else { i += 1; continue }
            var j = i + 1
            while j < scalars.count, ascii ? (scalars[j].value >= 0x30 && scalars[j].value <= 0x39) : chineseDigits.contains(scalars[j]) { j += 1 }
            if let w = ws.first(where: { j + $0.count <= scalars.count && scalars[j..<(j + $0.count)].elementsEqual($0) }) {
                out.append((i..<j, j..<(j + w.count)))
                i = j + w.count
            } else {
                i = j
            }
        }
        return out
    }

    private func contains(_ needle: [Unicode.Scalar], in w: Range<Int>) -> Bool {
        guard let f = needle.first, needle.count <= w.count else { return false }
        var i = w.lowerBound
        while i + needle.count <= w.upperBound {
            if scalars[i] == f, scalars[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The folded text of a range.
    public func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }

    /// Offsets of every occurrence of `needle`.
    public func occurrences(of needle: String, in window: Range<Int>? = nil) -> [Int] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty else { return [] }
        let w = window ?? 0..<count
        var out: [Int] = []
        var i = w.lowerBound
        while i + n.count <= w.upperBound {
            if scalars[i] == n[0] && Array(scalars[i..<(i + n.count)]) == n { out.append(i) }
            i += 1
        }
        return out
    }

    public func contains(_ needle: String, in window: Range<Int>) -> Bool { !occurrences(of: needle, in: window).isEmpty }

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "\n", "！", "？", "!"]
    static let clauseEnds: Set<Unicode.Scalar> = ["。", "；", ";", "\n", "！", "？", "!", "，", ",", "：", ":"]

    /// The sentence (between `。；` or line ends) containing `offset`.
    public func sentence(around offset: Int) -> Range<Int> { bounded(around: offset, by: Self.sentenceEnds) }
    /// The clause (between commas and sentence ends) containing `offset`.
    public func clause(around offset: Int) -> Range<Int> { bounded(around: offset, by: Self.clauseEnds) }
    /// The line containing `offset`.
    public func line(around offset: Int) -> Range<Int> { bounded(around: offset, by: ["\n"]) }

    func bounded(around offset: Int, by ends: Set<Unicode.Scalar>) -> Range<Int> {
        let o = min(max(0, offset), count)
        var s = o
        while s > 0 && !ends.contains(scalars[s - 1]) { s -= 1 }
        var e = o
        while e < count && !ends.contains(scalars[e]) { e += 1 }
        if e < count && scalars[e] != "\n" { e += 1 } // keep the sentence's own end mark
        return s..<e
    }

    /// Ranges of the non-empty lines, in order.
    public var lines: [Range<Int>] {
        var out: [Range<Int>] = []
        var s = 0
        for i in 0...count where i == count || scalars[i] == "\n" {
            if i > s { out.append(s..<i) }
            s = i + 1
        }
        return out
    }

    /// A range with surrounding spaces removed.
    public func trimmed(_ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e && scalars[s].properties.isWhitespace { s += 1 }
        while e > s && scalars[e - 1].properties.isWhitespace { e -= 1 }
        return s..<e
    }
}

/// Compiled `Regex` values and required literals by pattern text (compiling costs more than matching a line).
public final class RegexCache: @unchecked Sendable {
    public init() {}
    private let lock = NSLock()
    private var regexes: [String: Regex<AnyRegexOutput>] = [:]
    private var literalSets: [String: [[String]]?] = [:]

    func regex(_ pattern: String) -> Regex<AnyRegexOutput> {
        lock.lock(); defer { lock.unlock() }
        if let r = regexes[pattern] { return r }
        guard let r = try? Regex(pattern).matchingSemantics(.unicodeScalar) else {
            preconditionFailure("bad check pattern: \(pattern)")
        }
        regexes[pattern] = r
        return r
    }

    func literals(_ pattern: String) -> [[String]]? {
        lock.lock(); defer { lock.unlock() }
        if let l = literalSets[pattern] { return l }
        let l = TextScan.requiredLiteralSets(pattern)
        literalSets[pattern] = .some(l)
        return l
    }
}

/// The matches already found in one document, by window and pattern.
final class MatchMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String: [TextScan.Match]] = [:]
    func get(_ key: String) -> [TextScan.Match]? { lock.lock(); defer { lock.unlock() }; return found[key] }
    func set(_ key: String, _ value: [TextScan.Match]) { lock.lock(); found[key] = value; lock.unlock() }
}
