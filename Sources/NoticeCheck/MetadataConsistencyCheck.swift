import NoticeModel
import NoticeCalendar

/// Portal metadata printed in the text (`[ 成文日期 ] 2022-06-02`, printed once or twice) must agree with itself
/// and with the date under the signature. A block printed twice with the same values raises nothing.
public struct MetadataConsistencyCheck: Check {
    public let name = "metadata_self_consistency"
    public init() {}

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        var values: [String: [(String, Range<Int>)]] = [:]
        var order: [String] = []
        for m in s.matches("\\[ *([^\\[\\]\\n]{2,8}?) *\\] *([^\\[\\n]*)") {
            guard let l = m.groups[0], let v = m.groups[1] else { continue }
            let label = s.text(l), value = s.text(s.trimmed(v))
            if values[label] == nil { order.append(label) }
            values[label, default: []].append((value, m.range))
        }
        var out: [Finding] = []
        for label in order {
            let vs = values[label]!
            let distinct = Set(vs.map(\.0).filter { !$0.isEmpty })
            guard distinct.count > 1 else { continue }
            out.append(Finding(
                check: name, severity: .warning,
                message: "The metadata field '\(label)' is printed with different values: \(distinct.sorted().joined(separator: " / ")).",
                quotes: vs.map { input.quote($0.1) }, basis: "internal: one document, one value per field",
                values: ["field": label, "values": distinct.sorted().joined(separator: " | "), "finding": "header_blocks_disagree"]))
        }
        // the 成文日期 header vs the date line under the signature
        if let header = values["成文日期"]?.compactMap({ v in CalendarDate(iso: v.0).map { ($0, v.1) } }).first,
           let signed = DateText.dateLines(in: s).last(where: { !$0.issued }), signed.date != header.0 {
            out.append(Finding(
                check: name, severity: .warning,
                message: "The 成文日期 field says \(header.0.iso) but the date under the signature is \(signed.date.iso).",
                quotes: [input.quote(header.1), input.quote(signed.line)],
                basis: "GB/T 9704 7.3.5.1: 成文日期 is the date under the signature",
                values: ["header": header.0.iso, "signature": signed.date.iso, "finding": "signature_date_differs"]))
        }
        return out
    }
}
