import NoticeText

/// Normalised comparison text of a stretch of folded text: whitespace and punctuation dropped; with `mask`,
/// every numeral run becomes one `#` so renumbered references and changed amounts still look alike.
struct ComparisonText: Sendable, Hashable {
    let scalars: [Unicode.Scalar]
    let bigrams: [UInt64]

    init(_ text: SourceText, ranges: [Range<Int>], mask: Bool) {
        var out: [Unicode.Scalar] = []
        for range in ranges {
            var lastWasNumeral = false
            for i in range {
                let c = text.folded[i]
                if Self.isIgnorable(c) { continue }
                if mask && ChineseNumeral.isNumeralScalar(c) {
                    if !lastWasNumeral { out.append("#") }
                    lastWasNumeral = true
                    continue
                }
                lastWasNumeral = false
                out.append(c)
            }
        }
        scalars = out
        bigrams = Self.bigrams(out)
    }

    static func isIgnorable(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .spaceSeparator, .control, .lineSeparator, .paragraphSeparator, .format: return true
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    static func bigrams(_ s: [Unicode.Scalar]) -> [UInt64] {
        if s.count == 1 { return [UInt64(s[0].value)] }
        guard s.count > 1 else { return [] }
        var b = [UInt64]()
        b.reserveCapacity(s.count - 1)
        for i in 0..<(s.count - 1) { b.append(UInt64(s[i].value) << 21 | UInt64(s[i + 1].value)) }
        b.sort()
        var u = [UInt64]()
        u.reserveCapacity(b.count)
        for x in b where u.last != x { u.append(x) }
        return u
    }

    static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Jaccard similarity of the bigram sets (1 for two empty texts).
    func similarity(_ other: ComparisonText) -> Double {
        if bigrams.isEmpty && other.bigrams.isEmpty { return 1 }
        let inter = Self.intersectionCount(bigrams, other.bigrams)
        let union = bigrams.count + other.bigrams.count - inter
        return union == 0 ? 0 : Double(inter) / Double(union)
    }

    /// Share of this text's bigrams found in `other`.
    func containment(in other: ComparisonText) -> Double {
        guard !bigrams.isEmpty else { return 0 }
        return Double(Self.intersectionCount(bigrams, other.bigrams)) / Double(bigrams.count)
    }

    static func union(_ texts: [ComparisonText]) -> [UInt64] {
        Array(Set(texts.flatMap(\.bigrams))).sorted()
    }
}

/// Shared-bigram counts of every text of one list with every text of another, through an inverted index
/// (cost grows with the bigrams the texts share, not with the product of their lengths).
struct OverlapMatrix: Sendable {
    let rows: Int, columns: Int
    private let counts: [Int32]

    init(_ a: [ComparisonText], _ b: [ComparisonText]) {
        rows = a.count; columns = b.count
        var index: [UInt64: [Int32]] = [:]
        for (j, t) in b.enumerated() { for g in t.bigrams { index[g, default: []].append(Int32(j)) } }
        var c = [Int32](repeating: 0, count: a.count * b.count)
        for (i, t) in a.enumerated() {
            let base = i * b.count
            for g in t.bigrams { if let post = index[g] { for j in post { c[base + Int(j)] += 1 } } }
        }
        counts = c
    }

    subscript(i: Int, j: Int) -> Int { Int(counts[i * columns + j]) }

    static func jaccard(_ inter: Int, _ a: Int, _ b: Int) -> Double {
        if a == 0 && b == 0 { return 1 }
        let u = a + b - inter
        return u == 0 ? 0 : Double(inter) / Double(u)
    }
}
