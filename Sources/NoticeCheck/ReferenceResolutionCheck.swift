import NoticeModel

/// References to other documents that the set cannot resolve: a cited 文号 or title that no document in the set
/// has, and vague references with neither (`国家医疗保障局办公室印发通知`). One info finding per document, listing
/// them; a count the text attributes to an unresolved document (`提出的八条监管举措`) is noted as unverifiable.
public struct ReferenceResolutionCheck: CrossCheck {
    public let name = "reference_resolution"
    public init() {}

    public func run(_ docs: [CheckInput]) -> [Finding] {
        var known = Set<String>()
        var titles = Set<String>()
        for d in docs {
            known.formUnion(Self.ownNumbers(d))
            for m in [d.document.doc] + d.document.doc.embedded { if let t = m.title { titles.insert(Self.titleKey(t)) } }
        }
        var out: [Finding] = []
        for d in docs {
            let s = d.scan
            let own = Self.ownNumbers(d)
            var refs: [(quote: Range<Int>, label: String)] = []
            if !d.document.doc.references.isEmpty {
                for r in d.document.doc.references {
                    if let n = r.docNumber, known.contains(Self.key(n)) || own.contains(Self.key(n)) { continue }
                    if r.docNumber == nil, let t = r.title, titles.contains(Self.titleKey(t)) { continue }
                    refs.append((r.span.range, r.docNumber ?? r.title ?? r.quote))
                }
            } else {
                // without extracted metadata: every 文号 in the text except the document's own
                for m in s.matches(Self.docNumberPattern) {
                    let n = s.text(m.range)
                    if known.contains(Self.key(n)) || own.contains(Self.key(n)) || refs.contains(where: { $0.label == n }) { continue }
                    if s.text(max(0, m.range.lowerBound - 12)..<m.range.lowerBound).contains("备") { continue }
                    refs.append((m.range, n))
                }
            }
            for m in s.matches("([\\p{Han}]{2,20}?(?:局|委员会|委|办公室|办公厅|部|政府))印发(?:了)?(通知|文件|意见|方案)") {
                let next = m.range.upperBound < s.count ? s.scalars[m.range.upperBound] : " "
                if next == "《" { continue }
                refs.append((m.range, "\(s.text(m.groups[0]!))印发\(s.text(m.groups[1]!)) (no 文号/title)"))
            }
            guard !refs.isEmpty else { continue }
            var notes: [String] = []
            for r in refs {
                let sentence = s.sentence(around: r.quote.lowerBound)
                let pattern = "^[)）》]*(?:中|所)?(?:提出|确定|明确|规定|部署)(?:了|的)?([0-9]+|[一二两三四五六七八九十]+)(条|项)[\\p{Han}]{0,4}?(?:举措|措施|任务)"
                if let c = s.matches(pattern, in: r.quote.upperBound..<sentence.upperBound).first {
                    notes.append("'\(s.text(c.groups[0]!.lowerBound..<c.range.upperBound))' attributed to \(r.label) cannot be verified")
                }
            }
            out.append(Finding(
                check: name, severity: .info,
                message: "\(refs.count) reference(s) in \(d.fileName) cannot be resolved in this set: " + refs.map(\.label).joined(separator: "; ")
                    + (notes.isEmpty ? "." : ". " + notes.joined(separator: "; ") + "."),
                quotes: refs.map { d.quote($0.quote) }, basis: "cross-document: cited 文号/titles vs the documents in the set",
                values: ["unresolved": String(refs.count), "finding": "unresolved/needs_external"]))
        }
        return out
    }

    static let docNumberPattern = "[\\p{Han}A-Za-z]{1,10}[〔\\[(（][0-9]{4}[〕\\])）][0-9]+号"

    /// The document's own 文号s: from its metadata, or (without metadata) those alone on a line or under a
    /// `发文字号` label.
    static func ownNumbers(_ d: CheckInput) -> Set<String> { Set(ownNumberTexts(d).map(key)) }

    static func ownNumberTexts(_ d: CheckInput) -> [String] {
        let meta = ([d.document.doc] + d.document.doc.embedded).compactMap { $0.docNumber }
        if !meta.isEmpty { return meta }
        let s = d.scan
        var out: [String] = []
        for m in s.matches(docNumberPattern) {
            let line = s.trimmed(s.line(around: m.range.lowerBound))
            let before = s.text(max(0, m.range.lowerBound - 10)..<m.range.lowerBound)
            let n = s.text(m.range)
            if (line == m.range || before.contains("发文字号")) && !out.contains(n) { out.append(n) }
        }
        return out
    }

    /// 文号 compared with brackets unified (`〔2024〕`, `[2024]`, `(2024)`) and spaces dropped.
    static func key(_ n: String) -> String {
        var s = ""
        for c in n.unicodeScalars where !c.properties.isWhitespace {
            switch c { case "[", "(", "（", "【": s.unicodeScalars.append("〔"); case "]", ")", "）", "】": s.unicodeScalars.append("〕"); default: s.unicodeScalars.append(c) }
        }
        return s
    }

    static func titleKey(_ t: String) -> String {
        String(t.unicodeScalars.filter { !$0.properties.isWhitespace && !"《》".unicodeScalars.contains($0) }.map(Character.init))
    }
}
