import NoticeModel

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

    func context(of q: Quantity, in s: [Unicode.Scalar], clauseStart: Int) -> QuantityContext {
        var ctx = QuantityContext()
        let end = q.range.upperBound
        if let a = lexicon.comparatorsAfter.longest(in: s, at: end) {
            ctx.after = ComparatorHit(op: a.payload.op, rule: a.payload.rule, range: end..<(end + a.word.count))
        }
        var start = q.numeral.lowerBound
        while start > clauseStart, s[start - 1] == " " { start -= 1 }
        if let b = lexicon.comparatorsBefore.longest(in: s, endingAt: start), start - b.word.count >= clauseStart {
            ctx.before = ComparatorHit(op: b.payload.op, rule: b.payload.rule, range: (start - b.word.count)..<start)
        } else if s.at(start - 1) == "的" {
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
