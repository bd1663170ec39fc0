import NoticeModel
import NoticeCalendar

/// A forwarding notice (转发/印发 with the forwarded document embedded) must carry its own 成文日期: the date
/// printed under the forwarded document (`2023年6月29日印发`) belongs to that document. Missing → warning (the
/// outer date is only known to be on or after the inner one); taken over from the inner document → error.
public struct ForwardingDateCheck: Check {
    public let name = "forwarding_date_attribution"
    public init() {}

    public func run(_ input: CheckInput) -> [Finding] {
        let parts = DocumentParts(input).parts
        guard parts.count > 1 else { return [] }
        let outer = parts[0]
        let s = input.scan
        var out: [Finding] = []
        for inner in parts.dropFirst() {
            let printed = DateText.dateLines(in: s, window: inner.range).last
            guard let innerDate = inner.meta.signedDate.flatMap({ CalendarDate(iso: $0) }) ?? printed?.date
                    ?? inner.meta.publishedDate.flatMap({ CalendarDate(iso: $0) }) else { continue }
            let outerDate = outer.meta.signedDate.flatMap { CalendarDate(iso: $0) }
            let outerOwnLine = DateText.dateLines(in: s, window: outer.range).last
            var quotes: [FindingQuote] = []
            if let dn = outer.meta.docNumber, let at = s.occurrences(of: dn, in: outer.range).first {
                quotes.append(input.quote(at..<(at + dn.unicodeScalars.count)))
            }
            if let p = printed { quotes.append(input.quote(p.line)) }
            let values: [String: String] = [
                "outer.docNumber": outer.meta.docNumber ?? "null", "outer.signedDate": outerDate?.iso ?? "null",
                "inner.docNumber": inner.meta.docNumber ?? "null", "inner.date": innerDate.iso,
                "inner.dateIsIssued": printed?.issued == true ? "true" : "false",
                "constraint": "outer date >= \(innerDate.iso)",
            ]
            if outerDate == nil {
                var v = values; v["finding"] = "outer_date_missing; do_not_inherit_inner_date"
                out.append(Finding(
                    check: name, severity: .warning,
                    message: "The forwarding notice \(outer.meta.docNumber ?? "") has no date of its own; the only date (\(innerDate.iso)\(printed?.issued == true ? ", 印发" : "")) belongs to the forwarded \(inner.meta.docNumber ?? "document"). Its 成文日期 is unknown (on or after \(innerDate.iso)); it must not inherit the inner date.",
                    quotes: quotes.isEmpty ? [input.quote(inner.range.lowerBound..<min(inner.range.upperBound, inner.range.lowerBound + 20))] : quotes,
                    basis: "GB/T 9704 (成文日期 of each document; 印发日期 is the 版记 date of the forwarded one)", values: v))
            } else if outerDate == innerDate && outerOwnLine == nil {
                var v = values; v["finding"] = "outer_date_inherited"
                out.append(Finding(
                    check: name, severity: .error,
                    message: "The forwarding notice's date \(innerDate.iso) is the forwarded document's date; the outer notice prints no date of its own.",
                    quotes: quotes.isEmpty ? [input.quote(inner.range)] : quotes,
                    basis: "GB/T 9704: each document's 成文日期 is the one under its own signature", values: v))
            } else if let o = outerDate, o < innerDate {
                var v = values; v["finding"] = "outer_before_inner"
                out.append(Finding(
                    check: name, severity: .error,
                    message: "The forwarding notice is dated \(o.iso), before the document it forwards (\(innerDate.iso)).",
                    quotes: quotes.isEmpty ? [input.quote(inner.range)] : quotes,
                    basis: "a document cannot forward one issued after it", values: v))
            }
        }
        return out
    }
}
