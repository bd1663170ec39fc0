/// What a line of page text is, judged by its words (vocabulary in `HTMLVocabulary`).
struct LineKinds: Sendable {
    let vocabulary: HTMLVocabulary
    let toolbarTokens: [[Unicode.Scalar]]
    let labels: [(label: [Unicode.Scalar], field: HTMLVocabulary.MetadataField)]

    init(vocabulary: HTMLVocabulary) {
        self.vocabulary = vocabulary
        toolbarTokens = vocabulary.toolbarTokens.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        labels = vocabulary.metadataLabels.map { (Array($0.label.unicodeScalars), $0.field) }.sorted { $0.label.count > $1.label.count }
    }

    /// Only toolbar words, brackets and separators: `【字体：大 中 小】 打印本页 关闭窗口`.
    func isToolbar(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars.filter { !($0.value <= 0x20 || $0.value == 0xA0 || $0.value == 0x3000) })
        if s.isEmpty || s.count > 60 { return false }
        var i = 0
        outer: while i < s.count {
            for t in toolbarTokens where i + t.count <= s.count && s[i..<(i + t.count)].elementsEqual(t) {
                i += t.count; continue outer
            }
            return false
        }
        return true
    }

    func isFooter(_ line: String) -> Bool {
        line.unicodeScalars.count < 400 && vocabulary.footerMarkers.contains { line.contains($0) }
    }

    /// A short article-info line: `发布时间：2024-06-18  来源：…  浏览次数：12`.
    func isInfoLine(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 120 else { return false }
        let t = line.drop { $0 == " " || $0 == "[" || $0 == "【" || $0 == "\u{3000}" }
        return vocabulary.infoLinePrefixes.contains { p in
            guard t.hasPrefix(p) else { return false }
            let rest = t.dropFirst(p.count).drop { $0 == " " }
            return rest.isEmpty || rest.first == ":" || rest.first == "：" || rest.first == "]" || rest.first == "】" || p == "您好"
        }
    }

    /// Label/value pairs when the line starts with a 政府信息公开 label (`[ 索引号 ] … [ 发文字号 ] …`,
    /// `索引号：…`, or a bare label cell). Nil when it does not.
    func labelled(_ line: String) -> [(field: HTMLVocabulary.MetadataField, value: String)]? {
        let s = Array(line.unicodeScalars)
        var hits: [(start: Int, end: Int, field: HTMLVocabulary.MetadataField)] = []
        var i = 0
        while i < s.count {
            let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let boundary = before == nil || " \u{3000}\u{A0}[]【】|｜;；:：\t".unicodeScalars.contains(before!)
            var matched = false
            if boundary {
                for l in labels where i + l.label.count <= s.count && s[i..<(i + l.label.count)].elementsEqual(l.label) {
                    var j = i + l.label.count
                    while j < s.count, " \u{3000}\u{A0}".unicodeScalars.contains(s[j]) { j += 1 }
                    if j == s.count || "]】:：".unicodeScalars.contains(s[j]) {
                        while j < s.count, " \u{3000}\u{A0}]】:：".unicodeScalars.contains(s[j]) { j += 1 }
                        hits.append((i, j, l.field)); i = j; matched = true
                    }
                    break
                }
            }
            if !matched { i += 1 }
        }
        guard let first = hits.first else { return nil }
        let lead = s[0..<first.start].allSatisfy { " \u{3000}\u{A0}[【".unicodeScalars.contains($0) }
        guard lead else { return nil }
        var out: [(HTMLVocabulary.MetadataField, String)] = []
        for (k, h) in hits.enumerated() {
            let end = k + 1 < hits.count ? hits[k + 1].start : s.count
            var v = String(String.UnicodeScalarView(s[h.end..<end]))
            v = v.trimmingCharacters(" \u{3000}\u{A0}[]【】|｜;；")
            out.append((h.field, v))
        }
        return out
    }
}

extension String {
    func trimmingCharacters(_ set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var u = Substring(self).unicodeScalars
        while let f = u.first, chars.contains(f) { u.removeFirst() }
        while let l = u.last, chars.contains(l) { u.removeLast() }
        return String(u)
    }
}
