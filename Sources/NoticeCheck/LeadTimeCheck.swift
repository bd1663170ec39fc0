import Foundation
import NoticeModel
import NoticeCalendar

/// A lead-time rule in one document (`执行文件的发布时间与落地时间之间不少于20个工作日`) applied to every document
/// of the set that gives both its date and its go-live date: working days strictly between are counted on the
/// holiday table. Too short → warning; long enough → info with the numbers (a rule from another document is a
/// benchmark, not binding, and the message says so).
public struct LeadTimeCheck: CrossCheck {
    public let name = "implementation_lead_time"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ docs: [CheckInput]) -> [Finding] {
        var rules: [(doc: CheckInput, range: Range<Int>, n: Int)] = []
        for d in docs {
            for m in d.scan.matches("(?:发布|印发|公布)[^。；]{0,12}?(?:落地|执行|实施)[^。；]{0,12}?(?:不少于|不得少于|至少)([0-9]+|[一二三四五六七八九十]+)个?工作日") {
                if let n = ChineseNumber.parse(d.scan.text(m.groups[0]!)).map({ Int($0) }) { rules.append((d, m.range, n)) }
            }
        }
        var out: [Finding] = []
        for rule in rules {
            for d in docs where CalendarScope.applies(d, calendar) {
                guard let signed = d.documentDate, let go = d.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }), signed < go else { continue }
                let between = calendar.workdays(strictlyBetween: signed, and: go)
                let earliest = DayCount.adding(1, to: calendar.adding(workdays: rule.n, to: signed))
                let same = d.path == rule.doc.path
                let ok = between >= rule.n
                var quotes = [rule.doc.quote(rule.doc.scan.sentence(around: rule.range.lowerBound))]
                if let g = d.scan.matches("自[^。；]{0,20}?起(?:执行|实施|施行)").first { quotes.append(d.quote(g.range)) }
                out.append(Finding(
                    check: name, severity: ok ? .info : .warning,
                    message: "\(d.fileName): \(between) working days strictly between its date \(signed.iso) and go-live \(go.iso); the rule\(same ? "" : " in \(rule.doc.fileName) (applied as a benchmark)") requires at least \(rule.n)"
                        + (ok ? "." : "; the earliest compliant go-live was \(earliest.iso)."),
                    quotes: quotes, basis: "\(rule.doc.fileName) rule; \(CalendarScope.basis(go, calendar))",
                    values: ["working_days_strictly_between": String(between),
                             "working_days_incl_go_live": String(between + (calendar.isWorkingDay(go) ? 1 : 0)),
                             "required": ">=\(rule.n)", "earliest_compliant_go_live": earliest.iso,
                             "finding": ok ? "pass" : "too_short"]))
            }
        }
        return out
    }
}
