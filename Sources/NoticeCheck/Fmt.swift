import NoticeModel

/// Small formatting helpers shared by the checks' messages and values.
enum Fmt {
    /// `90.0` → `90`, `54.2` → `54.2`, `94.615…` → `94.6` (at most `digits` decimals, trailing zeros dropped).
    static func num(_ v: Double, digits: Int = 2) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let r = (v * p).rounded() / p
        var s = String(r)
        if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
        return s
    }

    static func op(_ c: Comparator) -> String {
        switch c { case .lt: "<"; case .le: "<="; case .gt: ">"; case .ge: ">="; case .eq: "=" }
    }

    static func unit(_ u: ThresholdUnit) -> String {
        switch u {
        case .percent: "%"; case .yuan: "元"; case .twd: "新台币元"; case .times: "倍"; case .count: ""
        case .hour: "小时"; case .day: "日"; case .workday: "个工作日"; case .week: "周"; case .month: "个月"
        case .quarter: "季度"; case .year: "年"
        }
    }
}
