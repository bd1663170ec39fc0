import NoticeModel
import NoticeText

/// A comparator word found next to a quantity.
struct ComparatorHit: Sendable {
    var op: Comparator
    var rule: String
    var range: Range<Int>
}

/// The comparator words around one quantity, and the reference phrase between a comparator and the number
/// (`不高于 最高中选价的 1.5倍`).
struct QuantityContext: Sendable {
    var before: ComparatorHit?
    var after: ComparatorHit?
    var reference: Range<Int>?
}

struct ComparatorFinder: Sendable {
    let lexicon: ExtractLexicon

    static let inclusionNotes: [[Unicode.Scalar]] = ["（含）", "(含)", "（含本数）", "(含本数)"].map(\.scalars)
    static let currencies: [[Unicode.Scalar]] = ["新台币", "人民币"].map(\.scalars)
    /// Comparators that may stand one short verb before the number (`至少选择3家`, `最多申报2个品种`).
    static let verbGapComparators: Set<String> = ["至少", "最多", "至多", "最少", "不少于", "不超过", "不得超过"]

    private func verbGap(_ s: [Unicode.Scalar], start: Int, clauseStart: Int) -> ComparatorHit? {
        for gap in 1...2 {
            let end = start - gap
            guard end > clauseStart, (end..<start).allSatisfy({ CharClass.isHan(s[$0]) && NumeralParser.digitValue(s[$0]) == nil }) else { continue }
            if let b = lexicon.comparatorsBefore.longest(in: s, endingAt: end), end - b.word.count >= clauseStart,
               Self.verbGapComparators.contains(SourceText.string(b.word)) {
                return ComparatorHit(op: b.payload.op, rule: b.payload.rule, range: (end - b.word.count)..<end)
            }
        }
        return nil
    }

    func context(of q: Quantity, in s: [Unicode.Scalar], clauseStart: Int) -> QuantityContext {
        var ctx = QuantityContext()
        var end = q.range.upperBound
        // `500万元（含）以上`: the inclusion note sits between the amount and its comparator.
        for note in Self.inclusionNotes where s.matches(note, at: end) { end += note.count; break }
        if let a = lexicon.comparatorsAfter.longest(in: s, at: end) {
            ctx.after = ComparatorHit(op: a.payload.op, rule: a.payload.rule, range: end..<(end + a.word.count))
        }
        var start = q.numeral.lowerBound
        while start > clauseStart, s[start - 1] == " " { start -= 1 }
        // `逾新台币一百万元`: a currency word between comparator and number.
        for cur in Self.currencies where s.matches(cur, endingAt: start) && start - cur.count >= clauseStart { start -= cur.count; break }
        if let b = lexicon.comparatorsBefore.longest(in: s, endingAt: start), start - b.word.count >= clauseStart {
            ctx.before = ComparatorHit(op: b.payload.op, rule: b.payload.rule, range: (start - b.word.count)..<start)
        } else if let v = verbGap(s, start: start, clauseStart: clauseStart) {
            ctx.before = v
        } else if s.at(start - 1) == "的" || s.at(start - 1) == "之" {
            // 不高于最高中选价的1.5倍 / 超过估算价的2%: comparator, reference phrase, 的, number.
            var p = start - 2
            let limit = max(clauseStart, start - 18)
            while p > limit {
                let c = s[p - 1]
                if !CharClass.isHan(c) && !CharClass.isASCIILetter(c) { break }
                if let b = lexicon.comparatorsBefore.longest(in: s, endingAt: p), p - b.word.count >= clauseStart {
                    ctx.before = ComparatorHit(op: b.payload.op, rule: b.payload.rule, range: (p - b.word.count)..<p)
                    if p < start - 1 { ctx.reference = p..<(start - 1) }
                    break
                }
                p -= 1
            }
        }
        return ctx
    }
}
