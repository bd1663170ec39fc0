import NoticeModel
import NoticeText

/// A numeral with its unit as written (`五十万元`, `三十工作日`, `百分之十`, `2008年8月1日`), found in the text
/// independently of the extractors, so the diff lists changed numbers even where no item was extracted.
public struct NumberToken: Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case plain, percent, permille, fraction, date }
    public var span: Span
    public var value: Double
    public var kind: Kind
    /// Up to two scalars after the numeral (folded), e.g. `元以`, `工作`, `日内`: the unit and its first modifier.
    public var unit: String
    /// The date for `.date` tokens (`2008-8-1`).
    public var date: String?

    /// What must be equal for two tokens to be the same number.
    var key: String {
        if let date { return "date:" + date }
        return "\(kind.rawValue):\(ContractNumber.format(value)):\(unit)"
    }
}

/// Formats numbers the way the contract prints them (`500000`, `0.2`).
enum ContractNumber {
    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }
}

/// Finds `NumberToken`s in folded text. Skips what is numbering, not a number: `第十五条`, `第 11 條`, `之一`,
/// list labels (`一、`, `（三）`, `2.`), and bare single-digit words that are not followed by a measure
/// (`统一`, `一律`).
struct NumberScanner: Sendable {
    /// Scalars that make a single Chinese digit a quantity (`一年`, `三倍`, `五日`).
    let measures: Set<Unicode.Scalar> = Set("元日天年月个個倍人次名项項小周週季件家台辆輛工岁歲%".unicodeScalars)

    /// Scalars before a lone 一 that make it part of a word (`上一年度`, `同一日`, `统一`).
    let wordBefore: Set<Unicode.Scalar> = Set("上下同唯统統任逐每".unicodeScalars)

    func scan(_ text: SourceText, in range: Range<Int>) -> [NumberToken] {
        let s = text.folded
        var out: [NumberToken] = []
        var i = range.lowerBound
        let limit = range.upperBound
        while i < limit {
            let c = s[i]
            // 百分之十 / 千分之零点二 / 三分之一
            if let (tok, end) = fraction(s, at: i, limit: limit) {
                out.append(tok); i = end; continue
            }
            guard ChineseNumeral.isNumeralScalar(c) else { i += 1; continue }
            let end = ChineseNumeral.runEnd(s, from: i, upTo: limit)
            if isNumbering(s, start: i, end: end, range: range) { i = end; continue }
            guard let v = ChineseNumeral.value(s[i..<end]) else { i = end; continue }
            if let (tok, dEnd) = date(s, start: i, runEnd: end, year: v, limit: limit) {
                out.append(tok); i = dEnd; continue
            }
            var j = end
            if j < limit, s[j] == "个" || s[j] == "個" { j += 1 }
            let single = end - i == 1 && !ChineseNumeral.isASCIIDigit(c)
            if single && (j >= limit || !measures.contains(s[j])) { i = end; continue }
            // 上一年度, 下一年, 同一日, 唯一: an ordinal or a word, not a quantity.
            if single && c == "一" && i > range.lowerBound && wordBefore.contains(s[i - 1]) { i = end; continue }
            var unit = String.UnicodeScalarView()
            var k = j
            while k < limit, unit.count < 2, isWordScalar(s[k]) || s[k] == "%" {
                unit.append(s[k]); k += 1
                if s[k - 1] == "%" { break }
            }
            if unit.first == "%" {
                out.append(NumberToken(span: Span(i, k), value: v, kind: .percent, unit: "", date: nil))
                i = k; continue
            }
            // Digits with no unit at all (a bare count in a list, a code) are not quantities.
            if unit.isEmpty { i = end; continue }
            var quoteEnd = min(k, j + 1)
            if j + 2 < limit, s[j] == "工", s[j + 1] == "作", s[j + 2] == "日" { quoteEnd = j + 3 }
            if j + 1 < limit, s[j] == "小", s[j + 1] == "时" || s[j + 1] == "時" { quoteEnd = j + 2 }
            out.append(NumberToken(span: Span(i, quoteEnd), value: v, kind: .plain, unit: String(unit), date: nil))
            i = end
        }
        return out
    }

    func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x4E00 && c.value <= 0x9FFF) || (c.value >= 0x3400 && c.value <= 0x4DBF)
    }

    /// `第…`, `之一`, labels `一、` `（一）` `1.` are numbering.
    func isNumbering(_ s: [Unicode.Scalar], start: Int, end: Int, range: Range<Int>) -> Bool {
        var p = start - 1
        while p >= range.lowerBound, s[p] == " " { p -= 1 }
        if p >= range.lowerBound, s[p] == "第" || s[p] == "之" { return true }
        if end < range.upperBound {
            let n = s[end]
            if n == "、" || n == "）" || n == ")" { return true }
            if n == "." && (end + 1 >= range.upperBound || !ChineseNumeral.isASCIIDigit(s[end + 1])) { return true }
            // Enumerations of article numbers (`第 19、25、35 條`, `47～49`).
            if n == "～" || n == "~" || n == "-" { return true }
        }
        if p >= range.lowerBound, s[p] == "（" || s[p] == "(" || s[p] == "～" || s[p] == "-" { return true }
        return false
    }

    func fraction(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (NumberToken, Int)? {
        // Denominator run, then 分之, then numerator run.
        guard ChineseNumeral.isNumeralScalar(s[i]) else { return nil }
        let denEnd = ChineseNumeral.runEnd(s, from: i, upTo: limit)
        guard denEnd + 2 < limit, s[denEnd] == "分", s[denEnd + 1] == "之" else { return nil }
        let numStart = denEnd + 2
        let numEnd = ChineseNumeral.runEnd(s, from: numStart, upTo: limit)
        guard numEnd > numStart, let den = ChineseNumeral.value(s[i..<denEnd]),
              let num = ChineseNumeral.value(s[numStart..<numEnd]), den > 0 else { return nil }
        let kind: NumberToken.Kind = den == 100 ? .percent : den == 1000 ? .permille : .fraction
        let value = kind == .fraction ? num / den : num
        return (NumberToken(span: Span(i, numEnd), value: value, kind: kind, unit: kind == .fraction ? ContractNumber.format(den) : "",
                            date: nil), numEnd)
    }

    /// `2008年8月1日`, `一百十一年十一月三十日`, `2024年6月`.
    func date(_ s: [Unicode.Scalar], start: Int, runEnd: Int, year: Double, limit: Int) -> (NumberToken, Int)? {
        guard runEnd < limit, s[runEnd] == "年" else { return nil }
        let mStart = runEnd + 1
        let mEnd = ChineseNumeral.runEnd(s, from: mStart, upTo: limit)
        guard mEnd > mStart, mEnd < limit, s[mEnd] == "月", let month = ChineseNumeral.value(s[mStart..<mEnd]),
              month >= 1, month <= 12 else { return nil }
        var end = mEnd + 1
        var date = "\(ContractNumber.format(year))-\(ContractNumber.format(month))"
        let dEnd = ChineseNumeral.runEnd(s, from: end, upTo: limit)
        if dEnd > end, dEnd < limit, s[dEnd] == "日", let day = ChineseNumeral.value(s[end..<dEnd]) {
            date += "-\(ContractNumber.format(day))"
            end = dEnd + 1
        }
        return (NumberToken(span: Span(start, end), value: year, kind: .date, unit: "date", date: date), end)
    }
}
