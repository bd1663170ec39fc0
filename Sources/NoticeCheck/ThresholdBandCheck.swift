import NoticeModel

/// Two rules of one section that put opposite bounds on the same metric (a reward at `≥ 90%`, a sanction at
/// `≤ 90%`): where both bounds include the same number the rules overlap (`threshold_overlap`, error); where
/// neither reaches it, or one rule adds a condition the other lacks, some cases fall under neither
/// (`coverage_gap`, info). Read with 民法典1259: 以上/以下 include the number, 超过/低于 do not.
public struct ThresholdBandCheck: Check {
    public let name = "threshold_overlap"
    public static let gapName = "coverage_gap"
    let lexicon: CheckLexicon?
    /// With a lexicon, conjuncts extraction missed are read from the text (see `ComparatorScopeCheck`).
    public init(lexicon: CheckLexicon? = nil) { self.lexicon = lexicon }

    public func run(_ input: CheckInput) -> [Finding] {
        let rules = ThresholdRules.rules(input, lexicon: lexicon)
        var out: [Finding] = []
        for (i, r1) in rules.enumerated() {
            for r2 in rules[(i + 1)...] where r1.section == r2.section && r1.section != nil || sameParagraph(r1, r2, input) {
                for key in r1.keys {
                    let b1 = r1.bounds(on: key), b2 = r2.bounds(on: key)
                    guard b1.count == 1, b2.count == 1 else { continue }
                    let a = b1[0], b = b2[0]
                    guard a.op.isLower != b.op.isLower, a.op.isLower || a.op.isUpper, b.op.isLower || b.op.isUpper else { continue }
                    let (lowRule, low, highRule, high) = a.op.isLower ? (r1, a, r2, b) : (r2, b, r1, a)
                    out.append(contentsOf: compare(key: key, lowRule: lowRule, low: low, highRule: highRule, high: high, input: input))
                }
            }
        }
        return out
    }

    /// Without sections, two rules in the same paragraph (no blank line between them) are compared.
    func sameParagraph(_ a: ThresholdRule, _ b: ThresholdRule, _ input: CheckInput) -> Bool {
        guard a.section == nil, b.section == nil else { return false }
        let lo = min(a.sentence.lowerBound, b.sentence.lowerBound), hi = max(a.sentence.upperBound, b.sentence.upperBound)
        return !input.scan.text(lo..<hi).contains("\n")
    }

    func compare(key: MetricKey, lowRule: ThresholdRule, low: Threshold, highRule: ThresholdRule, high: Threshold,
                 input: CheckInput) -> [Finding] {
        let quotes = [input.quote(lowRule.sentence.clamped(to: 0..<input.text.count)),
                      input.quote(highRule.sentence.clamped(to: 0..<input.text.count))]
        let items = (lowRule.items + highRule.items).map(\.id).filter { !$0.isEmpty }
        let v1 = low.value, v2 = high.value
        let lowText = ThresholdRules.describe(key, low.op, v1), highText = ThresholdRules.describe(key, high.op, v2)
        let u = Fmt.unit(key.unit)
        func others(_ r: ThresholdRule) -> [Threshold] { r.items.filter { MetricKey($0) != key } }
        let withText = (others(lowRule) + others(highRule)).map { ThresholdRules.describe(MetricKey($0), $0.op, $0.value) }
        let basis = "民法典1259 (以上/以下/以内 include the number; 超过/低于/不满 do not)"
        var values: [String: String] = [
            "metric": key.metric, "lower": "\(Fmt.op(low.op)) \(Fmt.num(v1))", "upper": "\(Fmt.op(high.op)) \(Fmt.num(v2))",
        ]
        var out: [Finding] = []
        if v1 < v2 || (v1 == v2 && low.op.inclusive && high.op.inclusive) {
            let region = v1 == v2 ? "\(key.metric) = \(Fmt.num(v1))\(u)" : "\(Fmt.num(v1))\(u) <= \(key.metric) <= \(Fmt.num(v2))\(u)"
            let at = region + (withText.isEmpty ? "" : " (with " + withText.joined(separator: " and ") + ")")
            values["finding"] = "overlap"; values["overlapAt"] = at
            out.append(Finding(check: name, severity: .error,
                               message: "Two rules both apply at \(at): one requires \(lowText), the other \(highText).",
                               items: items, quotes: quotes, basis: basis, values: values))
            values["overlapAt"] = nil
        }
        if v1 > v2 || (v1 == v2 && !low.op.inclusive && !high.op.inclusive) {
            let region = v1 == v2 ? "\(key.metric) = \(Fmt.num(v1))\(u)" : "\(Fmt.num(v2))\(u) < \(key.metric) < \(Fmt.num(v1))\(u)"
            values["finding"] = "gap"; values["region"] = region
            return [Finding(check: Self.gapName, severity: .info,
                            message: "No rule covers \(region): one applies at \(lowText), the other at \(highText).",
                            items: items, quotes: quotes, basis: basis, values: values)]
        }
        // The bands cover the metric; a condition only one rule adds leaves the rest of its side uncovered.
        for (rule, other, otherBound) in [(lowRule, highRule, high), (highRule, lowRule, low)] {
            let extra = others(rule).filter { t in !other.items.contains { MetricKey($0) == MetricKey(t) } }
            guard !extra.isEmpty else { continue }
            let outside = ThresholdRules.describe(key, otherBound.op.negated, otherBound.value)
            let fails = extra.map { ThresholdRules.describe(MetricKey($0), $0.op.negated, $0.value) }.joined(separator: " or ")
            let needs = extra.map { ThresholdRules.describe(MetricKey($0), $0.op, $0.value) }.joined(separator: " and ")
            let region = "\(outside) and \(fails)"
            var v = values
            v["finding"] = "gap"; v["region"] = region
            out.append(Finding(check: Self.gapName, severity: .info,
                               message: "Neither rule covers \(region): one rule also requires \(needs), the other does not reach past \(ThresholdRules.describe(key, otherBound.op, otherBound.value)).",
                               items: items, quotes: quotes, basis: "internal: union of the two rules' conditions; " + basis,
                               values: v))
        }
        return out
    }
}

