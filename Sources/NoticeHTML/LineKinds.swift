/// What a line of page text is, judged by its words (vocabulary in `HTMLVocabulary`). Works on scalar arrays:
/// Foundation's `String.contains` / `range(of:)` cost more than the whole parse.
struct LineKinds: Sendable {
    typealias Scalars = [Unicode.Scalar]
    typealias Pair = (field: HTMLVocabulary.MetadataField, value: String)

    /// Everything the content box and the metadata reader need to know about one line.
    struct Info: Sendable {
        var toolbar = false, footer = false, info = false
        var labels: [Pair]? = nil
        var isChrome: Bool { toolbar || footer || info || labels != nil }
    }

    let toolbarTokens: [Scalars]
    let footerMarkers: [Scalars]
    let infoPrefixes: [Scalars]
    let labels: [(label: Scalars, field: HTMLVocabulary.MetadataField)]
    /// Bitmap over the BMP of the first scalars of footer markers: most positions of a line are rejected by one load.
    let footerFirst: [UInt64]
    static let spaces: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "\t"]
    static let labelBoundary: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "\t", "[", "]", "【", "】", "|", "｜", ";", "；", ":", "："]
    static let labelEnd: Set<Unicode.Scalar> = ["]", "】", ":", "："]
    static let valueTrim: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "[", "]", "【", "】", "|", "｜", ";", "；"]
    static let leadBrackets: Set<Unicode.Scalar> = [" ", "\u{3000}", "\u{A0}", "[", "【"]

    init(vocabulary: HTMLVocabulary) {
        toolbarTokens = vocabulary.toolbarTokens.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        footerMarkers = vocabulary.footerMarkers.map { Array($0.unicodeScalars) }
        var bits = [UInt64](repeating: 0, count: 1024)
        for m in footerMarkers { if let f = m.first, f.value < 0x10000 { bits[Int(f.value >> 6)] |= 1 << UInt64(f.value & 63) } }
        footerFirst = bits
        infoPrefixes = vocabulary.infoLinePrefixes.map { Array($0.unicodeScalars) }
        labels = vocabulary.metadataLabels.map { (Array($0.label.unicodeScalars), $0.field) }.sorted { $0.label.count > $1.label.count }
    }

    func classify(_ line: String) -> Info {
        let s = Array(line.unicodeScalars)
        // Long lines are running text: only a label line can still start one.
        if s.count > 400 { return Info(labels: labelled(s)) }
        return Info(toolbar: isToolbar(s), footer: isFooter(s), info: isInfoLine(s), labels: labelled(s))
    }

    func isToolbar(_ line: String) -> Bool { isToolbar(Array(line.unicodeScalars)) }
    func isFooter(_ line: String) -> Bool { isFooter(Array(line.unicodeScalars)) }
    func isInfoLine(_ line: String) -> Bool { isInfoLine(Array(line.unicodeScalars)) }
    func labelled(_ line: String) -> [Pair]? { labelled(Array(line.unicodeScalars)) }

    /// Only toolbar words, brackets and separators: `【字体：大 中 小】 打印本页 关闭窗口`.
    func isToolbar(_ line: Scalars) -> Bool {
        if line.count > 120 { return false }
        let s = line.filter { !($0.value <= 0x20 || Self.spaces.contains($0)) }
        if s.isEmpty || s.count > 60 { return false }
        var i = 0
        outer: while i < s.count {
            for t in toolbarTokens where Self.matches(s, at: i, t) { i += t.count; continue outer }
            return false
        }
        return true
    }

    func isFooter(_ line: Scalars) -> Bool {
        guard line.count < 400 else { return false }
        for i in line.indices {
            let v = line[i].value
            guard v < 0x10000, footerFirst[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 else { continue }
            for m in footerMarkers where Self.matches(line, at: i, m) { return true }
        }
        return false
    }

    /// A short article-info line: `发布时间：2024-06-18  来源：…  浏览次数：12`.
    func isInfoLine(_ line: Scalars) -> Bool {
        guard line.count <= 120 else { return false }
        var i = 0
        while i < line.count, Self.leadBrackets.contains(line[i]) { i += 1 }
        for p in infoPrefixes where Self.matches(line, at: i, p) {
            var j = i + p.count
            while j < line.count, line[j] == " " { j += 1 }
            if j == line.count || Self.labelEnd.contains(line[j]) { return true }
        }
        return false
    }

    /// Label/value pairs when the line starts with a 政府信息公开 label (`[ 索引号 ] … [ 发文字号 ] …`,
    /// `索引号：…`, or a bare label cell). Nil when it does not.
    func labelled(_ s: Scalars) -> [Pair]? {
        var hits: [(start: Int, end: Int, field: HTMLVocabulary.MetadataField)] = []
        var i = 0
        while i < s.count {
            var matched = false
            if i == 0 || Self.labelBoundary.contains(s[i - 1]) {
                for l in labels where Self.matches(s, at: i, l.label) {
                    var j = i + l.label.count
                    while j < s.count, Self.spaces.contains(s[j]) { j += 1 }
                    if j == s.count || Self.labelEnd.contains(s[j]) {
                        while j < s.count, Self.spaces.contains(s[j]) || Self.labelEnd.contains(s[j]) { j += 1 }
                        hits.append((i, j, l.field)); i = j; matched = true
                    }
                    break
                }
            }
            if !matched {
                if hits.isEmpty && !Self.leadBrackets.contains(s[i]) { return nil }  // must start with a label
                i += 1
            }
        }
        if hits.isEmpty { return nil }
        var out: [Pair] = []
        for (k, h) in hits.enumerated() {
            var a = h.end, b = k + 1 < hits.count ? hits[k + 1].start : s.count
            while a < b, Self.valueTrim.contains(s[a]) { a += 1 }
            while b > a, Self.valueTrim.contains(s[b - 1]) { b -= 1 }
            out.append((h.field, String(String.UnicodeScalarView(s[a..<b]))))
        }
        return out
    }

    static func matches(_ s: Scalars, at i: Int, _ t: Scalars) -> Bool {
        guard i + t.count <= s.count else { return false }
        var k = 0
        while k < t.count { if s[i + k] != t[k] { return false }; k += 1 }
        return true
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
