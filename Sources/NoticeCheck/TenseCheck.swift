import NoticeModel
import NoticeCalendar

/// Future tense about a date already past at the document's own date (`将在5月底落地` in a document dated 2 June):
/// the sentence was written earlier than the document, or the date is wrong. A month without a year is read in
/// the document's year; if that lies more than half a year back, the next year is meant and nothing is raised.
public struct TenseCheck: Check {
    public let name = "tense_vs_document_date"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    public func run(_ input: CheckInput) -> [Finding] {
        guard let docDate = input.documentDate else { return [] }
        let s = input.scan
        let markers = lexicon.futureMarkers.joined(separator: "|")
        let verbs = lexicon.goLiveVerbs.joined(separator: "|")
        let pattern = "(\(markers))(?:在|于|自|从)?(?:([0-9]{4})年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(底|末|份|上旬|中旬|下旬|([0-9]{1,2})日)?(?:前|起|开始|正式)?(\(verbs))"
        var out: [Finding] = []
        for m in s.matches(pattern) {
            let g = m.groups
            guard let mr = g[2], let month = ChineseNumber.parse(s.text(mr)).map({ Int($0) }), (1...12).contains(month) else { continue }
            let explicitYear = g[1].flatMap { Int(s.text($0)) }
            var year = explicitYear ?? docDate.year
            func resolve(_ y: Int) -> CalendarDate? {
                let tail = g[3].map { s.text($0) } ?? ""
                switch tail {
                case "上旬": return CalendarDate(year: y, month: month, day: 10)
                case "中旬": return CalendarDate(year: y, month: month, day: 20)
                case "": fallthrough
                case "底", "末", "份", "下旬": return DayCount.monthEnd(year: y, month: month)
                default: return g[4].flatMap { Int(s.text($0)) }.flatMap { CalendarDate(year: y, month: month, day: $0) }
                }
            }
            guard var resolved = resolve(year) else { continue }
            if explicitYear == nil && DayCount.days(from: resolved, to: docDate) > 183 {
                year += 1
                guard let next = resolve(year) else { continue }
                resolved = next
            }
            guard resolved < docDate else { continue }
            let dateSource = input.document.doc.signedDate != nil ? "成文日期" : input.document.doc.publishedDate != nil ? "发布日期" : "signature date"
            out.append(Finding(
                check: name, severity: .warning,
                message: "Future tense ('\(s.text(g[0]!))') for \(resolved.iso), which is already past at the document's \(dateSource) \(docDate.iso).",
                quotes: [input.quote(input.scan.clause(around: m.range.lowerBound))],
                basis: "internal: '\(s.text(g[0]!))' + date resolved in \(explicitYear == nil ? "the document's year" : "the stated year") (月底/月份 = last day of the month) vs the document date",
                values: ["resolved": resolved.iso, "doc_date": docDate.iso, "finding": "future_tense_for_past_date"]))
        }
        return out
    }
}
