/// Reads the numbers checks need: Arabic (`1.3`, `54.20`), Chinese (`十九`, `两`, `一百零五`) and a trailing
/// `万` / `亿` multiplier (`1.3万` → 13000). The extractor has the full numeral grammar; checks only re-read
/// counts and amounts next to the items they test.
public enum ChineseNumber {
    static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// The value of `s`, or nil when it is not a whole number expression.
    public static func parse(_ s: String) -> Double? {
        var scalars = Array(s.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        var multiplier = 1.0
        if let last = scalars.last, last == "万" || last == "亿" {
            multiplier = last == "万" ? 10_000 : 100_000_000
            scalars.removeLast()
            guard !scalars.isEmpty else { return nil }
        }
        if scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) {
            guard let v = Double(String(String.UnicodeScalarView(scalars))) else { return nil }
            return v * multiplier
        }
        guard let v = parseChinese(scalars) else { return nil }
        return Double(v) * multiplier
    }

    static func parseChinese(_ s: [Unicode.Scalar]) -> Int? {
        var total = 0, section = 0, current = -1
        for c in s {
            if let d = digits[c] {
                current = d
            } else if let u = units[c] {
                section += (current < 0 ? 1 : current) * u
                current = -1
            } else if c == "万" {
                section += max(current, 0)
                total += section * 10_000
                section = 0; current = -1
            } else {
                return nil
            }
        }
        if current >= 0 { section += current }
        return total + section
    }

    /// A character class matching one numeral character (for patterns).
    public static let pattern = "[0-9０-９\\.零〇一二两兩三四五六七八九十百千万]+"
}
