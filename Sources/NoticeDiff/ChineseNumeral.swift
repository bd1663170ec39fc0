import NoticeExtract
/// Reads numerals in folded text (simplified, ASCII digits; traditional forms also read, so an unfolded text works): `五十万` → 500000, `三万二千` → 32000,
/// `零点二` → 0.2, `二〇〇七` → 2007, `5万` → 50000, `1,500` → 1500. Grammar, not vocabulary.
enum ChineseNumeral {
    // The digit and unit vocabulary is the one numeral parser's; unfolded 萬/億 are read too.
    static func digit(_ c: Unicode.Scalar) -> Int? { NumeralParser.digitValue(c) }
    static func smallUnit(_ c: Unicode.Scalar) -> Double? { NumeralParser.smallUnit(c) }
    static func bigUnit(_ c: Unicode.Scalar) -> Double? {
        NumeralParser.bigUnit(c == "萬" ? "万" : c == "億" ? "亿" : c)
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
