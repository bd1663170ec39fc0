/// Pattern matching over the folded text with results in scalar offsets (the offsets spans use).
public struct TextScan: Sendable {
    /// The folded text as a string.
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.string = String(String.UnicodeScalarView(scalars))
    }

    public var count: Int { scalars.count }

    /// One regex match: the whole range and each capture group, in scalar offsets.
    public struct Match: Sendable {
        public let range: Range<Int>
        public let groups: [Range<Int>?]
    }

    /// All non-overlapping matches of `pattern` (Swift `Regex` syntax, matched scalar by scalar), in text order.
    public func matches(_ pattern: String, in window: Range<Int>? = nil) -> [Match] {
        guard let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar) else {
            preconditionFailure("bad check pattern: \(pattern)")
        }
        let u = string.unicodeScalars
        let w = window ?? 0..<count
        let lo = u.index(u.startIndex, offsetBy: w.lowerBound)
        let hi = u.index(lo, offsetBy: w.count)
        let sub = string[lo..<hi]
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
