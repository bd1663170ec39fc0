import NoticeModel
import NoticeText

/// Turns quantities into thresholds, deadlines and periods by the words around them
/// (`annotation-conventions.md`: comparators per 民法典1259, deadline vs period, ranges as two items).
struct QuantityRuleExtractor: Sendable {
    let lexicon: ExtractLexicon
    let finder: ComparatorFinder
    let phrases: PhraseFinder

    init(lexicon: ExtractLexicon) {
        self.lexicon = lexicon
        self.finder = ComparatorFinder(lexicon: lexicon)
        self.phrases = PhraseFinder(lexicon: lexicon)
    }

    struct Output: Sendable {
        var thresholds: [RawThreshold] = []
        var deadlines: [RawDeadline] = []
        var periods: [RawPeriod] = []
    }

    /// One bound of a quantity or a range: the quantity, its op, the words that decided it.
    struct Bound { var q: Quantity; var op: Comparator; var rule: String }

    func extract(_ s: [Unicode.Scalar], quantities: [Quantity]) -> Output {
        var out = Output()
        let tb = TextBounds(s: s)
        var k = 0
        while k < quantities.count {
            let q = quantities[k]
            let clauseStart = tb.clauseStart(q.numeral.lowerBound)
            let ctx = finder.context(of: q, in: s, clauseStart: clauseStart)
            // Ranges: N以上M以下, N至M, 逾N至第M.
            if k + 1 < quantities.count, let pair = range(s, q, ctx, quantities[k + 1]) {
                let q2 = quantities[k + 1]
                let ctx2 = finder.context(of: q2, in: s, clauseStart: clauseStart)
                let end = ctx2.after?.range.upperBound ?? q2.range.upperBound
                let start = ctx.before?.range.lowerBound ?? q.range.lowerBound
                emitRange(s, lower: pair.0, upper: pair.1, quote: start..<end, clauseStart: clauseStart, into: &out)
                k += 2
                continue
            }
            if let bare = bareRangeStart(s, q) {
                let end = ctx.after?.range.upperBound ?? q.range.upperBound
                let lower = Bound(q: Quantity(value: bare.value, unit: q.unit, numeral: bare.range, range: bare.range),
                                  op: .ge, rule: "1259:至")
                let upper = Bound(q: q, op: ctx.after?.op ?? .le, rule: ctx.after?.rule ?? "1259:至")
                emitRange(s, lower: lower, upper: upper, quote: bare.range.lowerBound..<end, clauseStart: clauseStart, into: &out)
                k += 1
                continue
            }
            if q.timeUnit != nil {
                emitTime(s, q, ctx, clauseStart: clauseStart, into: &out)
            } else {
                emitThreshold(s, q, ctx, clauseStart: clauseStart, into: &out)
            }
            k += 1
        }
        return out
    }

    // MARK: ranges

    private func range(_ s: [Unicode.Scalar], _ q: Quantity, _ ctx: QuantityContext, _ q2: Quantity) -> (Bound, Bound)? {
        guard sameFamily(q.unit, q2.unit) else { return nil }
        let clauseStart = TextBounds(s: s).clauseStart(q2.numeral.lowerBound)
        let ctx2 = finder.context(of: q2, in: s, clauseStart: min(clauseStart, q.range.lowerBound))
        if let a = ctx.after, a.op == .ge || a.op == .gt, let a2 = ctx2.after, a2.op == .le || a2.op == .lt,
           gap(s, a.range.upperBound, q2.range.lowerBound) <= 1 {
            return (Bound(q: q, op: a.op, rule: a.rule), Bound(q: q2, op: a2.op, rule: a2.rule))
        }
        // N至M / 逾N至第M / N到M
        var j = q.range.upperBound
        if let a = ctx.after { j = a.range.upperBound }
        guard let c = s.at(j), c == "至" || c == "到" || c == "~" || c == "－" || c == "-" else { return nil }
        var m = j + 1
        if s.at(m) == "第" { m += 1 }
        guard m == q2.range.lowerBound else { return nil }
        let lowOp = ctx.before?.op ?? ctx.after?.op ?? .ge
        let lowRule = ctx.before?.rule ?? ctx.after?.rule ?? "1259:至"
        let highOp = ctx2.after?.op ?? .le
        let highRule = ctx2.after?.rule ?? "1259:至"
        guard lowOp == .ge || lowOp == .gt, highOp == .le || highOp == .lt else { return nil }
        return (Bound(q: q, op: lowOp, rule: lowRule), Bound(q: q2, op: highOp, rule: highRule))
    }

