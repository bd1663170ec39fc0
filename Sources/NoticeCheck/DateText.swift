import NoticeCalendar

/// Dates as written in notices: `2024年6月7日`, `二〇二三年六月二十九日`, `2022-06-02`, `2024/06/18`.
enum DateText {
    static let pattern = "([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日"
    static let isoPattern = "([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})"

    static func date(year: String, month: String, day: String) -> CalendarDate? {
        // 二〇二三 is read digit by digit by the numeral parser.
        let y = year.unicodeScalars.count == 4 ? ChineseNumber.parse(year).map { Int($0) } : nil
        guard let y, let m = ChineseNumber.parse(month), let d = ChineseNumber.parse(day) else { return nil }
        return CalendarDate(year: y, month: Int(m), day: Int(d))
    }

    /// Every written date in a range, with its span.
    static func dates(in scan: TextScan, window: Range<Int>? = nil) -> [(range: Range<Int>, date: CalendarDate)] {
        var out: [(Range<Int>, CalendarDate)] = []
        for m in scan.matches(pattern, in: window) {
            guard let y = m.groups[0], let mo = m.groups[1], let d = m.groups[2],
                  let date = date(year: scan.text(y), month: scan.text(mo), day: scan.text(d)) else { continue }
            out.append((m.range, date))
        }
        return out.map { (range: $0.0, date: $0.1) }
    }

    /// A line that holds only a date (a signature / 印发 date line), with the date and whether it says 印发.
    static func dateLines(in scan: TextScan, window: Range<Int>? = nil) -> [(line: Range<Int>, date: CalendarDate, issued: Bool)] {
        var out: [(line: Range<Int>, date: CalendarDate, issued: Bool)] = []
        for m in scan.matches("(?m)^[ \\t\u{3000}]*" + pattern + "(印发|发布|制发)?[ \\t\u{3000}]*$", in: window) {
            guard let date = date(year: scan.text(m.groups[0]!), month: scan.text(m.groups[1]!), day: scan.text(m.groups[2]!))
            else { continue }
            out.append((line: scan.trimmed(m.range), date: date, issued: m.groups[3] != nil))
        }
        return out
    }
}
