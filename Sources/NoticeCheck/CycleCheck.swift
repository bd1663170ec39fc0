import Foundation
import NoticeModel
import NoticeCalendar

/// One rule spanning items with different cycles: several batches share a start (`以上批次均自2025年8月29日起执行`)
/// but run 2 or 3 years, and a later rule counts from "the end of the cycle" (`采购周期结束后的次月起`) without
/// saying whose. Each batch's end is computed (day-1 reading: start + N years − 1 day; the 民法典201 reading one
/// day later) with any conditional extension (`可视情况延长1年`). Info.
public struct CycleCheck: Check {
    public let name = "per_batch_cycle_end"
    /// The resolver's per-period day-1 vs 民法典201 notes: this finding lists both readings for every batch.
    public let restates = ["ambiguous_period_end"]
    public init() {}

    struct Cycle { let subject: String; let years: Int; let range: Range<Int>; let extension_: Int? }

    public func run(_ input: CheckInput) -> [Finding] {
        guard let start = input.document.doc.effectiveDate.flatMap({ CalendarDate(iso: $0) }) else { return [] }
        let s = input.scan
        var cycles: [Cycle] = []
        for m in s.matches("周期为([0-9]+|[一二三四五六七八九十]+)年(?:[,，]?可视情况延长([0-9]+|[一二三四五六七八九十]+)年)?") {
            guard let y = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }) else { continue }
            let ext = m.groups[1].flatMap { ChineseNumber.parse(s.text($0)) }.map { Int($0) }
            let sentence = s.sentence(around: m.range.lowerBound)
            var subject = s.text(sentence.lowerBound..<m.range.lowerBound)
            for p in ["本次", "此次"] where subject.hasPrefix(p) { subject.removeFirst(p.count) }
            cycles.append(Cycle(subject: subject, years: y, range: sentence, extension_: ext))
        }
        guard Set(cycles.map(\.years)).count >= 2 else { return [] }
        let refs = s.matches("(?:采购)?周期(?:结束|届满|期满)(?:后)?")
            .filter { r in !cycles.contains { $0.range.contains(r.range.lowerBound) } }
        guard let ref = refs.first else { return [] }
        var ends: [String] = []
        var values: [String: String] = ["start": start.iso, "finding": "rule_spans_batches_with_different_cycles"]
        for c in cycles {
            let end = DayCount.adding(-1, to: DayCount.adding(months: 12 * c.years, to: start))
            let alt = DayCount.adding(1, to: end)
            var text = "\(c.subject): \(end.iso) (民法典201: \(alt.iso))"
            values["end_\(c.years)y"] = end.iso
            let next = DayCount.adding(months: 1, to: CalendarDate(year: end.year, month: end.month, day: 1)!)
            values["month_after_end_\(c.years)y"] = String(next.iso.prefix(7))
            if let e = c.extension_ {
                let extended = DayCount.adding(-1, to: DayCount.adding(months: 12 * (c.years + e), to: start))
                text += ", \(extended.iso) if extended"
                values["finding"] = "rule_spans_batches_with_different_cycles; conditional_extension"
            }
            ends.append(text)
        }
        return [Finding(
            check: name, severity: .info,
            message: "'\(s.text(ref.range))' applies to batches that started together on \(start.iso) but end on different dates: " + ends.joined(separator: "; ") + ".",
            items: input.document.periods.filter { p in cycles.contains { $0.range.contains(p.span.start) } }.map(\.id),
            quotes: cycles.map { input.quote($0.range) } + [input.quote(s.sentence(around: ref.range.lowerBound))],
            basis: "民法典201-202 (day-1 reading: the start day counts; 201: counting from the next day); internal",
            values: values)]
    }
}

/// Working-day deadlines whose window crosses a holiday or a make-up working day: a weekday-only count gives the
/// wrong date. Anchored, as an example, on the document's own date (and `超过N小时` lapses before it). Info with
/// both dates, only when they differ.
public struct HolidayWindowCheck: Check {
    public let name = "working_day_deadlines_over_holiday"
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    public func run(_ input: CheckInput) -> [Finding] {
        guard CalendarScope.applies(input, calendar), let docDate = input.documentDate, calendar.covers(docDate) else { return [] }
        let s = input.scan
        var out: [Finding] = []
        for m in s.matches("([0-9]+|[一二三四五六七八九十]+)个?工作日") {
            guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }), n > 0 else { continue }
            let before = s.text(max(s.sentence(around: m.range.lowerBound).lowerBound, m.range.lowerBound - 6)..<m.range.lowerBound)
            // lead times and counts back from go-live are other checks' business
            if ["不少于", "至少", "不得少于", "前", "之间"].contains(where: { before.hasSuffix($0) || before.contains("之间") }) { continue }
            var anchor = docDate
            var lapse = ""
            let clauseStart = s.sentence(around: m.range.lowerBound).lowerBound
            if let h = s.matches("超过([0-9]+)小时", in: clauseStart..<m.range.lowerBound).last, let hours = Int(s.text(h.groups[0]!)) {
                anchor = DayCount.adding(hours / 24, to: docDate); lapse = " + \(hours)h"
            }
            let due = calendar.adding(workdays: n, to: anchor)
            let naive = WeekendOnlyCalendar().adding(workdays: n, to: anchor)
            guard due != naive else { continue }
            let op = ["不得超过", "不超过", "最长"].contains { before.contains($0) } ? "<= \(n) (exactly \(n) allowed)" : "within \(n)"
            out.append(Finding(
                check: name, severity: .info,
                message: "\(n) working day\(n == 1 ? "" : "s") from an event on \(docDate.iso)\(lapse) end \(CalendarScope.describe(due, calendar)), not \(naive.iso) as a weekday-only count gives: the window crosses a holiday or make-up working day.",
                items: input.document.deadlines.filter { $0.span.overlaps(Span(m.range)) }.map(\.id),
                quotes: [input.quote(s.clause(around: m.range.lowerBound))],
                basis: "event day not counted (民法典201); \(CalendarScope.basis(due, calendar))",
                values: ["example_anchor": docDate.iso + lapse, "due": due.iso, "weekday_only_due": naive.iso, "bound": op, "finding": "computed"]))
        }
        return out
    }
}

