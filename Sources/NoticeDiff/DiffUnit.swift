import NoticeModel
import NoticeText

/// One comparable unit of a version: an article (第X条), a heading (第X章), a top-level section of a notice,
/// an unnumbered paragraph, or the preamble before the first of them.
struct DiffUnit: Sendable {
    enum Style: String, Sendable { case preamble, article, heading, section, paragraph }
    var index: Int
    var style: Style
    /// The number as printed (`第十五条`, `第 5-1 條`, `一、`), empty for preamble and paragraphs.
    var number: String
    var ordinal: Double?
    var span: Range<Int>
    /// Where the text after the number starts.
    var bodyStart: Int
    /// The section id of the document when the unit comes from `sections`.
    var section: String?
    /// Lines of the unit (the first starts after the number), trimmed of blank lines.
    var paragraphs: [Range<Int>]
    /// Numerals masked, for alignment.
    var masked: ComparisonText
    /// Numerals kept, for telling reworded from identical and for tie-breaking.
    var plain: ComparisonText

    init(index: Int, style: Style, number: String, ordinal: Double?, span: Range<Int>, bodyStart: Int,
         section: String?, text: SourceText) {
        self.index = index; self.style = style; self.number = number; self.ordinal = ordinal
        self.span = span; self.bodyStart = max(span.lowerBound, min(bodyStart, span.upperBound)); self.section = section
        var paras: [Range<Int>] = []
        var start = self.bodyStart
        for i in self.bodyStart..<span.upperBound where text.folded[i] == "\n" {
            if Self.hasContent(text, start..<i) { paras.append(Self.trim(text, start..<i)) }
            start = i + 1
        }
        if Self.hasContent(text, start..<span.upperBound) { paras.append(Self.trim(text, start..<span.upperBound)) }
        paragraphs = paras
        masked = ComparisonText(text, ranges: [self.bodyStart..<span.upperBound], mask: true)
        plain = ComparisonText(text, ranges: [self.bodyStart..<span.upperBound], mask: false)
    }

    static func hasContent(_ text: SourceText, _ r: Range<Int>) -> Bool {
        r.contains { !ComparisonText.isIgnorable(text.folded[$0]) }
    }

    static func trim(_ text: SourceText, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, text.folded[a].properties.isWhitespace { a += 1 }
        while b > a, text.folded[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }

    /// Display label: the number, or the first characters of the text.
    func label(_ text: SourceText) -> String {
        if !number.isEmpty { return number }
        if style == .preamble { return "(preamble)" }
        let end = min(span.upperBound, bodyStart + 12)
        return "「" + text.quote(DiffUnit.trim(text, bodyStart..<end)) + "…」"
    }
}
