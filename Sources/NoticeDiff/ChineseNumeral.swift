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

    /// The value of a numeral run, or nil when it is not a well-formed numeral.
    static func value(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !run.isEmpty else { return nil }
        // Arabic part, possibly followed by 万/亿.
        if isASCIIDigit(run.first!) {
            var text = ""
            var rest = run.startIndex
            while rest < run.endIndex, isASCIIDigit(run[rest]) || run[rest] == "." || run[rest] == "," {
                if run[rest] != "," { text.unicodeScalars.append(run[rest]) }
                rest += 1
            }
            guard var v = Double(text) else { return nil }
            while rest < run.endIndex, let b = bigUnit(run[rest]) { v *= b; rest += 1 }
            return rest == run.endIndex ? v : nil
        }
        // Positional digits (二〇〇七, 一一〇).
        if run.count > 1, run.allSatisfy({ digit($0) != nil }) {
            var v = 0.0
            for c in run { v = v * 10 + Double(digit(c)!) }
            return v
        }
        var total = 0.0, section = 0.0, number = 0.0
        var fraction = 0.0, scale = 0.1, inFraction = false
        var sawAny = false
        for c in run {
            if isPoint(c) { inFraction = true; continue }
            if let d = digit(c) {
                sawAny = true
                if inFraction { fraction += Double(d) * scale; scale /= 10 } else { number = Double(d) }
            } else if let u = smallUnit(c) {
                guard !inFraction else { return nil }
                sawAny = true
                section += (number == 0 ? 1 : number) * u
                number = 0
            } else if let b = bigUnit(c) {
                guard !inFraction, sawAny else { return nil }
                if b == 10_000 { total += (section + number) * b } else { total = (total + section + number) * b }
                section = 0; number = 0
            } else {
                return nil
            }
        }
        return sawAny ? total + section + number + fraction : nil
    }
}
