import NoticeModel

/// A 文号 (代字〔年〕N号) that is really something else: an ICP or information-service filing number from the
/// page footer, a licence number, a CPPCC proposal number (`第0080号提案`). Looked for in the document's own
/// docNumber, its embedded documents' and its references'. Error: the document is misidentified.
public struct DocNumberLookalikeCheck: Check {
    public let name = "docnumber_lookalikes"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        let doc = input.document.doc
        var numbers: [(String, String)] = []
        if let d = doc.docNumber { numbers.append((d, "doc.docNumber")) }
        for (i, e) in doc.embedded.enumerated() { if let d = e.docNumber { numbers.append((d, "doc.embedded[\(i)].docNumber")) } }
        for (i, r) in doc.references.enumerated() { if let d = r.docNumber { numbers.append((d, "doc.references[\(i)].docNumber")) } }
        var out: [Finding] = []
        for (number, field) in numbers {
            var reason: String? = lexicon.docNumberLookalikes.first { number.contains($0.marker) }?.reason
            var at: Range<Int>? = nil
            if reason == nil {
                // the context it is printed in: `…备字(2023)第00464号`, `第0080号提案`, `ICP备…`
                for o in s.occurrences(of: number) {
                    let r = o..<(o + number.unicodeScalars.count)
                    let context = s.text(max(0, o - 12)..<min(s.count, r.upperBound + 3))
                    if let hit = lexicon.docNumberLookalikes.first(where: { context.contains($0.marker) }) {
                        reason = hit.reason; at = max(0, o - 12)..<min(s.count, r.upperBound + 3); break
                    }
                }
            } else {
                at = s.occurrences(of: number).first.map { $0..<($0 + number.unicodeScalars.count) }
            }
            guard let reason else { continue }
            out.append(Finding(
                check: name, severity: .error,
                message: "'\(number)' (\(field)) is not a 文号: \(reason).",
                quotes: at.map { [input.quote($0)] } ?? [],
                basis: "GB/T 9704 7.2.5: 发文字号 = 发文机关代字 + 〔年份〕 + 发文顺序号",
                values: ["value": number, "field": field, "finding": "must_not_extract_as_发文字号"]))
        }
        return out
    }
}
