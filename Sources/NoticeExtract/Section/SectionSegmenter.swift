import NoticeModel
import NoticeText

/// Finds numbered units at line starts and nests them: `第X章` > `第X节` > `第X条` > `一、` > `（一）` > `1.` > `（1）`.
/// Numbering restarts in each document part (a forwarded document embedded in a cover notice has its own).
/// Continuous numbering across sections (seed 001's （一）…（十九） across 一、…四、) needs nothing special: each
/// `（N）` is a child of the `N、` before it.
struct SectionSegmenter: Sendable {
    let parser = NumeralParser()

    func segment(_ text: SourceText, parts: [Range<Int>], excluded: [Range<Int>] = []) -> [Section] {
        let s = text.folded
        var sections: [Section] = []
        for (partIndex, part) in parts.enumerated() {
            var stack: [(index: Int, rank: Int)] = []
            var lineStart = part.lowerBound
            while lineStart < part.upperBound {
                var lineEnd = lineStart
                while lineEnd < part.upperBound, s[lineEnd] != "\n" { lineEnd += 1 }
                var i = lineStart
                while i < lineEnd, CharClass.isSpace(s[i]) { i += 1 }
                if !excluded.contains(where: { $0.contains(i) }), let h = heading(s, at: i, lineEnd: lineEnd) {
                    while let top = stack.last, top.rank >= h.style.rank {
                        sections[top.index].span = Span(sections[top.index].span.start, lineStart)
                        stack.removeLast()
                    }
                    let id = "s\(sections.count + 1)"
                    let headingText = h.headingRange.map { text.normalized($0) }
                    sections.append(Section(id: id, number: text.quote(h.numberRange), level: stack.count + 1,
                                            heading: headingText?.isEmpty == false ? headingText : nil,
                                            span: Span(h.numberRange.lowerBound, part.upperBound),
                                            parent: stack.last.map { sections[$0.index].id }, ordinal: h.ordinal,
                                            style: h.style.rawValue, part: partIndex))
                    stack.append((sections.count - 1, h.style.rank))
                }
                lineStart = lineEnd + 1
            }
            for (idx, _) in stack {
                sections[idx].span = Span(sections[idx].span.start, trimEnd(s, part.upperBound, from: sections[idx].span.start))
            }
        }
        for k in sections.indices {
            sections[k].span = Span(sections[k].span.start, trimEnd(s, sections[k].span.end, from: sections[k].span.start))
        }
        return sections
    }

    private func trimEnd(_ s: [Unicode.Scalar], _ end: Int, from start: Int) -> Int {
        var e = end
        while e > start, CharClass.isSpace(s[e - 1]) || s[e - 1] == "\n" { e -= 1 }
        return e
    }

    /// The numbered heading starting at `i`, if any.
    func heading(_ s: [Unicode.Scalar], at i: Int, lineEnd: Int) -> SectionHeading? {
        guard i < lineEnd else { return nil }
        let c = s[i]
        if c == "第" { return statuteHeading(s, at: i, lineEnd: lineEnd) }
        if c == "（" || c == "(" {
            var j = i + 1
            guard let m = parser.parse(s, at: j), m.form != .percent else { return nil }
            j = m.range.upperBound
            guard let close = s.at(j), close == "）" || close == ")" else { return nil }
            let style: NumberingStyle = m.form == .arabic ? .parenArabic : .parenCN
            guard m.range.count <= 4 else { return nil }
            return SectionHeading(style: style, numberRange: i..<(j + 1), ordinal: m.value,
                                  headingRange: headingRange(s, from: j + 1, lineEnd: lineEnd))
        }
        guard let m = parser.parse(s, at: i), m.form != .percent, m.range.count <= 4 else { return nil }
        let j = m.range.upperBound
        guard let sep = s.at(j) else { return nil }
        if m.form == .chinese, sep == "、" {
            return SectionHeading(style: .cn, numberRange: i..<(j + 1), ordinal: m.value,
                                  headingRange: headingRange(s, from: j + 1, lineEnd: lineEnd))
        }
        if m.form == .arabic, sep == "、" || (sep == "." && !(s.at(j + 1).map(CharClass.isDigit) ?? false)) {
            return SectionHeading(style: .arabic, numberRange: i..<(j + 1), ordinal: m.value,
                                  headingRange: headingRange(s, from: j + 1, lineEnd: lineEnd))
        }
        return nil
    }

    /// `第X章`, `第X节`, `第X条`, `第 11 條`, `第 5-1 條`, `第十五条之一`.
    private func statuteHeading(_ s: [Unicode.Scalar], at i: Int, lineEnd: Int) -> SectionHeading? {
        var j = i + 1
        while j < lineEnd, s[j] == " " { j += 1 }
        guard let m = parser.parse(s, at: j), m.form != .percent else { return nil }
        var ordinal = m.value
        j = m.range.upperBound
        if s.at(j) == "-", let sub = parser.parse(s, at: j + 1), sub.form == .arabic {
            ordinal += sub.value / 100; j = sub.range.upperBound
        }
        while j < lineEnd, s[j] == " " { j += 1 }
        guard let kind = s.at(j) else { return nil }
        let style: NumberingStyle
        switch kind {
        case "章": style = .chapter
        case "节": style = .partSection
        case "条": style = .article
        default: return nil
        }
        j += 1
        if style == .article, s.at(j) == "之", let sub = parser.parse(s, at: j + 1), sub.form == .chinese {
            ordinal += sub.value / 100; j = sub.range.upperBound
        }
        // A heading must be followed by a separator or the text, not by a reference (`第五条规定的`).
        if style == .article, let n = s.at(j), !(CharClass.isSpace(n) || n == "\n") {
            return nil
        }
        let heading: Range<Int>? = style == .article ? nil : restOfLine(s, from: j, lineEnd: lineEnd)
        return SectionHeading(style: style, numberRange: i..<j, ordinal: ordinal, headingRange: heading)
    }

    private func restOfLine(_ s: [Unicode.Scalar], from: Int, lineEnd: Int) -> Range<Int>? {
        let r = TextBounds(s: s).trimmed(from..<lineEnd)
        return r.isEmpty ? nil : r
    }

    /// A short title after the number: the whole line when it has no sentence end, else the text up to the first
    /// `。` when that is short (`（一）及时发布集采执行文件。各级…`).
    private func headingRange(_ s: [Unicode.Scalar], from: Int, lineEnd: Int) -> Range<Int>? {
        var j = from
        while j < lineEnd, !CharClass.endsSentence(s[j]) { j += 1 }
        let r = TextBounds(s: s).trimmed(from..<j)
        if r.isEmpty || r.count > 40 { return nil }
        if j == lineEnd && r.count > 30 { return nil }
        // `1.乳房旋切针…中选结果(详见附件1)` is an item, not a heading, when it is a full line ending in `。`.
        return r
    }
}