    /// `1至3年`: a bare numeral, `至`, then the quantity with the unit.
    private func bareRangeStart(_ s: [Unicode.Scalar], _ q: Quantity) -> NumeralMatch? {
        let sep = q.numeral.lowerBound - 1
        guard let c = s.at(sep), c == "至" || c == "到" || c == "~" || c == "－" || c == "-" else { return nil }
        var start = sep
        while start > 0, let p = s.at(start - 1),
              CharClass.isDigit(p) || p == "." || NumeralParser.digitValue(p) != nil || NumeralParser.smallUnit(p) != nil {
            start -= 1
        }
        guard start < sep, let m = NumeralParser().parse(s, at: start), m.range.upperBound == sep else { return nil }
        if let p = s.at(start - 1), CharClass.isASCIILetter(p) || p == "-" || p == "第" { return nil }
        return m
    }

    private func gap(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        guard b >= a else { return Int.max }
        for i in a..<b where !(s[i] == "、" || s[i] == " " || s[i] == "，" || s[i] == ",") { return Int.max }
        return b - a
    }

    private func sameFamily(_ a: ExtractLexicon.UnitWord, _ b: ExtractLexicon.UnitWord) -> Bool {
        switch (a, b) {
        case (.time, .time): return true
        case (.quantity(let x), .quantity(let y)):
            let money: Set<ThresholdUnit> = [.yuan, .twd]
            return x == y || (money.contains(x) && money.contains(y))
        default: return false
        }
    }

    private func emitRange(_ s: [Unicode.Scalar], lower: Bound, upper: Bound, quote: Range<Int>, clauseStart: Int,
                           into out: inout Output) {
        // 期限届满前三个月至六个月: a window counted back from an event, two deadline bounds.
        if let tl = lower.q.timeUnit, let tu = upper.q.timeUnit, s.at(quote.lowerBound - 1) == "前" {
            let a = phrases.phrase(in: s, endingAt: quote.lowerBound - 1, floor: clauseStart)
            let anchorText = a.map { SourceText.string(s[$0]) }
            let r = (a?.lowerBound ?? quote.lowerBound - 1)..<quote.upperBound
            out.deadlines.append(RawDeadline(range: r, amount: lower.q.value, unit: tl, op: .ge, anchor: anchorText, before: true, rule: "deadline:前N至M"))
            out.deadlines.append(RawDeadline(range: r, amount: upper.q.value, unit: tu, op: .le, anchor: anchorText, before: true, rule: "deadline:前N至M"))
            return
        }
        let (metric, reference, start) = metricAndReference(s, quoteStart: quote.lowerBound, quoteEnd: quote.upperBound,
                                                            clauseStart: clauseStart, unit: upper.q.thresholdUnit, gapReference: nil)
        let r = start..<quote.upperBound
        var unitLow = lower.q.thresholdUnit, unitHigh = upper.q.thresholdUnit
        if unitLow == .yuan && unitHigh == .twd { unitLow = .twd }
        if unitLow == .twd && unitHigh == .yuan { unitHigh = .twd }
        out.thresholds.append(RawThreshold(range: r, metric: metric, op: lower.op, value: lower.q.value, unit: unitLow,
                                           reference: reference, rule: lower.rule))
        out.thresholds.append(RawThreshold(range: r, metric: metric, op: upper.op, value: upper.q.value, unit: unitHigh,
                                           reference: reference, rule: upper.rule))
    }

    // MARK: thresholds

