/// Reads the small numerals of dates and serial numbers: Arabic digits, positional Chinese digits (二〇二三) and
/// counted Chinese numerals (一百零九, 二十九, 十二).
enum ChineseNumber {
    // Digits and units are the numeral parser's; typed dates also use ○/Ｏ/O for 〇.
    static func digit(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
        if c == "○" || c == "Ｏ" || c == "O" { return 0 }
        return NumeralParser.digitValue(c)
    }

    static func unit(_ c: Unicode.Scalar) -> Int? { NumeralParser.smallUnit(c).map { Int($0) } }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { digit(c) != nil || unit(c) != nil }

    /// The value of a numeral, and whether it was written positionally (digit by digit: 2023, 二〇二三).
    /// The value of a numeral run in a date (`二〇二三` positional, `一百零九`, `二十九`, `2024`), through the one
    /// numeral parser; positional when written digit by digit.
    static func value(_ s: ArraySlice<Unicode.Scalar>) -> (value: Int, positional: Bool)? {
        guard !s.isEmpty, s.count <= 12 else { return nil }
        let positional = s.allSatisfy { digit($0) != nil }
        // ○/Ｏ/O stand in for 〇 in typed dates.
        var text = String.UnicodeScalarView()
        for c in s { text.append(c == "○" || c == "Ｏ" || c == "O" ? "〇" : c) }
        let str = String(text)
        if positional, s.count > 1, !s.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
            var v = 0
            for c in s { v = v * 10 + digit(c)! }   // 二〇〇七 with a 两 or mixed digits stays positional
            return (v, true)
        }
        guard let v = NumeralParser().value(of: str), v == v.rounded() else { return nil }
        return (Int(v), positional)
    }
}
