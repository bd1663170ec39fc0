import NoticeModel
import NoticeText

/// Comparisons to a named, non-numeric reference: `不高于同品种平均中选价` → le 1 times, reference 同品种平均中选价;
/// `低于成本` → lt 1 times, reference 成本 (annotation-conventions.md, "Never annotated": the named reference case).
/// The reference must end in a reference noun (`dictionaries/extract/reference-nouns.tsv`) and carry no number.
struct NamedReferenceExtractor: Sendable {
    let lexicon: ExtractLexicon
    let phrases: PhraseFinder

    init(lexicon: ExtractLexicon) {
        self.lexicon = lexicon
        self.phrases = PhraseFinder(lexicon: lexicon)
    }

    /// `于给付金额范围内` / `以未结清的工程款为限`: a cap at a named amount (le 1 times, that reference).
    func scopes(_ s: [Unicode.Scalar], in range: Range<Int>, numbers: [Range<Int>]) -> [RawThreshold] {
        var out: [RawThreshold] = []
        let tb = TextBounds(s: s)
        for (opener, closer, rule) in Self.scopeForms {
            var i = range.lowerBound
            while i < range.upperBound {
                guard s.matches(closer, at: i) else { i += 1; continue }
                var end = i
                if s.at(end - 1) == "之" || s.at(end - 1) == "的" { end -= 1 }
                let floor = max(tb.clauseStart(i), i - 24)
                var k = end - 1
                while k >= floor, !opener.contains(s[k]) { k -= 1 }
                let start = k + 1
                if k >= floor, start < end, !numbers.contains(where: { $0.overlaps(start..<i) }),
                   lexicon.referenceNouns.longest(in: s, endingAt: end) != nil {
                    out.append(RawThreshold(range: k..<(i + closer.count), metric: nil, op: .le, value: 1, unit: .times,
                                            reference: SourceText.string(s[start..<end]), rule: rule))
                }
                i += closer.count
            }
        }
        return out
    }

    /// `损害额以上之赔偿`: a named amount bounded by a comparator written after it (ge/le 1 times). Not a vague
    /// amount (`一定金额以下`, annotation-conventions: nothing).
    func afterBounds(_ s: [Unicode.Scalar], in range: Range<Int>, numbers: [Range<Int>]) -> [RawThreshold] {
        var out: [RawThreshold] = []
        let tb = TextBounds(s: s)
        var i = range.lowerBound
        while i < range.upperBound {
            guard let c = lexicon.comparatorsAfter.longest(in: s, at: i), c.payload.op == .ge || c.payload.op == .le,
                  c.payload.rule.hasPrefix("1259"), lexicon.referenceNouns.longest(in: s, endingAt: i) != nil,
                  let r = phrases.phrase(in: s, endingAt: i, floor: tb.clauseStart(i)),
                  !numbers.contains(where: { $0.overlaps(r.lowerBound..<(i + c.word.count)) }),
                  !r.contains(where: { k in Self.vague.contains(where: { s.matches($0, at: k) }) }) else { i += 1; continue }
            out.append(RawThreshold(range: r.lowerBound..<(i + c.word.count), metric: nil, op: c.payload.op, value: 1,
                                    unit: .times, reference: SourceText.string(s[r]), rule: "named-reference:" + c.payload.rule))
            i += c.word.count
        }
        return out
    }

    static let vague: [[Unicode.Scalar]] = ["一定", "相应", "相关", "规定", "较大", "较高"].map(\.scalars)

    static let scopeForms: [(Set<Unicode.Scalar>, [Unicode.Scalar], String)] = [
        (["于", "在"], "范围内".scalars, "named-reference:范围内"),
        (["以"], "为限".scalars, "named-reference:为限"),
    ]

    func extract(_ s: [Unicode.Scalar], in range: Range<Int>, numbers: [Range<Int>]) -> [RawThreshold] {
        var out: [RawThreshold] = scopes(s, in: range, numbers: numbers) + afterBounds(s, in: range, numbers: numbers)
        let tb = TextBounds(s: s)
        var i = range.lowerBound
        while i < range.upperBound {
            guard let c = lexicon.comparatorsBefore.longest(in: s, at: i), c.payload.op != .eq,
                  c.payload.rule != "1259:届满" else { i += 1; continue }
            let start = i + c.word.count
            let clauseEnd = min(tb.clauseEnd(start), start + 24, range.upperBound)
            // The longest reference-noun ending within the clause, with no number in between.
            var best: Int? = nil
            var j = start + 1
            while j <= clauseEnd {
                let ch = s[j - 1]
                if CharClass.isDigit(ch) || NumeralParser.digitValue(ch) != nil && ch != "一" || ch == "%" { break }
                if lexicon.referenceNouns.longest(in: s, endingAt: j) != nil, !(s.at(j).map { CharClass.isHan($0) && lexicon.referenceNouns.longest(in: s, endingAt: j + 1) != nil } ?? false) {
                    // Stop at the first complete reference noun that is not followed by more of the same phrase.
                    if let n = s.at(j), n == "的" || n == "之" || CharClass.endsClause(n) || n == "挂" || n == "报" || n == "销" || n == "采" || n == "投" || n == "中" || n == "或" || n == "且" || n == "时" || n == "者" {
                        best = j; break
                    }
                    best = j
                }
                j += 1
            }
            // Not when the reference is the base of a numeric multiple or share (`不高于最高中选价的1.5倍`).
            guard let end = best, end > start, !numbers.contains(where: { $0.overlaps(start..<(end + 2)) }) else {
                i += c.word.count; continue
            }
            let clauseStart = tb.clauseStart(i)
            let head = phrases.phrase(in: s, endingAt: i, floor: clauseStart)
            let quoteStart = head?.lowerBound ?? i
            out.append(RawThreshold(range: quoteStart..<end, metric: head.map { SourceText.string(s[$0]) },
                                    op: c.payload.op, value: 1, unit: .times,
                                    reference: SourceText.string(s[start..<end]), rule: "named-reference:" + c.payload.rule))
            i = end
        }
        return out
    }
}