    static let eqBefore: [[Unicode.Scalar]] = ["按照", "按", "比例为", "标准为", "费率为", "率为", "定为", "加征", "加收", "加计"].map(\.scalars)
    /// Verbs that take a share of a base as their object (`提拨…罚锾之百分之三十`, `按日加收滞纳税款万分之五`).
    static let shareVerbs: [[Unicode.Scalar]] = ["提拨", "拨付", "缴纳", "支付", "预付", "计提", "收取", "加收", "加征", "征收", "扣除", "提取", "返还"].map(\.scalars)
    static let eqAfterVerbs: [[Unicode.Scalar]] = ["预付", "支付", "缴纳", "计算", "收取", "扣除", "扣减", "给付", "赔偿", "返还", "计入", "核定", "拨付"].map(\.scalars)
    static let statistics: [[Unicode.Scalar]] = ["降幅", "降价", "平均", "增长", "下降", "同比", "环比", "增幅", "涨幅", "降低"].map(\.scalars)

    private func emitThreshold(_ s: [Unicode.Scalar], _ q: Quantity, _ ctx: QuantityContext, clauseStart: Int,
                               into out: inout Output) {
        let unit = q.thresholdUnit
        var op: Comparator? = nil
        var rule = ""
        if let a = ctx.after { op = a.op; rule = a.rule } else if let b = ctx.before { op = b.op; rule = b.rule }
        if op == nil, unit == .percent || unit == .times || unit == .yuan || unit == .twd {
            if let e = Self.eqBefore.first(where: { s.matches($0, endingAt: q.numeral.lowerBound) }) {
                op = .eq; rule = "fixed:" + SourceText.string(e)
            } else if s.at(q.numeral.lowerBound - 1) == "的",
                      let v = Self.eqAfterVerbs.first(where: { s.matches($0, at: q.range.upperBound) }) {
                op = .eq; rule = "fixed:的…" + SourceText.string(v)
            }
            if op == nil, unit == .percent, let p = s.at(q.numeral.lowerBound - 1), p == "的" || p == "之" {
                let head = TextBounds(s: s).clauseStart(q.numeral.lowerBound)..<q.numeral.lowerBound
                if let v = Self.shareVerbs.first(where: { w in head.contains { s.matches(w, at: $0) } }) {
                    op = .eq; rule = "fixed:" + SourceText.string(v) + "…的"
                }
            }
            if op == .eq {
                let sentence = TextBounds(s: s).clauseStart(q.numeral.lowerBound)..<q.numeral.lowerBound
                if Self.statistics.contains(where: { w in sentence.contains(where: { s.matches(w, at: $0) }) }) { op = nil }
            }
        }
        // 延长一次 / 得延長二次: a cap on the number of extensions.
        if op == nil, unit == .count, s.matches("延长".scalars, endingAt: q.numeral.lowerBound) { op = .le; rule = "plain:延长N次" }
        // 达 alone is a floor (`占有率达二分之一`), but in a statistic (`平均降幅达53%`) it reports, not rules.
        if rule == "plain:达" {
            let head = TextBounds(s: s).clauseStart(q.numeral.lowerBound)..<q.numeral.lowerBound
            if Self.statistics.contains(where: { w in head.contains(where: { s.matches(w, at: $0) }) }) { return }
            // 已达 / 共达 / 分别达 report a figure reached.
            if let c = ctx.before, let p = s.at(c.range.lowerBound - 1), "已共均计别".unicodeScalars.contains(p) { return }
        }
        guard let op else { return }
        if unit == .count && op == .eq { return }
        // `两个以上经营者`: a count written before a noun names a group of parties, not a rule.
        if unit == .count, let a = ctx.after, s.at(q.range.upperBound - 1) == "个", lexicon.actors.longest(in: s, at: a.range.upperBound) != nil { return }
        let quoteStart = ctx.before?.range.lowerBound ?? q.range.lowerBound
        let quoteEnd = ctx.after?.range.upperBound ?? q.range.upperBound
        let (metric, reference, start) = metricAndReference(s, quoteStart: quoteStart, quoteEnd: quoteEnd,
                                                            clauseStart: clauseStart, unit: unit, gapReference: ctx.reference)
        out.thresholds.append(RawThreshold(range: start..<quoteEnd, metric: metric, op: op, value: q.value, unit: unit,
                                           reference: reference, rule: rule))
    }

