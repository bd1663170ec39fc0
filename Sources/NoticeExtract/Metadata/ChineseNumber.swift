/// Reads the small numerals of dates and serial numbers: Arabic digits, positional Chinese digits (二〇二三) and
/// counted Chinese numerals (一百零九, 二十九, 十二).
enum ChineseNumber {
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": return Int(c.value - 0x30)
        case "〇", "零", "○", "Ｏ", "O": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func unit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { digit(c) != nil || unit(c) != nil }

    /// The value of a numeral, and whether it was written positionally (digit by digit: 2023, 二〇二三).
    static func value(_ s: ArraySlice<Unicode.Scalar>) -> (value: Int, positional: Bool)? {
        guard !s.isEmpty, s.count <= 12 else { return nil }
        if s.allSatisfy({ digit($0) != nil }) {
            var v = 0
            for c in s { v = v * 10 + digit(c)! }
            return (v, true)
        }
        // Counted form: 一百零九, 二十九, 十二, 一千九百八十.
        var total = 0, current = 0
        var sawDigit = false
        for c in s {
            if let d = digit(c) {
                current = d; sawDigit = true
            } else if let u = unit(c) {
                total += (current == 0 && !sawDigit ? 1 : current) * u
                current = 0; sawDigit = false
            } else { return nil }
        }
        return (total + current, false)
    }
}
