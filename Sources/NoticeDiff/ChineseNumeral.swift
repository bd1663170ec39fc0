import NoticeExtract
/// Reads numerals in folded text (simplified, ASCII digits; traditional forms also read, so an unfolded text works): `五十万` → 500000, `三万二千` → 32000,
/// `零点二` → 0.2, `二〇〇七` → 2007, `5万` → 50000, `1,500` → 1500. Grammar, not vocabulary.
enum ChineseNumeral {
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两", "兩": return 2
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

    static func smallUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "十": return 10
        case "百": return 100
        case "千": return 1000
        default: return nil
        }
    }

    static func bigUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    static func isPoint(_ c: Unicode.Scalar) -> Bool { c == "点" || c == "點" }

    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// A scalar that can be part of a numeral run.
    static func isNumeralScalar(_ c: Unicode.Scalar) -> Bool {
        isASCIIDigit(c) || digit(c) != nil || smallUnit(c) != nil || bigUnit(c) != nil
    }

    /// The end of the numeral run starting at `start` (`点`/`.`/`,` only between digits).
    static func runEnd(_ s: [Unicode.Scalar], from start: Int, upTo limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if isNumeralScalar(c) { i += 1; continue }
            if (isPoint(c) || c == "." || c == ",") && i > start && i + 1 < limit {
                let next = s[i + 1]
                let prev = s[i - 1]
                let bothArabic = isASCIIDigit(prev) && isASCIIDigit(next)
                let bothChinese = digit(prev) != nil || smallUnit(prev) != nil
                if isPoint(c) && bothChinese && digit(next) != nil { i += 1; continue }
                if !isPoint(c) && bothArabic { i += 1; continue }
            }
            break
        }
        return i
    }

    /// The value of a numeral run, or nil when it is not a well-formed numeral (the extractor's one parser).
    static func value(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        var folded = String.UnicodeScalarView()
        for c in run { folded.append(c == "點" ? "点" : c) }
        return NumeralParser().value(of: String(folded))
    }
}
