import NoticeModel

/// Joint issuers (red header, title) vs the names signed above the date line: a joint document signed by fewer
/// issuers than it names is either incomplete or the line is the 版记's 印发机关 (`XX局 2023年6月29日印发`), which
/// names only the office that printed it. Info: the layout, not the rule, is in question.
public struct SignatureIssuersCheck: Check {
    public let name = "joint_issuers_vs_signature"
    public init() {}

    static let suffixes = ["委员会", "办公室", "办公厅", "政府", "局", "厅", "委", "部", "署", "院", "中心", "公司", "会"]

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        var out: [Finding] = []
        for part in DocumentParts(input).parts {
            let issuers = part.meta.issuers
            guard issuers.count >= 2, let dateLine = DateText.dateLines(in: s, window: part.range).last else { continue }
            // the names are on the non-empty lines right above the date line
            var names: [String] = []
            var signature: [Range<Int>] = []
            for line in s.lines.filter({ $0.upperBound <= dateLine.line.lowerBound && $0.lowerBound >= part.range.lowerBound }).reversed() {
                let t = s.trimmed(line)
                if t.isEmpty { continue }
                let text = s.text(t)
                if text.hasPrefix("(此件") || text.hasPrefix("（此件") || text.hasPrefix("附件") { continue }
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard !words.isEmpty, words.allSatisfy({ w in Self.suffixes.contains { w.hasSuffix($0) } && w.count <= 20 }) else { break }
                names.insert(contentsOf: words, at: 0)
                signature.insert(t, at: 0)
                if signature.count >= 4 { break }
            }
            guard names.count < issuers.count else { continue }
            let quotes = (signature + [dateLine.line]).map { input.quote($0) }
            out.append(Finding(
                check: name, severity: .info,
                message: "\(issuers.count) issuers are named (\(issuers.joined(separator: "、"))) but \(names.count) sign above the date line"
                    + (dateLine.issued ? "; the line '…印发' is the 版记's 印发机关, so the signature block may simply be absent." : "; the signature may be incomplete."),
                quotes: quotes,
                basis: "党政机关公文处理工作条例 第九条 (联合行文 signed by all issuers); GB/T 9704 7.3.5 / 7.4.3 (版记 印发机关和印发日期)",
                values: ["issuers": String(issuers.count), "signed": String(names.count),
                         "finding": dateLine.issued ? "signature_incomplete_or_line_is_版记_印发机关" : "signature_incomplete"]))
        }
        return out
    }
}
