import NoticeModel

/// The same metric and bound written with words of different boundary meaning in one document (`低于90%` /
/// `未达到90%` exclude 90%, `90%以下` includes it): at exactly the bound, the rules disagree about whether they
/// apply. Ranges written as two bounds are left out (their bounds are not a boundary choice).
public struct BoundaryMismatchCheck: Check {
    public let name = "boundary_mismatch_same_metric"
    let lexicon: CheckLexicon?
    /// With a lexicon, sanction ranges (`处…以上…以下罚款`) and caps (`不得超过保险价值`) are left out.
    public init(lexicon: CheckLexicon? = nil) { self.lexicon = lexicon }

    public func run(_ input: CheckInput) -> [Finding] {
        let ts = input.document.thresholds.filter { t in
            t.metric != nil && t.op != .eq
                && !(lexicon.map { l in l.isSanction(t, in: input.scan) || !l.isCondition(t, in: input.scan) } ?? false)
        }
        let ranged = ThresholdRules.rangeMembers(ts.sorted { $0.span < $1.span })
        struct Key: Hashable { let key: MetricKey; let value: Double; let upper: Bool }
        var groups: [Key: [Threshold]] = [:]
        var order: [Key] = []
        for t in ts where !ranged.contains(t.id) {
            let k = Key(key: MetricKey(t), value: t.value, upper: t.op.isUpper)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(t)
        }
        var out: [Finding] = []
        for k in order {
            let g = groups[k]!.sorted { $0.span < $1.span }
            let strict = g.filter { !$0.op.inclusive }, inclusive = g.filter { $0.op.inclusive }
            guard !strict.isEmpty, !inclusive.isEmpty else { continue }
            let v = "\(Fmt.num(k.value))\(Fmt.unit(k.key.unit))"
            var ops: [String] = []
            for t in g { let e = "\(t.quote) → \(Fmt.op(t.op))"; if !ops.contains(e) { ops.append(e) } }
            let side = k.upper ? "below" : "above"
            out.append(Finding(
                check: name, severity: .warning,
                message: "\(k.key.metric) \(v) is written both exclusive (\(strict.map(\.quote).joined(separator: ", "))) and inclusive (\(inclusive.map(\.quote).joined(separator: ", "))): at exactly \(v) the \(side)-bound rules disagree.",
                items: g.map(\.id),
                quotes: g.map { input.quote(input.scan.sentence(around: $0.span.start)) },
                basis: "民法典1259 (以下/以上 include the number); 低于/未达到/超过 exclude it by ordinary meaning",
                values: ["metric": k.key.metric, "value": Fmt.num(k.value), "ops": ops.joined(separator: "; "),
                         "finding": "boundary_mismatch", "at": "\(k.key.metric) = \(v)"]))
        }
        return out
    }
}