    /// The metric (what is compared) and reference (what a multiple or share is taken of), and where the quote
    /// starts (at the metric when it stands right before the comparator).
    private func metricAndReference(_ s: [Unicode.Scalar], quoteStart: Int, quoteEnd: Int, clauseStart: Int,
                                    unit: ThresholdUnit, gapReference: Range<Int>?) -> (String?, String?, Int) {
        let str = { (r: Range<Int>) in SourceText.string(s[r]) }
        var penalty: String? = nil
        var j = quoteEnd
        if s.at(j) == "的" { j += 1 }
        if let p = lexicon.penalties.longest(in: s, at: j) { penalty = p.payload }
        let head = phrases.phrase(in: s, endingAt: quoteStart, floor: clauseStart)
        var reference = gapReference.map(str)
        var metric: String? = nil
        var start = quoteStart
        if let penalty {
            metric = penalty
            if reference == nil, let head, head.upperBound == quoteStart, unit == .times || unit == .percent {
                reference = str(head); start = head.lowerBound
            }
        } else if let head {
            metric = str(head)
            if head.upperBound == quoteStart { start = head.lowerBound }
        }
        return (metric, reference, start)
    }

    // MARK: time quantities

    static let periodSubjects: [[Unicode.Scalar]] = ["周期", "有效期", "期限", "期间", "任期", "年限", "时效", "保质期", "试用期", "服务期",
                                                     "协议期", "宽限期", "公示期", "采购期", "保护期", "观察期", "整改期", "过渡期", "缓冲期"].map(\.scalars)
    /// Verbs whose object is a duration that is a period (`公示30日`, `保存3年`) when written right before it.
    static let retentionVerbs: [[Unicode.Scalar]] = ["保存", "保管", "公示", "公告", "存档", "留存", "保留"].map(\.scalars)
    /// Keeping records: `至少保存3年`, `保存期限不少于5年` are periods even with a `ge` comparator.
    static let keepVerbs: [[Unicode.Scalar]] = ["保存", "保管", "存档", "留存", "保留"].map(\.scalars)
    static let bans: [[Unicode.Scalar]] = ["不得", "禁止", "不予", "不再"].map(\.scalars)

