/// Sentence and clause boundaries around a position of the folded text.
struct TextBounds: Sendable {
    let s: [Unicode.Scalar]

    /// Start of the sentence containing `i` (after the previous 。！？；or line break).
    func sentenceStart(_ i: Int, floor: Int = 0) -> Int {
        var j = min(i, s.count) - 1
        while j >= floor, !CharClass.endsSentence(s[j]) { j -= 1 }
        return j + 1
    }

    /// End of the sentence containing `i` (exclusive, before the terminator).
    func sentenceEnd(_ i: Int, ceiling: Int? = nil) -> Int {
        let limit = ceiling ?? s.count
        var j = i
        while j < limit, !CharClass.endsSentence(s[j]) { j += 1 }
        return j
    }

    func clauseStart(_ i: Int, floor: Int = 0) -> Int {
        var j = min(i, s.count) - 1
        while j >= floor, !CharClass.endsClause(s[j]) { j -= 1 }
        return j + 1
    }

    func clauseEnd(_ i: Int, ceiling: Int? = nil) -> Int {
        let limit = ceiling ?? s.count
        var j = i
        while j < limit, !CharClass.endsClause(s[j]) { j += 1 }
        return j
    }

    /// `range` without leading and trailing spaces.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, CharClass.isSpace(s[a]) { a += 1 }
        while b > a, CharClass.isSpace(s[b - 1]) { b -= 1 }
        return a..<b
    }
}
