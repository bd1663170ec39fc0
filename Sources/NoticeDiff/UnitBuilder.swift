import NoticeModel
import NoticeText

/// Cuts a version into `DiffUnit`s: from the document's sections when it has them, else from the text itself
/// (article labels at line starts, then `一、` headings, then plain paragraphs).
struct UnitBuilder: Sendable {
    func units(_ input: DiffInput) -> [DiffUnit] {
        let fromSections = sectionUnits(input)
        var fromText = textUnits(input.text)
        // Articles seen in the text but not among the sections (a segmenter that misses `第 5-1 條`): the text wins.
        let textHasArticles = fromText.contains { $0.style == .article }
        let sectionsHaveArticles = fromSections.contains { $0.style == .article }
        if !fromSections.isEmpty && (sectionsHaveArticles || !textHasArticles) {
            return withPreamble(fromSections, text: input.text)
        }
        // Keep the document's section ids where a section starts where a unit does.
        var byStart: [Int: String] = [:]
        for s in input.document.sections where byStart[s.span.start] == nil { byStart[s.span.start] = s.id }
        for k in fromText.indices { fromText[k].section = byStart[fromText[k].span.lowerBound] }
        return withPreamble(fromText, text: input.text)
    }

    typealias RawUnit = (style: DiffUnit.Style, number: String, ordinal: Double?, span: Range<Int>, bodyStart: Int, section: String?)

    /// Adds the preamble (text before the first unit) and turns any other stretch of text no unit covers
    /// (a forwarded document after the last section, a 落款) into an unnumbered unit, so no text escapes the diff.
    func withPreamble(_ raw: [RawUnit], text: SourceText) -> [DiffUnit] {
        var all: [RawUnit] = []
        let first = raw.first?.span.lowerBound ?? text.count
        if first > 0, DiffUnit.hasContent(text, 0..<first) {
            all.append((.preamble, "", nil, 0..<first, 0, nil))
        }
        var covered = first
        for r in raw {
            if r.span.lowerBound > covered, DiffUnit.hasContent(text, covered..<r.span.lowerBound) {
                all.append((.paragraph, "", nil, covered..<r.span.lowerBound, covered, nil))
            }
            all.append(r)
            covered = max(covered, r.span.upperBound)
        }
        if covered < text.count, DiffUnit.hasContent(text, covered..<text.count) {
            all.append((.paragraph, "", nil, covered..<text.count, covered, nil))
        }
        return all.enumerated().map { i, r in
            DiffUnit(index: i, style: r.style, number: r.number, ordinal: r.ordinal, span: r.span,
                     bodyStart: r.bodyStart, section: r.section, text: text)
        }
    }

    // MARK: from sections

    func sectionUnits(_ input: DiffInput) -> [RawUnit] {
        let text = input.text
        // Spans past the text (a document that does not belong to this text) are not used.
        let sections = input.document.sections.filter { $0.span.end <= text.count }
        guard !sections.isEmpty else { return [] }
        let articles = sections.filter { $0.style == "article" }
        var out: [RawUnit] = []
        if !articles.isEmpty {
            for h in sections where h.style == "chapter" || h.style == "part_section" {
                let lineEnd = (h.span.start..<h.span.end).first { text.folded[$0] == "\n" } ?? h.span.end
                out.append((.heading, h.number, h.ordinal, h.span.start..<lineEnd, labelEnd(h, text), h.id))
            }
            for a in articles {
                out.append((.article, a.number, a.ordinal, a.span.range, labelEnd(a, text), a.id))
            }
        } else {
            // The outermost numbering of each document part (the notice and each forwarded document).
            var top: [Int: Int] = [:]
            for s in sections { top[s.part] = min(top[s.part] ?? s.level, s.level) }
            for s in sections where s.level == top[s.part] {
                out.append((.section, s.number, s.ordinal, s.span.range, labelEnd(s, text), s.id))
            }
        }
        out.sort { $0.span.lowerBound < $1.span.lowerBound }
        // Cut overlaps (a heading inside an article span ends the article).
        for i in 0..<out.count where i + 1 < out.count && out[i].span.upperBound > out[i + 1].span.lowerBound {
            out[i].span = out[i].span.lowerBound..<max(out[i].span.lowerBound, out[i + 1].span.lowerBound)
        }
        return out
    }

    func labelEnd(_ s: Section, _ text: SourceText) -> Int {
        let n = Array(s.number.unicodeScalars)
        let start = s.span.start
        if start + n.count <= text.count, Array(text.original[start..<(start + n.count)]) == n { return start + n.count }
        return start
    }

