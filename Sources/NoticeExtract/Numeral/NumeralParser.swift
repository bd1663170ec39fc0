/// One parser for every numeral form of the conventions: Arabic (`95`, `1.3`, `1,000`, with `万`/`亿`),
/// Chinese 小写 and 大写 (`十五`, `二万`, `一百五`, `壹万贰仟`, `两`), decimals (`零点一`), and shares
/// (`百分之十`, `千分之一`, `万分之五`, `五分之一`, `95%`, `5‰`). Works on the folded text (simplified, ASCII digits).
/// It reads numbers only; whether a number is a quantity (a unit follows) or part of a code, a name or an ordinal
/// is decided by `QuantityScanner`.
public struct NumeralParser: Sendable {
    public init() {}

    public static func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "零", "〇": return 0
        case "一", "壹": return 1
        case "二", "两", "兩", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    public static func smallUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    public static func bigUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "万": return 1e4
        case "亿": return 1e8
        default: return nil
        }
    }

    /// True when `c` can start a Chinese numeral.
    static func isChineseNumeralStart(_ c: Unicode.Scalar) -> Bool {
        digitValue(c) != nil || c == "十" || c == "拾"
    }

    /// The value of a whole string that is one numeral (`十九`, `1.3万`, `二十四`), nil otherwise or for shares.
    /// Other stages (checks, calendar phrases) re-read numbers with this instead of parsers of their own.
    /// Accepts unfolded traditional forms (萬, 億, 點) and a leading 百/千 (`百分之十` → the 百 of it is 100).
    public func value(of string: String) -> Double? {
        var s: [Unicode.Scalar] = string.unicodeScalars.map { c in
            switch c { case "萬": return "万"; case "億": return "亿"; case "點": return "点"; default: return c }
        }
        if let f = s.first, f == "百" || f == "佰" || f == "千" || f == "仟" { s.insert("一", at: 0) }
        guard let m = parse(s, at: 0), m.range.upperBound == s.count, m.form != .percent else { return nil }
        return m.value
    }

    /// Parses a numeral starting exactly at `i` (no skipping). Returns nil when nothing numeric starts there.
    public func parse(_ s: [Unicode.Scalar], at i: Int) -> NumeralMatch? {
        guard i < s.count else { return nil }
        // Shares written first: 百分之X, 千分之X, 万分之X.
        for (prefix, scale) in [(Self.percentOf, 1.0), (Self.permilleOf, 0.1), (Self.perTenThousandOf, 0.01)] {
            if s.matches(prefix, at: i), let inner = parsePlain(s, at: i + prefix.count) {
                return NumeralMatch(value: inner.value * scale, range: i..<inner.end, form: .percent)
            }
            // 百分之百: the whole.
            if s.matches(prefix, at: i), scale == 1, s.at(i + prefix.count) == "百" {
                return NumeralMatch(value: 100, range: i..<(i + prefix.count + 1), form: .percent)
            }
        }
        guard let first = parsePlain(s, at: i) else { return nil }
        var end = first.end
        // N分之M: a fraction, as percent.
        if s.matches(Self.fractionOf, at: end), first.value > 0, let m = parsePlain(s, at: end + 2) {
            return NumeralMatch(value: Self.round(m.value / first.value * 100), range: i..<m.end, form: .percent)
        }
        if let c = s.at(end), c == "%" {
            end += 1
            return NumeralMatch(value: first.value, range: i..<end, form: .percent)
        }
        if let c = s.at(end), c == "‰" {
            end += 1
            return NumeralMatch(value: first.value / 10, range: i..<end, form: .percent)
        }
        return NumeralMatch(value: first.value, range: i..<end, form: first.chinese ? .chinese : .arabic)
    }

    static let percentOf: [Unicode.Scalar] = "百分之".scalars
    static let permilleOf: [Unicode.Scalar] = "千分之".scalars
    static let perTenThousandOf: [Unicode.Scalar] = "万分之".scalars
    static let fractionOf: [Unicode.Scalar] = "分之".scalars

    struct Plain { var value: Double; var end: Int; var chinese: Bool }

    /// An Arabic or Chinese number with its `万`/`亿` multipliers, no share forms.
    func parsePlain(_ s: [Unicode.Scalar], at i: Int) -> Plain? {
        guard let c = s.at(i) else { return nil }
        if CharClass.isDigit(c) { return parseArabic(s, at: i) }
        if Self.isChineseNumeralStart(c) { return parseChinese(s, at: i) }
        return nil
    }

    func parseArabic(_ s: [Unicode.Scalar], at start: Int) -> Plain? {
        var i = start
        var intPart = 0.0
        var digits = 0
        while i < s.count {
            let c = s[i]
            if CharClass.isDigit(c) {
                intPart = intPart * 10 + Double(c.value - 0x30); digits += 1; i += 1
            } else if c == ",", digits > 0, i + 3 < s.count + 0,
                      (1...3).allSatisfy({ s.at(i + $0).map(CharClass.isDigit) ?? false }),
                      !(s.at(i + 4).map(CharClass.isDigit) ?? false) {
                i += 1 // thousands separator: exactly three digits follow
            } else { break }
        }
        guard digits > 0 else { return nil }
        var value = intPart
        if let dot = s.at(i), dot == ".", let d = s.at(i + 1), CharClass.isDigit(d) {
            i += 1
            var scale = 0.1
            while let d = s.at(i), CharClass.isDigit(d) { value += Double(d.value - 0x30) * scale; scale /= 10; i += 1 }
        }
        // Chinese multipliers after Arabic digits: 1.3万, 5千万, 2亿.
        var mult = 1.0
        var j = i
        while let c = s.at(j) {
            if let b = Self.bigUnit(c) { mult *= b; j += 1 }
            else if let u = Self.smallUnit(c), u >= 100, let n = s.at(j + 1), Self.bigUnit(n) != nil { mult *= u; j += 1 }
            else { break }
        }
        return Plain(value: Self.round(value * mult), end: j, chinese: false)
    }

    func parseChinese(_ s: [Unicode.Scalar], at start: Int) -> Plain? {
        var i = start
        // Digit-by-digit form (二〇二三, 一九九九): two or more digits in a row with no units.
        var run = 0
        while let c = s.at(start + run), let d = Self.digitValue(c), c != "两" { _ = d; run += 1 }
        if run >= 2, !(s.at(start + run).map { Self.smallUnit($0) != nil || Self.bigUnit($0) != nil } ?? false) {
            var v = 0.0
            for k in 0..<run { v = v * 10 + Double(Self.digitValue(s[start + k])!) }
            return Plain(value: v, end: start + run, chinese: true)
        }
        var high = 0.0      // ≥ 亿
        var wan = 0.0       // 万 part
        var section = 0.0   // below 万
        var current: Double? = nil
        var lastUnit = 1.0
        var zeroSeen = false
        var lastWasUnit = false
        var consumed = false
        while let c = s.at(i) {
            if let d = Self.digitValue(c) {
                if d == 0 { zeroSeen = true; current = nil; lastWasUnit = false; i += 1; consumed = true; continue }
                if current != nil && !lastWasUnit { break } // 三四 inside words: stop
                current = Double(d); lastWasUnit = false
            } else if let u = Self.smallUnit(c) {
                // 十十, 零十: a unit right after the same unit or after a leading 零 is not a numeral.
                if i > start, current == nil, s[i - 1] == c || zeroSeen && i - start == 1 { break }
                section += (current ?? 1) * u; current = nil; lastUnit = u; lastWasUnit = true; zeroSeen = false
            } else if let b = Self.bigUnit(c) {
                guard consumed else { return nil }
                if b == 1e4 {
                    wan = (section + (current ?? 0)) * 1e4
                    if wan == 0 { wan = 1e4 }
                } else {
                    high = (wan + section + (current ?? 0)) * 1e8
                    if high == 0 { high = 1e8 }
                    wan = 0
                }
                section = 0; current = nil; lastUnit = b; lastWasUnit = true; zeroSeen = false
            } else { break }
            consumed = true
            i += 1
        }
        guard consumed else { return nil }
        if let cur = current {
            // 一百五 = 150, 三万五 = 35000 (colloquial: a trailing digit right after a unit scales by unit/10).
            let afterUnit = i - start >= 2 && (Self.smallUnit(s[i - 2]) != nil || Self.bigUnit(s[i - 2]) != nil)
            if !zeroSeen && afterUnit && lastUnit >= 100 {
                section += cur * lastUnit / 10
            } else {
                section += cur
            }
        }
        var value = high + wan + section
        // Decimal: 零点一, 三点五.
        if let p = s.at(i), p == "点", let d0 = s.at(i + 1), Self.digitValue(d0) != nil {
            var j = i + 1
            var scale = 0.1
            while let d = s.at(j), let v = Self.digitValue(d) { value += Double(v) * scale; scale /= 10; j += 1 }
            i = j
            if let b = s.at(i).flatMap(Self.bigUnit) { value *= b; i += 1 }
        }
        return Plain(value: Self.round(value), end: i, chinese: true)
    }

    /// Removes binary noise from decimal arithmetic (0.1 * 3 → 0.3).
    static func round(_ v: Double) -> Double { (v * 1e9).rounded() / 1e9 }
}