    private func emitTime(_ s: [Unicode.Scalar], _ q: Quantity, _ ctx: QuantityContext, clauseStart: Int,
                          into out: inout Output) {
        guard let unit = q.timeUnit else { return }
        let tb = TextBounds(s: s)
        let end = q.range.upperBound
        let head = phrases.phrase(in: s, endingAt: ctx.before?.range.lowerBound ?? q.numeral.lowerBound, floor: clauseStart)
        let headText = head.map { SourceText.string(s[$0]) }
        // The subject may stand in the clause before (`前项代理期间，不得逾一年`).
        let subjectRange = head ?? (clauseStart > 0 && s[clauseStart - 1] == "，" ? phrases.phrase(in: s, endingAt: clauseStart - 1, floor: TextBounds(s: s).clauseStart(clauseStart - 1)) : nil)
        let subjectIsPeriod = subjectRange.map { h in Self.periodSubjects.contains { w in h.contains { s.matches(w, at: $0) && $0 + w.count <= h.upperBound } } } ?? false
        let isExtension = (tb.sentenceStart(q.numeral.lowerBound)..<q.numeral.lowerBound).contains { s.matches("延长".scalars, at: $0) }
        let clauseEnd = tb.clauseEnd(end)
        func deadline(_ op: DeadlineOp, _ range: Range<Int>, anchor: String?, before: Bool, rule: String) {
            out.deadlines.append(RawDeadline(range: range, amount: q.value, unit: unit, op: op, anchor: anchor, before: before, rule: rule))
        }
        func period(_ range: Range<Int>, subject: String?, rule: String) {
            out.periods.append(RawPeriod(range: range, amount: q.value, unit: unit, subject: subject, rule: rule))
        }
        let leadIn = leadingPreposition(s, q.numeral.lowerBound, clauseStart: clauseStart)
        // N日内 / N个工作日以内
        let withinEnd: Int? = s.at(end) == "内" ? end + 1 : (ctx.after.map { $0.op == .le && ($0.rule == "1259:以内") ? $0.range.upperBound : nil } ?? nil)
        if let withinEnd, ctx.before == nil || ctx.before!.op == .le {
            let sentenceTail = end..<tb.sentenceEnd(end)
            let isBan = Self.bans.contains { w in sentenceTail.prefix(8).contains { s.matches(w, at: $0) } }
            let isLookBack = lookBackCount(s, after: withinEnd, clauseEnd: tb.clauseEnd(withinEnd))
                || s.at(q.numeral.lowerBound - 1) == "近"
            let anchorText = anchor(s, before: q.numeral.lowerBound)
            if isBan, let anchorText, !subjectIsPeriod {
                // 自受理之日起三十工作日内，不得为结合: a standstill counted from an event, kept at least (ge).
                deadline(.ge, (ctx.before?.range.lowerBound ?? leadIn)..<withinEnd, anchor: anchorText, before: false, rule: "deadline:standstill")
                return
            }
            if isBan || subjectIsPeriod || isLookBack {
                period((head?.lowerBound ?? q.range.lowerBound)..<withinEnd, subject: subjectIsPeriod ? headText : nil, rule: isBan ? "period:ban" : isLookBack ? "period:look-back" : "period:subject")
            } else {
                deadline(.le, (ctx.before?.range.lowerBound ?? leadIn)..<withinEnd, anchor: anchor(s, before: q.numeral.lowerBound), before: false, rule: "deadline:内")
            }
            return
        }
        // 执行前10个工作日 (counted back from an event)
        if s.at(q.numeral.lowerBound - 1) == "前" {
            var a = phrases.phrase(in: s, endingAt: q.numeral.lowerBound - 1, floor: clauseStart)
            // The event is what follows the last 在/于 (`…企业在中选结果执行前10个工作日` → 中选结果执行).
            if let r = a, let k = r.lastIndex(where: { s[$0] == "在" || s[$0] == "于" }), k + 1 < r.upperBound { a = (k + 1)..<r.upperBound }
            deadline(.ge, (a?.lowerBound ?? q.numeral.lowerBound - 1)..<end, anchor: a.map { SourceText.string(s[$0]) }, before: true, rule: "deadline:前N")
            return
        }
        // 有效期届满6个月前
        if s.at(end) == "前" {
            let a = head.map { SourceText.string(s[$0]) }
            let anchorText = ctx.before?.rule == "1259:届满" ? (a ?? "") + "届满" : a
            deadline(.ge, (head?.lowerBound ?? q.range.lowerBound)..<(end + 1), anchor: anchorText, before: true, rule: "deadline:N前")
            return
        }
        if let b = ctx.before, b.rule == "plain:逾", s.at(b.range.lowerBound - 1) == "每" { return } // 每逾二日: a frequency
        if let b = ctx.before {
            switch b.op {
            case .gt, .lt:
                emitThreshold(s, q, ctx, clauseStart: clauseStart, into: &out)
            case .le:
                if subjectIsPeriod && !isExtension {
                    // A cap on a duration (`人工费用拨付周期不得超过1个月`, `其期限不得逾五年`): a threshold on it.
                    emitThreshold(s, q, ctx, clauseStart: clauseStart, into: &out)
                } else {
                    deadline(.le, b.range.lowerBound..<end, anchor: anchor(s, before: b.range.lowerBound), before: false, rule: b.rule)
                }
            case .ge:
                let clause = clauseStart..<q.numeral.lowerBound
                if Self.keepVerbs.contains(where: { w in clause.contains { s.matches(w, at: $0) } }) {
                    period((head?.lowerBound ?? b.range.lowerBound)..<end, subject: headText, rule: "period:" + b.rule)
                } else {
                    deadline(.ge, b.range.lowerBound..<end, anchor: anchor(s, before: b.range.lowerBound), before: false, rule: b.rule)
                }
            case .eq:
                break
            }
            return
        }
        if let a = ctx.after, Self.keepVerbs.contains(where: { s.matches($0, endingAt: q.numeral.lowerBound) }) {
            period((q.numeral.lowerBound - 2)..<a.range.upperBound, subject: SourceText.string(s[(q.numeral.lowerBound - 2)..<q.numeral.lowerBound]), rule: "period:keep")
            return
        }
        if let a = ctx.after {
            // 三年以上 / 五年以下 alone: a condition or a sanction bound.
            emitThreshold(s, q, QuantityContext(before: nil, after: a, reference: nil), clauseStart: clauseStart, into: &out)
            return
        }
        // 采购周期为2年, 有效期五年, 为期N, 保存N年, 公示30日, N年间, 延长N
        if s.matches("延长".scalars, endingAt: q.numeral.lowerBound) {
            let sentence = tb.sentenceStart(q.numeral.lowerBound)..<tb.sentenceEnd(end)
            let cycle = sentence.contains { s.matches("周期".scalars, at: $0) }
            if cycle { period((q.numeral.lowerBound - 2)..<end, subject: "延长", rule: "period:延长") }
            else { deadline(.le, (q.numeral.lowerBound - 2)..<end, anchor: anchor(s, before: q.numeral.lowerBound), before: false, rule: "deadline:延长") }
            return
        }
        if s.matches("期间".scalars, at: end) {
            period(q.range.lowerBound..<(end + 2), subject: headText, rule: "period:期间")
            return
        }
        if s.matches("为期".scalars, endingAt: q.numeral.lowerBound) || s.at(end) == "间" && unit == .year {
            period((q.numeral.lowerBound - (s.at(end) == "间" ? 0 : 2))..<(s.at(end) == "间" ? end + 1 : end), subject: headText, rule: "period:为期")
            return
        }
        if subjectIsPeriod, let head, head.upperBound >= q.numeral.lowerBound - 1 {
            period(head.lowerBound..<end, subject: headText.map(Self.dropTrailingCopula), rule: "period:subject")
            return
        }
        if let v = Self.retentionVerbs.first(where: { s.matches($0, endingAt: q.numeral.lowerBound) }) {
            period((q.numeral.lowerBound - v.count)..<end, subject: SourceText.string(v), rule: "period:" + SourceText.string(v))
            return
        }
        _ = clauseEnd
    }