    // MARK: from text

    func textUnits(_ text: SourceText) -> [RawUnit] {
        var lines: [(start: Int, label: Label?)] = []
        var lineStart = 0
        let s = text.folded
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            if i > lineStart { lines.append((lineStart, label(s, lineStart..<i))) }
            lineStart = i + 1
        }
        let hasArticles = lines.contains { $0.label?.kind == .article }
        let hasCn = lines.contains { $0.label?.kind == .cn }
        var out: [RawUnit] = []
        for (n, line) in lines.enumerated() {
            let lineEnd = n + 1 < lines.count ? lines[n + 1].start : s.count
            if hasArticles {
                guard let l = line.label, l.kind == .article || l.kind == .heading else { continue }
                out.append((l.kind == .article ? .article : .heading, text.quote(line.start..<l.end).trimmingSpaces,
                            l.ordinal, line.start..<lineEnd, l.end, nil))
            } else if hasCn {
                guard let l = line.label, l.kind == .cn else { continue }
                out.append((.section, text.quote(line.start..<l.end).trimmingSpaces, l.ordinal, line.start..<lineEnd, l.end, nil))
            } else if DiffUnit.hasContent(text, line.start..<lineEnd) {
                out.append((.paragraph, "", nil, line.start..<lineEnd, line.start, nil))
            }
        }
        // A unit runs until the next unit starts.
        for i in 0..<out.count {
            let end = i + 1 < out.count ? out[i + 1].span.lowerBound : s.count
            if out[i].style != .heading { out[i].span = out[i].span.lowerBound..<end }
            else { out[i].span = out[i].span.lowerBound..<min(out[i].span.upperBound, end) }
        }
        return out
    }

    struct Label {
        enum Kind { case article, heading, cn }
        var kind: Kind
        var ordinal: Double?
        var end: Int
    }

    /// `第十五条` / `第 5-1 條` / `第十五条之一` / `第一章` / `第二节` / `一、` at the start of a line.
    func label(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Label? {
        var i = line.lowerBound
        while i < line.upperBound, s[i] == " " || s[i] == "\t" { i += 1 }
        guard i < line.upperBound else { return nil }
        if s[i] == "第" {
            var j = i + 1
            while j < line.upperBound, s[j] == " " { j += 1 }
            let numStart = j
            var numEnd = ChineseNumeral.runEnd(s, from: j, upTo: line.upperBound)
            guard numEnd > numStart, var ord = ChineseNumeral.value(s[numStart..<numEnd]) else { return nil }
            // 5-1
            if numEnd + 1 < line.upperBound, s[numEnd] == "-", ChineseNumeral.isASCIIDigit(s[numEnd + 1]) {
                let subEnd = ChineseNumeral.runEnd(s, from: numEnd + 1, upTo: line.upperBound)
                if let sub = ChineseNumeral.value(s[(numEnd + 1)..<subEnd]) { ord += sub / 100 }
                numEnd = subEnd
            }
            j = numEnd
            while j < line.upperBound, s[j] == " " { j += 1 }
            guard j < line.upperBound else { return nil }
            let kindScalar = s[j]
            j += 1
            switch kindScalar {
            case "条", "條":
                // 之一
                if j + 1 < line.upperBound, s[j] == "之", ChineseNumeral.digit(s[j + 1]) != nil || ChineseNumeral.smallUnit(s[j + 1]) != nil {
                    let subEnd = ChineseNumeral.runEnd(s, from: j + 1, upTo: line.upperBound)
                    if let sub = ChineseNumeral.value(s[(j + 1)..<subEnd]) { ord += sub / 100 }
                    j = subEnd
                }
                // An article label is followed by a space or the text; a cross-reference (`第五条规定`) is not at a line start.
                return Label(kind: .article, ordinal: ord, end: j)
            case "章", "节", "節", "编", "編":
                return Label(kind: .heading, ordinal: ord, end: j)
            default:
                return nil
            }
        }
        let numEnd = ChineseNumeral.runEnd(s, from: i, upTo: line.upperBound)
        if numEnd > i, numEnd < line.upperBound, s[numEnd] == "、", !ChineseNumeral.isASCIIDigit(s[i]),
           let ord = ChineseNumeral.value(s[i..<numEnd]) {
            return Label(kind: .cn, ordinal: ord, end: numEnd + 1)
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
