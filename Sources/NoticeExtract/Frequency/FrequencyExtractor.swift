import NoticeModel

/// Explicit recurrences: `按月`, `按季度`, `每年`, `每半年一次`, `逐年`, `每年度`, `至少每五年一次` (year × 5),
/// `每二年`. Plain `定期` / `经常` is not a frequency; neither is `每逾二日` (a per-delay surcharge).
struct FrequencyExtractor: Sendable {
    let parser = NumeralParser()

    /// Period words after 按/每/逐, longest first.
    static let periods: [([Unicode.Scalar], Recurrence)] = ([
        ("会计年度", .year), ("半年度", .halfyear), ("半年", .halfyear), ("季度", .quarter), ("年度", .year), ("星期", .week),
        ("工作日", .day), ("个月", .month), ("月度", .month), ("年", .year), ("季", .quarter), ("月", .month),
        ("周", .week), ("日", .day), ("天", .day),
    ] as [(String, Recurrence)]).map { ($0.0.scalars, $0.1) }

    func extract(_ s: [Unicode.Scalar], in range: Range<Int>) -> [RawFrequency] {
        var out: [RawFrequency] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            guard c == "按" || c == "每" || c == "逐" else { i += 1; continue }
            var j = i + 1
            var multiple = 1
            // 每逾二日加征百分之一: a surcharge that recurs every N days of delay.
            let overdue = c == "每" && s.at(j) == "逾"
            if overdue { j += 1 }
            if c == "每", let m = parser.parse(s, at: j), m.form != .percent, m.value >= 1, m.value < 100, m.value == m.value.rounded() {
                multiple = Int(m.value); j = m.range.upperBound
            }
            if c == "每", s.at(j) == "个" { j += 1 }
            if overdue && j == i + 2 { i += 1; continue } // 每逾 with no count is not a recurrence
            guard let (word, every) = Self.periods.first(where: { s.matches($0.0, at: j) }) else { i += 1; continue }
            var end = j + word.count
            // 按日/按月 followed by a noun that makes it a unit of account, not a recurrence (按月份, 按年龄, 按日计).
            if c == "按", let n = s.at(end), n == "份" || n == "龄" || n == "薪" || n == "计" || n == "利" { i = end; continue }
            if c == "逐", every != .year { i = end; continue } // 逐年 only (逐月/逐日 are rare and ambiguous)
            if s.matches("一次".scalars, at: end) { end += 2 }
            var start = i
            if s.matches("至少".scalars, endingAt: i) { start = i - 2 }
            var e = every
            var mult = multiple
            if every == .month && multiple == 6 { e = .halfyear; mult = 1 }
            if every == .month && multiple == 3 { e = .quarter; mult = 1 }
            if every == .month && multiple == 12 { e = .year; mult = 1 }
            out.append(RawFrequency(range: start..<end, every: e, multiple: mult, rule: overdue ? "frequency:每逾" : "frequency:" + String(Character(c))))
            i = end
        }
        return out
    }
}
