import NoticeModel

/// Thresholds grouped into the rules they condition: conjuncts joined by `且` / `并且` / `同时` in one sentence form
/// one rule; a range written as two bounds (`2万元以上5万元以下`) is one item of a rule, not two opposing bands.
struct ThresholdRule: Sendable {
    var items: [Threshold]
    var sentence: Range<Int>
    var section: String?

    /// Bounds of the rule on one metric key (nil when the rule says nothing about it).
    func bounds(on key: MetricKey) -> [Threshold] { items.filter { MetricKey($0) == key } }
    var keys: [MetricKey] {
        var seen: [MetricKey] = []
        for t in items where !seen.contains(MetricKey(t)) { seen.append(MetricKey(t)) }
        return seen
    }
}

/// What makes two thresholds comparable: the same metric, unit and reference.
struct MetricKey: Hashable, Sendable {
    let metric: String
    let unit: ThresholdUnit
    let reference: String?
    init(_ t: Threshold) { metric = t.metric ?? ""; unit = t.unit; reference = t.reference }
}

extension Comparator {
    var isLower: Bool { self == .ge || self == .gt }
    var isUpper: Bool { self == .le || self == .lt }
    var inclusive: Bool { self == .ge || self == .le || self == .eq }
    /// The negation (`ge 95` fails as `lt 95`).
    var negated: Comparator {
        switch self { case .lt: .ge; case .le: .gt; case .gt: .le; case .ge: .lt; case .eq: .eq }
    }
}

enum ThresholdRules {
    static let conjunctions = ["并且", "而且", "同时", "且"]

    /// Directional thresholds with a metric, grouped into rules. Range bounds are kept but marked by `ranges`.
    /// With a lexicon, a figure whose comparator is written once for a conjunction (`订单响应率95%且…90%及以上`)
    /// and that extraction left out joins its rule as an unnamed item (id ``), read with the shared comparator.
    static func rules(_ input: CheckInput, lexicon: CheckLexicon? = nil) -> [ThresholdRule] {
        var all = input.document.thresholds
        if let lexicon {
            for sc in ComparatorScopeCheck(lexicon: lexicon).sharedComparators(input.scan) {
                guard !all.contains(where: { $0.span.range.overlaps(sc.first) }),
                      let partner = all.first(where: { $0.span.range.overlaps(sc.second) }),
                      let v = Double(input.scan.text(sc.first)) else { continue }
                let unit: ThresholdUnit
                switch input.scan.text(sc.firstUnit) { case "%": unit = .percent; case "元": unit = .yuan; case "倍": unit = .times; default: continue }
                guard unit == partner.unit else { continue }
                let start = sc.first.lowerBound - sc.metric.unicodeScalars.count
                all.append(Threshold(id: "", quote: input.text.quote(start..<sc.firstUnit.upperBound), span: Span(start..<sc.firstUnit.upperBound),
                                     section: partner.section, metric: sc.metric, op: .eq, value: v, unit: unit, reference: nil,
                                     rule: "comparator_scope"))
            }
        }
        let ts = all
            .filter { t in
                t.metric != nil && !(lexicon.map { $0.isSanction(t, in: input.scan) || !$0.isCondition(t, in: input.scan) } ?? false)
            }
            .sorted { $0.span < $1.span }
        let ranged = rangeMembers(ts)
        var rules: [ThresholdRule] = []
        for t in ts where !ranged.contains(t.id) {
            let sentence = input.scan.sentence(around: t.span.start)
            if var last = rules.last, last.sentence == sentence, let prev = last.items.last, prev.span.end <= t.span.start {
                let between = input.scan.text(prev.span.end..<t.span.start)
                if between.unicodeScalars.count <= 24, conjunctions.contains(where: { between.contains($0) }),
                   !between.contains("，"), !between.contains(",") {
                    last.items.append(t)
                    rules[rules.count - 1] = last
                    continue
                }
            }
            rules.append(ThresholdRule(items: [t], sentence: sentence, section: t.section))
        }
        // A fixed value conjoined with a bounded one shares its comparator (`95%且…90%及以上`, see comparator_scope);
        // other fixed values are not bands.
        return rules.compactMap { rule in
            var r = rule
            for i in r.items.indices where r.items[i].op == .eq {
                if let j = r.items[(i + 1)...].firstIndex(where: { $0.op != .eq && $0.unit == r.items[i].unit }) {
                    r.items[i].op = r.items[j].op
                }
            }
            r.items.removeAll { $0.op == .eq }
            return r.items.isEmpty ? nil : r
        }
    }

    /// Ids of thresholds that are one bound of a written range: two bounds of opposite direction on the same
    /// metric with the same or touching quotes (`2万元以上5万元以下`, `百分之一以上百分之十以下`).
    static func rangeMembers(_ ts: [Threshold]) -> Set<String> {
        var out = Set<String>()
        for (i, a) in ts.enumerated() {
            for b in ts[(i + 1)...] where MetricKey(a) == MetricKey(b) && a.op != .eq && b.op != .eq && a.op.isLower != b.op.isLower {
                let touching = a.span.overlaps(b.span) || a.span == b.span
                    || (b.span.start >= a.span.end && b.span.start - a.span.end <= 2)
                    || (a.span.start >= b.span.end && a.span.start - b.span.end <= 2)
                if touching { out.insert(a.id); out.insert(b.id) }
            }
        }
        return out
    }

    static func describe(_ key: MetricKey, _ op: Comparator, _ v: Double) -> String {
        "\(key.metric) \(Fmt.op(op)) \(Fmt.num(v))\(Fmt.unit(key.unit))"
    }
}
