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
