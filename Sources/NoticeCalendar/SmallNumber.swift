import NoticeExtract

/// Counts in calendar phrases (`第6个月末`, `五月底`, `十二`: below 100), through the extractor's one numeral parser.
enum SmallNumber {
    static func parse(_ s: String) -> Int? {
        guard let v = NumeralParser().value(of: s), v >= 0, v == v.rounded(), v < 100 else { return nil }
        return Int(v)
    }
}
