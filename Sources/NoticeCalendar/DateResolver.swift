import Foundation
import NoticeModel

/// Fills `due` on deadlines and `start`/`end` on periods when the document gives the anchor date, with the
/// rule that fired; reports ambiguity and missing anchors as findings instead of choosing silently.
///
/// * A deadline whose anchor is a written date, or an event the anchor lexicon maps to a document date
///   (执行/实施/落地/施行 → `doc.effectiveDate`; 本通知印发 → `doc.signedDate`), gets `due`: working days by the
///   holiday table, days/months/years by 民法典201+202 with 203 moving a forward last day off a rest day.
///   `before == true` counts back. Beyond the covered years the result is `estimated`.
/// * A period with a start (its own `start`, or `doc.effectiveDate` for a cycle that runs from go-live) gets
///   `end` read plainly (the start is day 1) and the 民法典201 reading (count from the next day) as an
///   alternative, with an `ambiguous_period_end` finding. `第N个月末` gets both readings and no `due`/`end`.
/// * A deadline with no anchor keeps `due: null` and gets `deadline_without_anchor`.
/// * Non-mainland (Taiwan) documents: nothing is resolved; items are marked and `calendar_unresolved_taiwan`.
public struct DateResolver: Sendable {
    public let calendar: WorkdayCalendar
    public let arithmetic: CivilDateArithmetic
    public let anchors: AnchorLexicon
    /// Decides the `mainland` argument of `resolve` from a document's text (not from its script).
    public let jurisdiction: JurisdictionLexicon?

    public init(table: HolidayTable, anchors: AnchorLexicon, jurisdiction: JurisdictionLexicon? = nil) {
        self.calendar = WorkdayCalendar(table: table)
        self.arithmetic = CivilDateArithmetic(calendar: calendar)
        self.anchors = anchors
        self.jurisdiction = jurisdiction
    }

    /// Loads `holidays/*.tsv`, `calendar/anchors.tsv` and `calendar/jurisdiction.tsv` from `dictionaries/`.
    public static func load(directory: URL) throws -> DateResolver {
        DateResolver(table: try HolidayTable.load(directory: directory),
                     anchors: try AnchorLexicon.load(directory: directory),
                     jurisdiction: try JurisdictionLexicon.load(directory: directory))
    }

    /// True unless the text reads as a Taiwan document (mainland when no jurisdiction lexicon is loaded).
    public func isMainland(text: String) -> Bool { jurisdiction?.assess(text).mainland ?? true }

    public static let taiwanRule = "unresolved: Taiwan document, no mainland holiday schedule applies"

