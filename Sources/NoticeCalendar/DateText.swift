/// Dates written in anchors: ISO `2025-08-29` or `2025年8月29日` (Arabic digits; the text layer folds widths).
enum DateText {
    /// The first date written in `s`, if any.
    static func firstDate(in s: String) -> CalendarDate? {
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            if let (date, _) = date(at: i, in: chars) { return date }
            i += 1
        }
        return nil
    }

    private static func number(at i: Int, in c: [Character], maxDigits: Int) -> (Int, Int)? {
        var j = i
        var v = 0
        while j < c.count, j - i < maxDigits, let d = c[j].wholeNumberValue, c[j].isASCII {
            v = v * 10 + d; j += 1
        }
        return j > i ? (v, j) : nil
    }

    private static func date(at i: Int, in c: [Character]) -> (CalendarDate, Int)? {
        if i > 0, c[i - 1].isASCII, c[i - 1].isNumber { return nil }
        guard let (y, j) = number(at: i, in: c, maxDigits: 4), j - i == 4, j < c.count else { return nil }
        let sep1 = c[j]
        guard sep1 == "-" || sep1 == "年" else { return nil }
        guard let (m, k) = number(at: j + 1, in: c, maxDigits: 2), k < c.count else { return nil }
        let sep2: Character = sep1 == "-" ? "-" : "月"
        guard c[k] == sep2, let (d, l) = number(at: k + 1, in: c, maxDigits: 2) else { return nil }
        if sep1 == "年" { guard l < c.count, c[l] == "日" || c[l] == "号" else { return nil } }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (date, l)
    }
}
