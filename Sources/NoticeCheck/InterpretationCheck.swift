import NoticeModel
import NoticeCalendar

/// A 政策解读 against the notice it explains, across two files: the 文号 it cites, the issuers it names (short
/// forms expanded: 卫健委 = 卫生健康委员会), its page date (on or after the notice's 成文日期) and the number of
/// measures it says the notice has vs the notice's numbered items. A match is reported as info with the computed
/// values (so the pair is linked); a disagreement is a warning (an error for a page dated before its notice).
public struct InterpretationCheck: CrossCheck {
    public let name = "interpretation_vs_notice"
    let lexicon: CheckLexicon
    let calendar: any WorkdayCounting
    public init(lexicon: CheckLexicon, calendar: any WorkdayCounting) { self.lexicon = lexicon; self.calendar = calendar }

    public func run(_ docs: [CheckInput]) -> [Finding] {
        var out: [Finding] = []
        for a in docs where isInterpretation(a) {
            for b in docs where b.path != a.path {
                guard let dn = ReferenceResolutionCheck.ownNumberTexts(b).first, let at = a.scan.occurrences(of: dn).first else { continue }
                out.append(compare(a, b, docNumber: dn, at: at))
            }
        }
        return out
    }

    func isInterpretation(_ a: CheckInput) -> Bool {
        a.document.doc.kind == "政策解读" || (a.document.doc.title ?? "").contains("解读")
            || a.scan.lines.prefix(12).contains { a.scan.text($0).contains("政策解读") }
    }

    func compare(_ a: CheckInput, _ b: CheckInput, docNumber: String, at: Int) -> Finding {
        var quotes: [FindingQuote] = []
        var values: [String: String] = ["docNumber": docNumber, "文号_match": "true"]
        var problems: [String] = []
        var severity = Severity.info
        // issuers named in the sentence citing the notice
        let sentence = a.scan.sentence(around: at)
        quotes.append(a.quote(sentence))
        let expanded = lexicon.expandAliases(a.scan.text(sentence))
        let missing = b.document.doc.issuers.filter { !expanded.contains(lexicon.expandAliases($0)) }
        values["issuers_match"] = b.document.doc.issuers.isEmpty ? "unknown" : (missing.isEmpty ? "true" : "false")
        if !missing.isEmpty && !b.document.doc.issuers.isEmpty {
            problems.append("the interpretation does not name \(missing.joined(separator: "、"))")
        }
        if let dn = b.scan.occurrences(of: docNumber).first { quotes.append(b.quote(dn..<(dn + docNumber.unicodeScalars.count))) }
        // dates
        if let pageDate = (a.document.doc.publishedDate ?? a.document.doc.signedDate).flatMap({ CalendarDate(iso: $0) }),
           let signed = b.documentDate {
            values["calendar_days"] = String(DayCount.days(from: signed, to: pageDate))
            values["working_days_strictly_between"] = String(calendar.workdays(strictlyBetween: signed, and: pageDate))
            values["page_date_after_成文日期"] = signed <= pageDate ? "true" : "false"
            if pageDate < signed {
                problems.append("the interpretation (\(pageDate.iso)) is dated before the notice (\(signed.iso))"); severity = .error
            }
            if let l = b.scan.lines.last(where: { b.scan.text($0).contains(signedText(signed)) }) { quotes.append(b.quote(b.scan.trimmed(l))) }
        }
        // the count of measures vs the notice's numbered items
        let items = numberedItems(b)
        if items > 0, let claim = largestCountClaim(a) {
            values["claimed"] = String(claim.value); values["items_in_notice"] = String(items)
            if claim.value != items { problems.append("it claims \(claim.value) measures, the notice numbers \(items) items") }
            quotes.append(a.quote(claim.range))
        }
        if !problems.isEmpty && severity == .info { severity = .warning }
        values["finding"] = problems.isEmpty ? "pass" : "mismatch"
        return Finding(
            check: name, severity: severity,
            message: problems.isEmpty
                ? "The interpretation \(a.fileName) matches the notice \(b.fileName) (\(docNumber)): issuers, 文号, dates and counts agree."
                : "The interpretation \(a.fileName) disagrees with the notice \(b.fileName) (\(docNumber)): " + problems.joined(separator: "; ") + ".",
            quotes: quotes, basis: "cross-document: cited 文号, issuer names (aliases expanded), page date vs 成文日期, count claims vs numbered items",
            values: values)
    }

    func signedText(_ d: CalendarDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    /// The longest run of `（一）（二）…` items numbered continuously (a notice may number across its parts).
    func numberedItems(_ b: CheckInput) -> Int {
        if !b.document.sections.isEmpty {
            var byStyle: [String: Int] = [:]
            for s in b.document.sections where s.part == 0 { byStyle[s.style, default: 0] += 1 }
            if let m = byStyle.values.max(), m > 1 { return m }
        }
        var expected = 1, best = 0
        for line in b.scan.lines {
            let t = b.scan.trimmed(line)
            guard let m = b.scan.matches("^[(（]([一二三四五六七八九十]+)[)）]", in: t).first,
                  let v = ChineseNumber.parse(b.scan.text(m.groups[0]!)) else { continue }
            if Int(v) == expected { best = max(best, expected); expected += 1 } else if Int(v) == 1 { expected = 2 }
        }
        return best
    }

    /// The largest `N条/项` count the interpretation states without a list of its own.
    func largestCountClaim(_ a: CheckInput) -> (value: Int, range: Range<Int>)? {
        var best: (Int, Range<Int>)? = nil
        for m in a.scan.matches("(?:细化|提出|制定|出台|包括|共)([0-9]+|[一二两三四五六七八九十]+)(条|项)(?:举措|措施|任务|意见|政策)") {
            guard let v = ChineseNumber.parse(a.scan.text(m.groups[0]!)) else { continue }
            if best == nil || Int(v) > best!.0 { best = (Int(v), m.range) }
        }
        return best.map { (value: $0.0, range: $0.1) }
    }
}
