import NoticeModel

/// Metadata a page carries outside its main text: `<title>`, `<meta>` tags, the 政府信息公开 table (table, list or
/// `[ 索引号 ] …` text form, printed once or twice), `发布时间：` lines. Dates come only from date fields; nothing
/// is guessed from a 文号 year or a procurement code.
struct PageMetadata {
    let vocabulary: HTMLVocabulary
    let kinds: LineKinds

    struct Fields {
        var values: [HTMLVocabulary.MetadataField: String] = [:]
        var pageTitle: String?
    }

    func read(_ tree: HTMLTree, _ blocks: [TextBlock], _ infos: [LineKinds.Info]) -> Fields {
        var f = Fields()
        var table: [HTMLVocabulary.MetadataField: String] = [:]
        func put(_ field: HTMLVocabulary.MetadataField, _ value: String, into d: inout [HTMLVocabulary.MetadataField: String]) {
            let v = TextLine.normalize(value)
            if !v.isEmpty && d[field] == nil { d[field] = v }
        }
        var k = 0
        while k < blocks.count {
            if let pairs = infos[k].labels {
                for (idx, p) in pairs.enumerated() {
                    var v = p.value
                    // A bare label cell: the value is the next cell, unless that is a label too.
                    if v.isEmpty && idx == pairs.count - 1 && k + 1 < blocks.count && infos[k + 1].labels == nil
                        && blocks[k + 1].text.unicodeScalars.count <= 80 {
                        v = blocks[k + 1].text; k += 1
                    }
                    put(p.field, v, into: &table)
                }
            }
            k += 1
        }
        // <meta name=…>
        var metas: [HTMLVocabulary.MetadataField: String] = [:]
        for i in 0..<tree.count where tree.kind[i] == .element && tree.name[i] == "meta" {
            guard let name = tree.attribute(i, "name")?.lowercased(), let field = vocabulary.metaNames[name],
                  let content = tree.attribute(i, "content") else { continue }
            put(field, content, into: &metas)
        }
        f.values = table
        for (key, v) in metas where f.values[key] == nil { f.values[key] = v }
        if let t = tree.first("title") { f.pageTitle = TextLine.normalize(tree.textContent(t)) }
        return f
    }

    /// The page title without its site / column suffix (`…_重庆市医疗保障局`, `…-泰茂医疗器械招标网`).
    func cleanTitle(_ title: String, siteName: String?, column: String?) -> String {
        var t = title
        var changed = true, strippedSite = false
        while changed {
            changed = false
            for sep in vocabulary.titleSeparators {
                let ts = Array(t.unicodeScalars), ss = Array(sep.unicodeScalars)
                guard ts.count > ss.count,
                      let at = stride(from: ts.count - ss.count, through: 0, by: -1).first(where: { LineKinds.matches(ts, at: $0, ss) })
                else { continue }
                let suffix = String(String.UnicodeScalarView(ts[(at + ss.count)...])).trimmingCharacters(" \u{3000}")
                let head = String(String.UnicodeScalarView(ts[..<at])).trimmingCharacters(" \u{3000}")
                if head.isEmpty { continue }
                // After the site name, a short column name before it goes too (`…_通知公告_某某局`).
                if isSiteName(suffix, siteName: siteName, column: column)
                    || (strippedSite && isColumnName(suffix) && head.unicodeScalars.count > 8) {
                    t = head; changed = true; strippedSite = true; break
                }
            }
        }
        return t
    }

    func isSiteName(_ s: String, siteName: String?, column: String?) -> Bool {
        if s.isEmpty { return false }
        if s == siteName || s == column { return true }
        if s.unicodeScalars.count > 24 || TextLine.contains(s, "关于") || TextLine.contains(s, "關於") || TextLine.contains(s, "《") { return false }
        if s.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
        return vocabulary.siteNameEndings.contains { s.hasSuffix($0) }
    }

    /// A short column name (`政策法规`, `通知公告`): at most 6 characters, no digits, no title words.
    func isColumnName(_ s: String) -> Bool {
        let n = s.unicodeScalars.count
        return n >= 2 && n <= 6 && !TextLine.contains(s, "关于") && !TextLine.contains(s, "《")
            && !s.unicodeScalars.contains(where: { $0.properties.numericType != nil || !TextLine.isCJK($0.value) })
    }

    /// `2022-06-02`, `2022年6月2日`, `2024/06/18 10:00`, `2024.6.18` at the start of a value → ISO date.
    static func isoDate(_ value: String) -> String? {
        let s = Array(value.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" })
        var i = 0
        func number(maxDigits: Int) -> Int? {
            var v = 0, d = 0
            while i < s.count, d < maxDigits, let x = s[i].properties.numericType != nil ? Int(String(s[i])) : nil { v = v * 10 + x; d += 1; i += 1 }
            return d == 0 ? nil : v
        }
        guard let y = number(maxDigits: 4), i == 4, (1949...2100).contains(y) else { return nil }
        guard i < s.count, "-/.年".unicodeScalars.contains(s[i]) else { return nil }
        i += 1
        guard let m = number(maxDigits: 2), (1...12).contains(m) else { return nil }
        guard i < s.count, "-/.月".unicodeScalars.contains(s[i]) else { return nil }
        i += 1
        guard let d = number(maxDigits: 2), (1...31).contains(d) else { return nil }
        if i < s.count, s[i].properties.numericType != nil { return nil }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
