import Foundation
import NoticeModel
import NoticeCalendar

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
