import NoticeModel
import NoticeCalendar

/// Shared by the calendar checks: which documents the mainland working-day table applies to, and how a date is
/// described in messages.
enum CalendarScope {
    /// Mainland documents only: Taiwan statutes count 日/工作天 on their own calendar.
    static func applies(_ input: CheckInput, _ cal: any WorkdayCounting) -> Bool {
        !input.isTaiwanStatute && (input.mainland ?? cal.isMainland(text: input.text.text))
    }

    static func describe(_ d: CalendarDate, _ cal: any WorkdayCounting) -> String {
        "\(d.iso) (\(DayCount.weekdayName(d))\(cal.isWorkingDay(d) ? "" : ", rest day")\(cal.covers(d) ? "" : ", estimated: weekends only"))"
    }

    static func basis(_ d: CalendarDate, _ cal: any WorkdayCounting) -> String {
        cal.covers(d) ? "国务院办公厅 holiday schedule \(d.year)" : "weekends only (no published holiday table for \(d.year))"
    }
}

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

/// `执行前10个工作日`: a deadline counted back from the go-live date the document gives (`自2025年8月29日起执行`).
/// The due date is computed on the holiday table; a due date before the document's own date is an error (it had
/// passed when the document was signed), otherwise info with the working days left.
public struct EventAnchoredDeadlineCheck: Check {
    public let name = "event_anchored_deadline"
    let lexicon: CheckLexicon
    let calendar: any WorkdayCounting
    public init(lexicon: CheckLexicon, calendar: any WorkdayCounting) { self.lexicon = lexicon; self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let go = input.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }) else { return [] }
        let s = input.scan
        let verbs = lexicon.goLiveVerbs.joined(separator: "|")
        var out: [Finding] = []
        for m in s.matches("(?:\(verbs))前([0-9]+|[一二三四五六七八九十]+)个?工作日") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }) else { continue }
            let due = calendar.adding(workdays: -n, to: go)
            var values = ["anchor": go.iso, "deadline": due.iso, "finding": "computed"]
            var severity = Severity.info
            var message = "\(n) working days before go-live \(go.iso) is \(CalendarScope.describe(due, calendar))"
            if let docDate = input.documentDate {
                let left = calendar.workdays(strictlyBetween: docDate, and: due)
                values["working_days_after_doc_date_to_deadline_strictly_between"] = String(left)
                if due < docDate {
                    severity = .error; values["finding"] = "deadline_before_document"
                    message += ", before the document's own date \(docDate.iso)"
                } else {
                    message += "; \(left) working days after the document date \(docDate.iso)"
                }
            }
            let items = input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id)
            out.append(Finding(check: name, severity: severity, message: message + ".", items: items,
                               quotes: [input.quote(s.sentence(around: m.range.lowerBound))],
                               basis: "counted back \(n) working days from the go-live date, event day not counted; \(CalendarScope.basis(due, calendar))",
                               values: values))
        }
        return out
    }
}

/// `在采购期第6个月末` from a go-live date: read as the 6th calendar month counting the go-live month as the
/// first, or as six months from the go-live date (民法典202: the corresponding day, else the month's last day).
/// Both candidates are reported; the text does not say which. Warning.
public struct PeriodEndAmbiguityCheck: Check {
    public let name = "ambiguous_period_end"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let start = input.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }) else { return [] }
        let s = input.scan
        var out: [Finding] = []
        for m in s.matches("第([0-9]+|[一二三四五六七八九十]+)个月(?:末|底)") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }), n >= 1 else { continue }
            let first = DayCount.adding(months: n - 1, to: CalendarDate(year: start.year, month: start.month, day: 1)!)
            let calendarMonth = DayCount.monthEnd(year: first.year, month: first.month)
            let fromStart = DayCount.adding(months: n, to: start)
            guard calendarMonth != fromStart else { continue }
            var values = ["candidate_calendar_month": calendarMonth.iso, "candidate_民法典202": fromStart.iso, "start": start.iso,
                          "finding": "ambiguous"]
            let sentence = s.sentence(around: m.range.lowerBound)
            if let c = s.matches("次月(?:底|末)", in: sentence).first, c.range.lowerBound < m.range.lowerBound {
                let next = DayCount.adding(months: 1, to: CalendarDate(year: start.year, month: start.month, day: 1)!)
                values["次月底"] = DayCount.monthEnd(year: next.year, month: next.month).iso
            }
            out.append(Finding(
                check: name, severity: .warning,
                message: "'\(s.text(m.range))' from \(start.iso) has two readings: \(CalendarScope.describe(calendarMonth, calendar)) if the go-live month is month 1, or \(CalendarScope.describe(fromStart, calendar)) counting \(n) months from the go-live date.",
                items: input.document.periods.filter { $0.span.overlaps(Span(m.range)) }.map(\.id) + input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id),
                quotes: [input.quote(sentence)], basis: "民法典201-202 vs calendar-month reading", values: values))
        }
        return out
    }
}
