import NoticeExtract

/// The numbers checks re-read next to the items they test (`十九`, `两`, `1.3万`, `54.20`), through the extractor's
/// one numeral parser.
public enum ChineseNumber {
    /// The value of `s`, or nil when it is not a whole number expression.
    public static func parse(_ s: String) -> Double? { NumeralParser().value(of: s) }

    /// A character class matching one numeral character (for patterns).
    public static let pattern = "[0-9０-９\\.零〇一二两兩三四五六七八九十百千万]+"
}