/// A deadline with no start event (`企业须于30日内提出价格调整申请`): nobody can tell when it ends. Warning, with the
/// date it would give if counted from the document's (or forwarded part's) own date (民法典201, 203 roll-over).
public struct UnanchoredDeadlineCheck: Check {
    public let name = "unanchored_deadline"
    /// The resolver's "no event named" warnings: this check decides those with the sentence in view.
    public func supersedes(_ existing: Finding) -> Bool { existing.check == "deadline_without_anchor" && existing.severity == .warning }
    let calendar: any WorkdayCounting
    public init(calendar: any WorkdayCounting) { self.calendar = calendar }

    static let anchorWords = ["自", "之日", "起", "之后", "以后", "收到", "接到", "届满", "反馈", "发现", "结束后", "完成后", "之前", "前", "之间", "终了", "所定"]

    /// True when the paragraph before the deadline names the event it runs from (`自…起`, `收到…后`, `反馈`, an
    /// interval `…之间`, a lapse `超过48小时`): the extractor may have left `anchor` empty, the text has one.
    ///
    /// Statutes also state the event as the clause right before the deadline (`保险契约终止，保险人应于三日内…`):
    /// that clause anchors it unless it is a condition (`若…`, `如…`, `…的`, `…时`), which names a state, not an
    /// event (`…较大幅度的，企业须于30日内…`).
    func eventInSentence(_ offset: Int, _ s: TextScan) -> Bool {
        let paragraph = s.line(around: offset)
        let before = s.text(paragraph.lowerBound..<offset).replacingOccurrences(of: "目前", with: "")
        if Self.anchorWords.contains(where: { before.contains($0) }) || before.contains(/超过[0-9]+小时/) { return true }
        let clause = s.clause(around: offset)
        let sentence = s.sentence(around: offset)
        guard clause.lowerBound > sentence.lowerBound + 1 else { return false }
        let previous = s.trimmed(s.clause(around: clause.lowerBound - 2))
        let text = s.text(previous).trimmingCharacters(in: CharacterSet(charactersIn: "，,；;"))
        if text.isEmpty { return false }
        let conditional = ["若", "如", "凡", "对", "因", "或", "但"].contains { text.hasPrefix($0) } || text.hasSuffix("的") || text.hasSuffix("时")
        return !conditional
    }

    static func unitWords(_ u: TimeUnit, _ n: Int) -> String {
        let w: String
        switch u {
        case .hour: w = "hour"; case .day: w = "day"; case .workday: w = "working day"; case .week: w = "week"
        case .month: w = "month"; case .quarter: w = "quarter"; case .year: w = "year"
        }
        return n == 1 ? w : w + "s"
    }

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        var found: [(range: Range<Int>, amount: Int, unit: TimeUnit, items: [String])] = []
        if !input.document.deadlines.isEmpty {
            // deadlines to act within (le) counted in hours, days or months; minimum durations (ge) and multi-year
            // windows (`3年内2次以上`, `每届不得逾四年`) are periods, not deadlines missing a start
            for d in input.document.deadlines where d.anchor == nil && !d.before && d.op == .le
                && [.hour, .day, .workday, .month].contains(d.unit) && !eventInSentence(d.span.start, s) {
                found.append((d.span.range, Int(d.amount), d.unit, [d.id]))
            }
        } else {
            for m in s.matches("([0-9]+|[一二三四五六七八九十百]+)(日|天|个工作日)内") {
                guard let n = ChineseNumber.parse(s.text(m.groups[0]!)).map({ Int($0) }) else { continue }
                if eventInSentence(m.range.lowerBound, s) { continue }
                found.append((m.range, n, s.text(m.groups[1]!) == "个工作日" ? .workday : .day, []))
            }
        }
        var out: [Finding] = []
        let parts = DocumentParts(input).parts
        for f in found {
            var values = ["anchor": "null", "finding": "deadline_without_start_event"]
            var note = ""
            let part = parts.last { $0.range.contains(f.range.lowerBound) } ?? parts[0]
            let partDate = part.meta.signedDate.flatMap { CalendarDate(iso: $0) } ?? DateText.dateLines(in: s, window: part.range).last?.date
            if CalendarScope.applies(input, calendar), let base = partDate, f.unit == .day || f.unit == .workday {
                let raw = f.unit == .day ? DayCount.adding(f.amount, to: base) : calendar.adding(workdays: f.amount, to: base)
                let rolled = calendar.rolledForward(raw)
                values["if_anchored_to_document_date"] = raw == rolled ? raw.iso : "\(raw.iso) (\(DayCount.weekdayName(raw))) -> \(rolled.iso)"
                note = " Counted from the document's date \(base.iso) it would end \(values["if_anchored_to_document_date"]!)."
            }
            out.append(Finding(
                check: name, severity: .warning,
                message: "'\(s.text(f.range))' has no start event: the text does not say from when the \(f.amount) \(Self.unitWords(f.unit, f.amount)) run." + note,
                items: f.items, quotes: [input.quote(s.clause(around: f.range.lowerBound))],
                basis: "民法典201 (event day not counted), 203 (a last day on a rest day moves to the next working day)",
                values: values))
        }
        return out
    }
}

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
