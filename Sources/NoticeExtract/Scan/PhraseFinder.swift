/// Reads the noun phrase that ends (or starts) at a position: a metric before a number, an actor before a modal,
/// an anchor event before `前`/`之日起`. The phrase stops at clause punctuation and starts after the last
/// boundary word (`对`, `且`, `的`, …, from `dictionaries/extract/boundaries.tsv`).
struct PhraseFinder: Sendable {
    let lexicon: ExtractLexicon

    /// The phrase ending at `end`, at most `maxLength` scalars, not before `floor`.
    func phrase(in s: [Unicode.Scalar], endingAt end: Int, floor: Int, maxLength: Int = 20) -> Range<Int>? {
        var start = end
        let limit = max(floor, end - maxLength)
        while start > limit {
            let c = s[start - 1]
            if CharClass.endsClause(c) || c == " " || c == "（" || c == "(" || c == "）" || c == ")" || c == "“" || c == "”" || c == "《" || c == "》" { break }
            if CharClass.isDigit(c) || c == "%" { break }
            // A counted phrase (`连续两个季度`) ends the phrase: the number belongs to a condition of its own.
            if NumeralParser.digitValue(c) != nil, let n = s.at(start), n == "个" || n == "次" || n == "批" {
                start += 1; break
            }
            start -= 1
        }
        guard start < end else { return nil }
        // Cut after the last boundary word inside [start, end).
        var cut = start
        var j = end
        while j > start {
            if let b = lexicon.boundaries.longest(in: s, endingAt: j), j - b.word.count >= start {
                cut = j; break
            }
            j -= 1
        }
        // A boundary word right before the position (`或者低于…`, `对…`): nothing of the phrase stands between.
        if cut == end { return nil }
        guard cut < end else { return nil }
        // A trailing verb (`…比例为`, `处`) or a leading conjunction (`并`, `和`) is not part of the phrase.
        if let t = Self.trailingWords.first(where: { s.matches($0, endingAt: end) }) {
            return end - t.count > cut ? phrase(in: s, endingAt: end - t.count, floor: cut, maxLength: maxLength) : nil
        }
        var a = cut
        while a < end - 1, Self.leading.contains(s[a]) { a += 1 }
        return a..<end
    }

    static let trailingWords: [[Unicode.Scalar]] = ["合计", "共计", "累计", "总计", "明显", "以", "为", "是", "处", "达", "占", "约", "共", "在", "于", "应", "须", "均", "都", "也", "则", "并", "还", "亦"].map(\.scalars)
    static let leading: Set<Unicode.Scalar> = ["并", "且", "或", "但"]
}
