import NoticeModel

/// What the text needed before it could be read: `?` padding left by lost full-width spaces (and headings it
/// hides, `????(一)提高認識`), and simplified leftovers inside traditional text (`采購`, `關于`). Reported once
/// per document as info with counts, so a reader knows extraction ran on the folded text (offsets unchanged).
public struct NormalisationCheck: Check {
    public let name = "normalisation_invariance"
    let leftovers: [(simplified: String, traditional: String)]
    public init(lexicon: CheckLexicon) { self.leftovers = lexicon.leftovers }

    public func run(_ input: CheckInput) -> [Finding] {
        let o = input.text.original, s = input.scan
        var padding = 0
        var hidden: [Range<Int>] = []
        for line in s.lines {
            var i = line.lowerBound
            while i < line.upperBound && o[i] == "?" { i += 1 }
            let lead = i - line.lowerBound
            var j = line.upperBound
            while j > i && o[j - 1] == "?" { j -= 1 }
            // a trailing `?` is padding after a sentence end or on a line of nothing else; after a word it is a question
            let trailing = line.upperBound - j
            let afterEnd = j == i || j == line.lowerBound || "。；;，,：:".unicodeScalars.contains(o[j - 1])
            padding += lead + (afterEnd ? trailing : 0)
            if lead > 0, j > i, s.matches("^[(（][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、|^[0-9]+[.．]", in: i..<j).first != nil {
                hidden.append(line.lowerBound..<min(j, i + 12))
            }
        }
        // leftovers from `dictionaries/check/simplified_leftovers.tsv`, in traditional text that never uses the
        // traditional form itself
        var leftovers: [String] = []
        if input.text.script != .simplified {
            let original = input.text.text
            for l in self.leftovers where original.contains(l.simplified) && !original.contains(l.traditional) {
                leftovers.append(l.simplified)
            }
        }
        guard padding > 0 || !leftovers.isEmpty else { return [] }
        var parts: [String] = []
        if padding > 0 { parts.append("\(padding) '?' padding character(s) (lost full-width spaces) read as spaces") }
        if !hidden.isEmpty { parts.append("\(hidden.count) heading(s) found behind padding") }
        if !leftovers.isEmpty { parts.append("simplified characters inside \(input.text.script.rawValue) text: \(leftovers.joined())") }
        return [Finding(
            check: name, severity: .info,
            message: "The text was normalised before reading: " + parts.joined(separator: "; ") + ". Spans and quotes refer to the original text.",
            quotes: hidden.map { input.quote($0) }, basis: "internal: one-for-one folding (T→S, widths, padding); offsets unchanged",
            values: ["question_mark_padding_chars": String(padding), "hidden_headings": String(hidden.count),
                     "simplified_leftovers": leftovers.joined(), "finding": "normalised"])]
    }
}
