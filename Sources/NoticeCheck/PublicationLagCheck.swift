import NoticeModel
import NoticeCalendar

/// 成文日期 vs 发布日期: a document published more than 20 working days after it was signed is late under
/// 政府信息公开条例 (2019) 第二十六条 when it falls in the 主动公开 scope. Info (the scope is not in the text).
public struct PublicationLagCheck: Check {
    public let name = "publication_lag"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        let doc = input.document.doc
        guard CalendarScope.applies(input, calendar), let signed = doc.signedDate.flatMap({ CalendarDate(iso: $0) }),
              let published = doc.publishedDate.flatMap({ CalendarDate(iso: $0) }), signed < published else { return [] }
        let limit = calendar.adding(workdays: 20, to: signed)
        guard published > limit else { return [] }
        let worked = calendar.workdays(strictlyBetween: signed, and: published) + (calendar.isWorkingDay(published) ? 1 : 0)
        let s = input.scan
        let quotes = s.lines.filter { s.text($0).contains(published.iso) || s.text($0).contains(signed.iso) }.prefix(2).map { input.quote(s.trimmed($0)) }
        return [Finding(
            check: name, severity: .info,
            message: "Published \(published.iso), \(DayCount.days(from: signed, to: published)) calendar days and \(worked) working days after its 成文日期 \(signed.iso); the 20th working day was \(limit.iso).",
            quotes: Array(quotes), basis: "政府信息公开条例(2019) 第二十六条: 20个工作日; \(CalendarScope.basis(published, calendar))",
            values: ["calendar_days": String(DayCount.days(from: signed, to: published)), "working_days": String(worked),
                     "20th_working_day": limit.iso, "finding": "late_vs_政府信息公开条例第二十六条"])]
    }
}
