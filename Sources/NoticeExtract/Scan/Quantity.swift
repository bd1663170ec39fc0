import NoticeModel

/// A number with its unit (`90%`, `五十万元`, `2个工作日`, `1.5倍`, `3家`).
struct Quantity: Sendable {
    var value: Double
    var unit: ExtractLexicon.UnitWord
    /// The numeral, including share words (`百分之`) and `%`.
    var numeral: Range<Int>
    /// The numeral and its unit word.
    var range: Range<Int>

    var timeUnit: TimeUnit? { if case .time(let t) = unit { return t } else { return nil } }

    var thresholdUnit: ThresholdUnit {
        switch unit {
        case .time(let t): return ThresholdUnit(t)
        case .quantity(let q): return q
        }
    }
}