    public func resolve(deadlines: inout [Deadline], periods: inout [Period], doc: DocumentMeta,
                        mainland: Bool) -> [Finding] {
        var findings: [Finding] = []
        func add(_ check: String, _ severity: Severity, _ message: String, items: [String], quotes: [FindingQuote],
                 basis: String, values: [String: String] = [:]) {
            findings.append(Finding(id: "cal\(findings.count + 1)", check: check, severity: severity, message: message,
                                    items: items, quotes: quotes, basis: basis, values: values))
        }

        guard mainland else {
            var ids: [String] = []
            var quotes: [FindingQuote] = []
            for i in deadlines.indices {
                deadlines[i].due = nil
                deadlines[i].resolution = Resolution(anchorDate: nil, rule: Self.taiwanRule, estimated: false)
                ids.append(deadlines[i].id)
                quotes.append(FindingQuote(path: nil, quote: deadlines[i].quote, span: deadlines[i].span))
            }
            for i in periods.indices {
                periods[i].end = nil
                periods[i].resolution = Resolution(anchorDate: periods[i].start, rule: Self.taiwanRule, estimated: false)
                ids.append(periods[i].id)
                quotes.append(FindingQuote(path: nil, quote: periods[i].quote, span: periods[i].span))
            }
            if !ids.isEmpty {
                add("calendar_unresolved_taiwan", .info,
                    "\(ids.count) deadline/period item(s) count 日/工作日 under Taiwan rules; the mainland 国务院办公厅 holiday schedule does not apply, so no dates were computed",
                    items: ids, quotes: quotes,
                    basis: "mainland holiday tables cover 国务院办公厅 schedules only; 民法典201-203 is mainland law")
            }
            return findings
        }

        for i in deadlines.indices {
            var d = deadlines[i]
            defer { deadlines[i] = d }
            let quote = FindingQuote(path: nil, quote: d.quote, span: d.span)
            guard let anchor = d.anchor?.trimmingCharacters(in: .whitespaces), !anchor.isEmpty else {
                d.due = nil
                var message = "“\(d.quote)” counts \(amountText(d.amount)) \(d.unit.rawValue) from an event the text does not name: no due date can be computed"
                var values: [String: String] = [:]
                // What a reader might assume: counted from the issue date. Reported, never written to `due`.
                if let issue = issueDate(for: d.span, in: doc), let count = CivilCount(amount: d.amount, unit: d.unit) {
                    let guess = arithmetic.lastDay(after: issue, count: count)
                    values = ["ifAnchoredToIssueDate": guess.date.iso, "issueDate": issue.iso, "rule": guess.rule]
                    message += "; if counted from the issue date \(issue.iso) it would end \(guess.date.iso) (\(guess.rule))"
                }
                add("deadline_without_anchor", .warning, message, items: [d.id], quotes: [quote],
                    basis: "民法典201: a period runs from an event; none is named", values: values)
                continue
            }
            let start: CalendarDate
            let startNote: String
            if let written = DateText.firstDate(in: anchor) {
                start = written; startNote = "date in anchor"
            } else if let which = anchors.documentDate(forAnchor: anchor) {
                guard let iso = documentDate(which, for: d.span, in: doc), let date = CalendarDate(iso: iso) else {
                    add("deadline_without_anchor", .info,
                        "“\(d.quote)” counts from \(anchor) (the document's \(which.rawValue) date), which the document does not give",
                        items: [d.id], quotes: [quote], basis: "doc.\(which.rawValue)Date is null",
                        values: ["anchor": anchor])
                    continue
                }
                start = date; startNote = "\(anchor) = doc.\(which.rawValue)Date"
            } else {
                continue // an event in the world (医疗机构反馈问题): no date to count from, nothing to report
            }
            if let n = ordinalMonthEnd(in: d.quote) {
                d.due = nil
                let candidates = CivilDateArithmetic.nthMonthEndCandidates(start: start, n: n)
                d.resolution = Resolution(anchorDate: start.iso, rule: "ambiguous: 第\(n)个月末 has two readings",
                                          estimated: false, alternatives: candidates)
                add("ambiguous_period_end", .warning,
                    "“\(d.quote)”: 第\(n)个月末 from \(start.iso) is \(candidates[0].date) (calendar months) or \(candidates[1].date) (民法典202)",
                    items: [d.id], quotes: [quote], basis: "民法典201-202 vs calendar-month reading",
                    values: ["candidates": candidates.map(\.date).joined(separator: ",")])
                continue
            }
            guard let count = CivilCount(amount: d.amount, unit: d.unit) else {
                d.resolution = Resolution(anchorDate: start.iso, rule: "no calendar reading for \(amountText(d.amount)) \(d.unit.rawValue)", estimated: false)
                continue
            }
            let computed = arithmetic.lastDay(after: start, count: negate(count, d.before))
            d.due = computed.date.iso
            var rule = computed.rule
            if let from = computed.movedFrom {
                rule += " (\(from.iso) \(from.weekdayName) is a rest day → \(computed.date.iso))"
            }
            if case .workdays = count {} else if d.before { rule += " (counted back; 203 not applied)" }
            d.resolution = Resolution(anchorDate: start.iso, rule: "\(rule); \(startNote)", estimated: computed.estimated)
        }

        for i in periods.indices {
            var p = periods[i]
            defer { periods[i] = p }
            let quote = FindingQuote(path: nil, quote: p.quote, span: p.span)
            var start: CalendarDate? = p.start.flatMap { CalendarDate(iso: $0) }
            var startNote = "start in text"
            // A window counted from another event (`处罚执行期限届满之日起3年内`) does not run from go-live.
            let ownEvent = ["之日", "届满", "期满"].contains { (p.subject ?? p.quote).contains($0) }
            if start == nil, !ownEvent, anchors.runsFromGoLive(p.subject ?? p.quote),
               let iso = owner(of: p.span, in: doc).effectiveDate, let date = CalendarDate(iso: iso) {
                start = date; startNote = "start = doc.effectiveDate (自…起执行)"
            }
            guard let start else { continue }
            p.start = start.iso
            if let n = ordinalMonthEnd(in: p.quote) {
                p.end = nil
                let candidates = CivilDateArithmetic.nthMonthEndCandidates(start: start, n: n)
                p.resolution = Resolution(anchorDate: start.iso, rule: "ambiguous: 第\(n)个月末 has two readings",
                                          estimated: false, alternatives: candidates)
                add("ambiguous_period_end", .warning,
                    "“\(p.quote)”: 第\(n)个月末 from \(start.iso) is \(candidates[0].date) (calendar months) or \(candidates[1].date) (民法典202)",
                    items: [p.id], quotes: [quote], basis: "民法典201-202 vs calendar-month reading",
                    values: ["candidates": candidates.map(\.date).joined(separator: ",")])
                continue
            }
            guard let count = CivilCount(amount: p.amount, unit: p.unit), let r = periodReadings(start: start, count: count) else {
                p.resolution = Resolution(anchorDate: start.iso, rule: "no calendar reading for \(amountText(p.amount)) \(p.unit.rawValue)", estimated: false)
                continue
            }
            p.end = r.plain.iso
            let rule = "自X起: \(start.iso) counted as day 1 (plain reading)" + (r.estimated ? ", estimated beyond the holiday tables" : "") + "; \(startNote)"
            guard r.civil != r.plain else {
                p.resolution = Resolution(anchorDate: start.iso, rule: rule, estimated: r.estimated)
                continue
            }
            let alt = DateCandidate(date: r.civil.iso, rule: "\(r.civilRule): \(start.iso) not counted")
            p.resolution = Resolution(anchorDate: start.iso, rule: rule, estimated: r.estimated, alternatives: [alt])
            add("ambiguous_period_end", .info,
                "“\(p.quote)” from \(start.iso) ends \(r.plain.iso) (\(r.plain.weekdayName)) counting \(start.iso) as day 1, or \(r.civil.iso) (\(r.civil.weekdayName)) counting from the next day (民法典201)",
                items: [p.id], quotes: [quote], basis: "民法典201-202; 自X起 read with X as day 1",
                values: ["end": r.plain.iso, "alternative": r.civil.iso])
        }
        return findings
    }

