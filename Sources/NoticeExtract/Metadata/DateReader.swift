/// A calendar date found in the text.
public struct DateMatch: Sendable, Hashable {
    /// Where the date is written (scalar offsets), from the year (or its 中华民国 prefix) to `日`.
    public let range: Range<Int>
    /// ISO `YYYY-MM-DD`.
    public let iso: String
    /// The year was a 中华民国 (ROC) year and 1911 was added.
    public let roc: Bool
}

/// Finds written dates: `2024年6月7日`, `二〇二三年六月二十九日`, `中华民国一百零九年一月十五日` (ROC + 1911; a counted
/// year such as 一百零九 is always an ROC year), and, for labelled field values only, `2022-06-02`, `2024/06/18` and
/// `20150624`. Partial dates (`2024年初`, `5月底`), codes (`LM-HD2024-01`) and timestamps are not dates.
public enum DateReader {
    typealias S = Unicode.Scalar

    /// Every `年月日` date in `range` of the folded text.
    public static func find(in s: [Unicode.Scalar], range: Range<Int>) -> [DateMatch] {
        var out: [DateMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "年", let m = dateAround(year: i, s, range) {
                out.append(m)
                i = m.range.upperBound
            } else { i += 1 }
        }
        return out
    }

    /// Reads a date with `年` at `y`: the numeral before it, then month and day.
    static func dateAround(year y: Int, _ s: [S], _ range: Range<Int>) -> DateMatch? {
        var yEnd = y
        while yEnd > range.lowerBound, MetaScan.isSpace(s[yEnd - 1]) { yEnd -= 1 }
        var a = yEnd
        while a > range.lowerBound, ChineseNumber.isNumeral(s[a - 1]) { a -= 1 }
        guard a < yEnd else { return nil }
        var start = a
        let rocPrefix: Bool
        if let p = rocPrefixStart(s, before: a, range) { rocPrefix = true; start = p } else { rocPrefix = false }
        guard let year = ChineseNumber.value(s[a..<yEnd]) else { return nil }
        var j = y + 1
        guard let (month, afterMonth) = number(s, from: j, range, unit: "月"), (1...12).contains(month) else { return nil }
        j = afterMonth
        guard let (day, afterDay) = number(s, from: j, range, unit: "日") else { return nil }
        let roc = rocPrefix || !year.positional
        let gregorian: Int
        if roc {
            guard (1...200).contains(year.value) else { return nil }
            gregorian = year.value + 1911
        } else {
            guard yEnd - a == 4, (1900...2100).contains(year.value) else { return nil }
            gregorian = year.value
        }
        guard (1...daysIn(month, gregorian)).contains(day) else { return nil }
        return DateMatch(range: start..<afterDay, iso: iso(gregorian, month, day), roc: roc)
    }

    /// `中华民国` or `民国` ending at `a`.
    static func rocPrefixStart(_ s: [S], before a: Int, _ range: Range<Int>) -> Int? {
        for p in ["中华民国", "民国"] {
            let ps = Array(p.unicodeScalars)
            if a - ps.count >= range.lowerBound, MetaScan.matches(s, ps, at: a - ps.count, limit: a) { return a - ps.count }
        }
        return nil
    }

    /// A numeral (spaces allowed around it) followed by `unit`.
    static func number(_ s: [S], from: Int, _ range: Range<Int>, unit: S) -> (Int, Int)? {
        var j = from
        while j < range.upperBound, MetaScan.isSpace(s[j]) { j += 1 }
        let n0 = j
        while j < range.upperBound, ChineseNumber.isNumeral(s[j]), j - n0 < 4 { j += 1 }
        guard j > n0, let v = ChineseNumber.value(s[n0..<j]) else { return nil }
        while j < range.upperBound, MetaScan.isSpace(s[j]) { j += 1 }
        guard j < range.upperBound, s[j] == unit else { return nil }
        return (v.value, j + 1)
    }

    /// A labelled field value (`[ 成文日期 ] 2022-06-02`, `发布时间:2024/06/18`, `最新异动日期：20150624`): the date at
    /// the start of `range` (after spaces). A value followed by a time of day is a timestamp and gives nil.
    public static func labelledValue(in s: [Unicode.Scalar], range: Range<Int>) -> DateMatch? {
        let r = MetaScan.trim(s, range)
        guard !r.isEmpty else { return nil }
        if let m = find(in: s, range: r).first, m.range.lowerBound == r.lowerBound { return m }
        var j = r.lowerBound
        func digits(_ max: Int) -> Int? {
            let d0 = j
            while j < r.upperBound, MetaScan.isDigit(s[j]), j - d0 < max { j += 1 }
            guard j > d0 else { return nil }
            return Int(MetaScan.compact(s, d0..<j))
        }
        let y0 = j
        guard let first = digits(8) else { return nil }
        let y: Int, m: Int, d: Int
        if j - y0 == 8 {
            y = first / 10000; m = first / 100 % 100; d = first % 100
        } else {
            guard j - y0 == 4, j < r.upperBound else { return nil }
            let sep = s[j]
            guard sep == "-" || sep == "/" || sep == "." else { return nil }
            j += 1
            guard let mm = digits(2), j < r.upperBound, s[j] == sep else { return nil }
            j += 1
            guard let dd = digits(2) else { return nil }
            y = first; m = mm; d = dd
        }
        // Reject timestamps: a time of day (`17:31`) after the date.
        var k = j
        while k < r.upperBound, MetaScan.isSpace(s[k]) { k += 1 }
        if k < r.upperBound, MetaScan.isDigit(s[k]) {
            var t = k
            while t < r.upperBound, MetaScan.isDigit(s[t]) { t += 1 }
            if t < r.upperBound, MetaScan.isColon(s[t]) { return nil }
        }
        if j < r.upperBound, MetaScan.isDigit(s[j]) { return nil }
        guard (1900...2100).contains(y), (1...12).contains(m), (1...daysIn(m, y)).contains(d) else { return nil }
        return DateMatch(range: y0..<j, iso: iso(y, m, d), roc: false)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ w: Int) -> String { let t = String(v); return String(repeating: "0", count: max(0, w - t.count)) + t }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