    /// `3年内2次以上`, `一年内累计三次`: a window in which events are counted.
    private func lookBackCount(_ s: [Unicode.Scalar], after i: Int, clauseEnd: Int) -> Bool {
        var j = i
        while j < clauseEnd, let c = s.at(j), !CharClass.endsClause(c) {
            if CharClass.isDigit(c) || NumeralParser.digitValue(c) != nil {
                var k = j
                while let d = s.at(k), CharClass.isDigit(d) || NumeralParser.digitValue(d) != nil || NumeralParser.smallUnit(d) != nil { k += 1 }
                return s.at(k) == "次"
            }
            j += 1
        }
        return false
    }

    static func dropTrailingCopula(_ s: String) -> String {
        var t = s
        while let l = t.last, l == "为" || l == "是" { t.removeLast() }
        return t
    }

    /// `在`/`于` right before the number belongs to a deadline's quote (`在2个工作日内`).
    private func leadingPreposition(_ s: [Unicode.Scalar], _ i: Int, clauseStart: Int) -> Int {
        if i > clauseStart, let p = s.at(i - 1), p == "在" || p == "于" { return i - 1 }
        return i
    }

    /// The event a deadline counts from: `自X之日起`, `自X起`, `X之日起`, `收到X后`, `X后，`.
    func anchor(_ s: [Unicode.Scalar], before i: Int) -> String? {
        let tb = TextBounds(s: s)
        let sentenceStart = tb.sentenceStart(i)
        var j = i - 1
        while j >= sentenceStart {
            if s[j] == "起" || (s[j] == "后" && j + 1 < s.count && (CharClass.endsClause(s[j + 1]) || j + 1 == i || s[j + 1] == "应" || s[j + 1] == "在")) {
                var end = j
                if s.matches("之日".scalars, endingAt: end) { end -= 2 }
                else if s.at(end - 1) == "日", s.at(end - 2) != "工" { end -= 1 }
                // Walk back to 自/从/于 or the clause start.
                var k = end - 1
                let floor = max(sentenceStart, end - 40)
                while k >= floor, s[k] != "自", s[k] != "从", s[k] != "于", !(CharClass.endsClause(s[k]) && s[k] != "、") { k -= 1 }
                let start = k + 1
                guard start < end else { return nil }
                let r = tb.trimmed(start..<end)
                return r.isEmpty ? nil : SourceText.string(s[r])
            }
            j -= 1
        }
        return nil
    }
}