    /// A period's last day read two ways: the start as day 1, and 民法典201 (the start not counted).
    private func periodReadings(start: CalendarDate, count: CivilCount)
        -> (plain: CalendarDate, civil: CalendarDate, civilRule: String, estimated: Bool)? {
        switch count {
        case .workdays(let n):
            guard n > 0 else { return nil }
            // Day 1 is the start if it is a working day, else the next working day (then both readings agree).
            let plain = calendar.addWorkdays(calendar.isWorkingDay(start) ? n - 1 : n, to: start)
            let civil = calendar.addWorkdays(n, to: start)
            return (plain.date, civil.date, "民法典201 + 国办调休表", plain.estimated || civil.estimated)
        case .days, .months:
            guard let plain = CivilDateArithmetic.endCountingStartAsDayOne(start: start, count: count),
                  let civil = CivilDateArithmetic.end(after: start, count: count) else { return nil }
            return (plain, civil.date, civil.rule + " (ends on the corresponding day)", false)
        }
    }

    /// The document a span belongs to: the innermost forwarded (embedded) document whose span contains it,
    /// else `doc`. Its dates are used alone: a forwarded notice's dates are not the outer one's, nor back.
    private func owner(of span: Span, in doc: DocumentMeta) -> DocumentMeta {
        for inner in doc.embedded {
            if let s = inner.span, s.contains(span) { return owner(of: span, in: inner) }
        }
        return doc
    }

    /// The issue date of the document the span lies in: its 成文日期, else its publication date.
    private func issueDate(for span: Span, in doc: DocumentMeta) -> CalendarDate? {
        let o = owner(of: span, in: doc)
        return (o.signedDate ?? o.publishedDate).flatMap { CalendarDate(iso: $0) }
    }

    private func documentDate(_ which: AnchorLexicon.DocumentDate, for span: Span, in doc: DocumentMeta) -> String? {
        let o = owner(of: span, in: doc)
        switch which {
        case .effective: return o.effectiveDate
        case .signed: return o.signedDate
        case .published: return o.publishedDate
        }
    }

    private func negate(_ c: CivilCount, _ back: Bool) -> CivilCount {
        guard back else { return c }
        switch c {
        case .days(let n): return .days(-n)
        case .months(let n): return .months(-n)
        case .workdays(let n): return .workdays(-n)
        }
    }

    private func amountText(_ x: Double) -> String { x.rounded() == x ? String(Int(x)) : String(x) }

    /// N in `第N个月末` / `第N个月底` (Arabic or Chinese numerals), if the quote has one.
    func ordinalMonthEnd(in quote: String) -> Int? {
        for p in CalendarPhrase.find(in: quote) { if case .nthMonthEnd(let n) = p.kind { return n } }
        return nil
    }
}
