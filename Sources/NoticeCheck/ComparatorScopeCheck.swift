import NoticeModel

/// A comparator written once for two conjuncts (`订单响应率95%且配送及时率90%及以上`): the first figure has no
/// comparator of its own. Literally it is a fixed value; the likely reading shares the trailing comparator.
/// Reported as a warning with both readings; the text decides, not the extracted items.
public struct ComparatorScopeCheck: Check {
    public let name = "comparator_scope"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    static let number = "([0-9]+(?:\\.[0-9]+)?)"
    static let unit = "(%|万元|元|倍|个工作日|日|天|小时|个月|年)"

    /// A figure without a comparator conjoined with one whose comparator follows it (`95%且…90%及以上`).
    struct Shared {
        let first: Range<Int>, firstUnit: Range<Int>, second: Range<Int>, secondUnit: Range<Int>
        let metric: String
        let comparator: CheckLexicon.ComparatorWord
        let match: Range<Int>
    }

    func sharedComparators(_ s: TextScan) -> [Shared] {
        let pattern = Self.number + Self.unit + "(并且|而且|且|和|与|及|、)([^，。；,;：:\\n0-9]{1,14}?)" + Self.number + Self.unit
        var out: [Shared] = []
        for m in s.matches(pattern) {
            guard let n1 = m.groups[0], let u1 = m.groups[1], let n2 = m.groups[4], let u2 = m.groups[5],
                  s.text(u1) == s.text(u2),
                  lexicon.comparator(endingAt: n1.lowerBound, in: s) == nil,
                  lexicon.comparator(startingAt: u1.upperBound, in: s) == nil,
                  lexicon.comparator(endingAt: n2.lowerBound, in: s) == nil,
                  let shared = lexicon.comparator(startingAt: u2.upperBound, in: s) else { continue }
            let metric = metricBefore(n1.lowerBound, s)
            guard !metric.isEmpty else { continue }
            out.append(Shared(first: n1, firstUnit: u1, second: n2, secondUnit: u2, metric: metric, comparator: shared, match: m.range))
        }
        return out
    }

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        var out: [Finding] = []
        for sc in sharedComparators(s) {
            let (n1, u1, u2, metric, shared) = (sc.first, sc.firstUnit, sc.secondUnit, sc.metric, sc.comparator)
            let m = (range: sc.match, groups: [Range<Int>?]())
            let sentence = s.sentence(around: m.range.lowerBound)
            let end = u2.upperBound + shared.word.unicodeScalars.count
            let phraseStart = max(sentence.lowerBound, n1.lowerBound - metric.unicodeScalars.count)
            let items = input.document.thresholds.filter { $0.span.overlaps(Span(phraseStart..<n1.upperBound + 1)) || $0.span.contains(Span(n1)) }.map(\.id)
            let v = s.text(n1) + s.text(u1)
            out.append(Finding(
                check: name, severity: .warning,
                message: "'\(shared.word)' is written once for two conjuncts: '\(metric)\(v)' has no comparator of its own. Literal reading: \(metric) = \(v); likely reading: \(metric) \(Fmt.op(shared.op)) \(v) (shared). Both are reported, neither chosen silently.",
                items: items, quotes: [input.quote(phraseStart..<end)],
                basis: "internal: comparator attached only to the last conjunct (民法典1259 for '\(shared.word)')",
                values: ["metric": metric, "literal_op": "null", "default_op": Fmt.op(shared.op),
                         "default_value": s.text(n1), "finding": "missing_or_shared_comparator"]))
        }
        return out
    }

    /// The metric name right before a figure: back to the clause start, a `对`/`、`, or a verb-like break.
    func metricBefore(_ offset: Int, _ s: TextScan) -> String {
        let stops: Set<Unicode.Scalar> = ["对", "，", ",", "。", "；", ";", "、", "：", ":", "\n", "(", "（", " ", "的", "在"]
        var i = offset
        while i > 0 && !stops.contains(s.scalars[i - 1]) && offset - i < 12 { i -= 1 }
        return s.text(i..<offset)
    }
}
