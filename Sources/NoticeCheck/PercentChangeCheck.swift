import NoticeModel

/// A stated percentage next to the before/after figures it summarises (`从1.3万元降至700元左右，平均降价93%`).
/// The computed change must meet the stated one within its rounding (half a unit of its last digit) and the
/// slack of approximate figures (`左右`/`约`: ±5%). With several pairs before one percentage, the simple mean or
/// the pooled change may match. Consistent figures raise nothing.
public struct PercentChangeCheck: Check {
    public let name = "percent_vs_before_after"
    public init() {}

    static let approxSlack = 0.05
    static let num = "([0-9]+(?:\\.[0-9]+)?)"
    static let down = "(?:下降至|下降到|降低至|降低到|减少至|减少到|降至|降到|减至)"
    static let up = "(?:上升至|上升到|增加至|增加到|增长至|增长到|提高至|提高到|增至|升至)"

    struct Pair { let range: Range<Int>; let before: Double; let after: Double; let approxBefore: Bool; let approxAfter: Bool; let up: Bool }

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        let pairPattern = "从(?:原均价|原价|均价|原)?(约)?" + Self.num + "(万元|元|亿元|万|亿|%)(左右)?(" + Self.down + "|" + Self.up + ")(约)?"
            + Self.num + "(万元|元|亿元|万|亿|%)(左右)?"
        var pairs: [Pair] = []
        for m in s.matches(pairPattern) {
            let g = m.groups
            guard let b = g[1], let bu = g[2], let verb = g[4], let a = g[6], let au = g[7],
                  let bv = Self.amount(s.text(b), s.text(bu)), let av = Self.amount(s.text(a), s.text(au)), bv > 0 else { continue }
            pairs.append(Pair(range: m.range, before: bv, after: av, approxBefore: g[0] != nil || g[3] != nil,
                              approxAfter: g[5] != nil || g[8] != nil, up: !Self.isDown(s.text(verb))))
        }
        var out: [Finding] = []
        var used = Set<Int>()
        for m in s.matches("(?:平均)?(降价|降幅|下降|降低|减少|增长|增幅|上涨|提高|增加)(?:了|幅度为|幅度达|达|为)?" + Self.num + "%") {
            guard let pr = m.groups[1] else { continue }
            let sentence = s.sentence(around: m.range.lowerBound)
            let mine = pairs.enumerated().filter { i, p in
                !used.contains(i) && p.range.lowerBound >= sentence.lowerBound && p.range.upperBound <= m.range.lowerBound
            }
            guard !mine.isEmpty else { continue }
            mine.forEach { used.insert($0.offset) }
            let ps = mine.map(\.element)
            let stated = Double(s.text(pr))!
            let decimals = s.text(pr).split(separator: ".").dropFirst().first?.count ?? 0
            var half = 0.5
            for _ in 0..<decimals { half /= 10 }
            if let f = verdict(ps, stated: stated, half: half, quote: ps[0].range.lowerBound..<m.range.upperBound, input) {
                out.append(f)
            }
        }
        return out
    }

    static func isDown(_ verb: String) -> Bool { ["降", "减"].contains { verb.contains($0) } }

    static func amount(_ n: String, _ unit: String) -> Double? {
        guard let v = Double(n) else { return nil }
        switch unit {
        case "万元", "万": return v * 10_000
        case "亿元", "亿": return v * 100_000_000
        default: return v
        }
    }

    /// Change in percent for one pair, and its interval under approximation.
    static func change(_ p: Pair) -> (mid: Double, lo: Double, hi: Double) {
        let eb = p.approxBefore ? approxSlack : 0, ea = p.approxAfter ? approxSlack : 0
        func pct(_ before: Double, _ after: Double) -> Double { p.up ? (after / before - 1) * 100 : (1 - after / before) * 100 }
        let a = pct(p.before * (1 - eb), p.after * (1 + ea)), b = pct(p.before * (1 + eb), p.after * (1 - ea))
        return (pct(p.before, p.after), min(a, b), max(a, b))
    }

    func verdict(_ ps: [Pair], stated: Double, half: Double, quote: Range<Int>, _ input: CheckInput) -> Finding? {
        let lo = stated - half, hi = stated + half
        let each = ps.map(Self.change)
        let mean: (mid: Double, lo: Double, hi: Double) = (each.map(\.mid).reduce(0, +) / Double(each.count),
                    each.map(\.lo).reduce(0, +) / Double(each.count), each.map(\.hi).reduce(0, +) / Double(each.count))
        let sb = ps.map(\.before).reduce(0, +), sa = ps.map(\.after).reduce(0, +)
        let pooled = Self.change(Pair(range: 0..<0, before: sb, after: sa, approxBefore: ps.contains { $0.approxBefore },
                                      approxAfter: ps.contains { $0.approxAfter }, up: ps[0].up))
        let candidates = ps.count == 1 ? [each[0]] : [mean, pooled]
        if candidates.contains(where: { $0.lo <= hi && lo <= $0.hi }) { return nil }
        let computed = ps.count == 1 ? each[0].mid : mean.mid
        let word = ps[0].up ? "increase" : "reduction"
        var values: [String: String] = [
            "computed_pct": Fmt.num(computed, digits: 2), "stated_pct": Fmt.num(stated, digits: 2),
            "delta_pp": Fmt.num(abs(computed - stated), digits: 1), "finding": "inconsistent_beyond_rounding",
        ]
        var arithmetic = ps.map { p in
            let b = Fmt.num(p.before), a = Fmt.num(p.after)
            return p.up ? "(\(a)-\(b))/\(b) = \(Fmt.num(Self.change(p).mid, digits: 1))%" : "(\(b)-\(a))/\(b) = \(Fmt.num(Self.change(p).mid, digits: 1))%"
        }.joined(separator: "; ")
        if ps.count == 1 {
            let p = ps[0]
            let implied = p.up ? p.before * (1 + stated / 100) : p.before * (1 - stated / 100)
            values["implied_after"] = Fmt.num(implied, digits: 2)
        } else {
            values["simple_mean_pct"] = Fmt.num(mean.mid, digits: 2); values["pooled_pct"] = Fmt.num(pooled.mid, digits: 2)
            arithmetic += "; mean \(Fmt.num(mean.mid, digits: 2))%, pooled \(Fmt.num(pooled.mid, digits: 2))%"
        }
        let approx = ps.contains { $0.approxAfter || $0.approxBefore }
        return Finding(
            check: name, severity: .warning,
            message: "The stated \(word) of \(Fmt.num(stated))% does not follow from the figures beside it: \(arithmetic)"
                + (approx ? " (even allowing ±5% for '左右')" : "") + ".",
            quotes: [input.quote(quote)],
            basis: "arithmetic: \(arithmetic); stated \(Fmt.num(stated))% ± \(Fmt.num(half, digits: 3)) (rounding)"
                + (approx ? ", approximate figures ± 5%" : ""),
            values: values)
    }
}
