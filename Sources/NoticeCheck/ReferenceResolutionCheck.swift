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
                for r in Self.docNumbers(in: s) {
                    let m = (range: r, groups: [Range<Int>?]())
                    let n = s.text(m.range)
                    if known.contains(Self.key(n)) || own.contains(Self.key(n)) || refs.contains(where: { $0.label == n }) { continue }
                    if s.text(max(0, m.range.lowerBound - 12)..<m.range.lowerBound).contains("备") { continue }
                    refs.append((m.range, n))
                }
            }
            for r in Self.vagueReferences(in: s) { refs.append((r, "\(s.text(r)) (no 文号/title)")) }
            var seenLabels = Set<String>()
            refs = refs.filter { seenLabels.insert($0.label).inserted }
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

    /// Every `代字〔年〕N号` in the text (代字 of 1–10 Han characters or letters), scanned back from each `号`.
    static func docNumbers(in s: TextScan) -> [Range<Int>] {
        let open: Set<Unicode.Scalar> = ["〔", "[", "(", "（"], close: Set<Unicode.Scalar> = ["〕", "]", ")", "）"]
        func digit(_ i: Int) -> Bool { i >= 0 && ("0"..."9").contains(s.scalars[i]) }
        var out: [Range<Int>] = []
        for (end, c) in s.scalars.enumerated() where c == "号" {
            var i = end - 1
            guard digit(i) else { continue }
            while digit(i) { i -= 1 }
            guard i >= 5, close.contains(s.scalars[i]), digit(i - 1), digit(i - 2), digit(i - 3), digit(i - 4),
                  open.contains(s.scalars[i - 5]) else { continue }
            var j = i - 5
            var k = 0
            while j > 0 && k < 10 {
                let p = s.scalars[j - 1]
                guard p.properties.isIdeographic || (p.isASCII && p.properties.isAlphabetic) else { break }
                j -= 1; k += 1
            }
            if k > 0 { out.append(j..<(end + 1)) }
        }
        return out
    }

    static let issuerSuffixes = ["委员会", "办公室", "办公厅", "政府", "局", "委", "部"]

    /// `国家医疗保障局办公室印发通知`: an issuer said to have issued a document that is named by neither title nor 文号.
    static func vagueReferences(in s: TextScan) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for at in s.occurrences(of: "印发") {
            let before = s.text(max(0, at - 20)..<at)
            guard issuerSuffixes.contains(where: { before.hasSuffix($0) }) else { continue }
            var j = at
            while j > 0 && at - j < 20 && s.scalars[j - 1].properties.isIdeographic { j -= 1 }
            var e = at + 2
            if e < s.count && s.scalars[e] == "了" { e += 1 }
            guard let kind = ["通知", "文件", "意见", "方案"].first(where: { e + 2 <= s.count && s.text(e..<(e + 2)) == $0 }) else { continue }
            e += kind.unicodeScalars.count
            if e < s.count && s.scalars[e] == "《" { continue }
            out.append(j..<e)
        }
        return out
    }

    /// The document's own 文号s: from its metadata, or (without metadata) those alone on a line or under a
    /// `发文字号` label.
    static func ownNumbers(_ d: CheckInput) -> Set<String> { Set(ownNumberTexts(d).map(key)) }

    static func ownNumberTexts(_ d: CheckInput) -> [String] {
        let meta = ([d.document.doc] + d.document.doc.embedded).compactMap { $0.docNumber }
        if !meta.isEmpty { return meta }
        let s = d.scan
        var out: [String] = []
        for r in docNumbers(in: s) {
            let m = (range: r, groups: [Range<Int>?]())
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
