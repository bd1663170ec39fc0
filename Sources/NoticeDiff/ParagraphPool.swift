import NoticeModel
import NoticeText

/// Paragraph (款 / line) level of the diff: inside an aligned unit, paragraphs pair in order by similarity;
/// paragraphs left over anywhere (also from added and removed units) then pair across units as moves.
struct ParagraphPool: Sendable {
    struct Loose: Sendable {
        var unit: Int
        var range: Range<Int>
        var label: String
        var text: ComparisonText
        /// Listed in the unit's `paragraphs` (false for paragraphs of wholly added or removed units).
        var listed: Bool
    }

    var minSimilarity = 0.5
    var minMoveSimilarity = 0.6
    /// Paragraphs in the same place between two matched ones pair at this lower similarity.
    var minInPlaceSimilarity = 0.2
    private(set) var looseOld: [Loose] = []
    private(set) var looseNew: [Loose] = []

    mutating func diff(unit: Int, old: [DiffUnit], new: [DiffUnit], oldText: SourceText, newText: SourceText) -> [ParagraphChange] {
        let op = old.flatMap { u in u.paragraphs.map { (u, $0) } }
        let np = new.flatMap { u in u.paragraphs.map { (u, $0) } }
        let ot = op.map { ComparisonText(oldText, ranges: [$0.1], mask: true) }
        let nt = np.map { ComparisonText(newText, ranges: [$0.1], mask: true) }
        let listed = !old.isEmpty && !new.isEmpty
        // Order-keeping best match (weighted LCS).
        var score = [[Double]](repeating: [Double](repeating: 0, count: np.count + 1), count: op.count + 1)
        var sims = [[Double]](repeating: [Double](repeating: 0, count: np.count), count: op.count)
        if listed {
            for i in op.indices { for j in np.indices { sims[i][j] = ot[i].similarity(nt[j]) } }
            for i in stride(from: op.count - 1, through: 0, by: -1) {
                for j in stride(from: np.count - 1, through: 0, by: -1) {
                    var best = max(score[i + 1][j], score[i][j + 1])
                    if sims[i][j] >= minSimilarity { best = max(best, sims[i][j] + score[i + 1][j + 1]) }
                    score[i][j] = best
                }
            }
        }
        var out: [ParagraphChange] = []
        var matchedOld = Set<Int>(), matchedNew = Set<Int>()
        var matches: [(Int, Int)] = []
        var i = 0, j = 0
        while listed && i < op.count && j < np.count {
            if sims[i][j] >= minSimilarity && score[i][j] == sims[i][j] + score[i + 1][j + 1] {
                matches.append((i, j)); i += 1; j += 1
            } else if score[i + 1][j] >= score[i][j + 1] { i += 1 } else { j += 1 }
        }
        // Between two matches, as many old as new paragraphs: rewritten in place, when they still share some text.
        if listed {
            var extra: [(Int, Int)] = []
            let bounds = [(-1, -1)] + matches + [(op.count, np.count)]
            for k in 0..<(bounds.count - 1) {
                let (a0, b0) = bounds[k], (a1, b1) = bounds[k + 1]
                guard a1 - a0 == b1 - b0, a1 - a0 > 1 else { continue }
                for d in 1..<(a1 - a0) where sims[a0 + d][b0 + d] >= minInPlaceSimilarity { extra.append((a0 + d, b0 + d)) }
            }
            matches = (matches + extra).sorted { $0.0 < $1.0 }
        }
        for (i, j) in matches {
            matchedOld.insert(i); matchedNew.insert(j)
            let a = ComparisonText(oldText, ranges: [op[i].1], mask: false).scalars
            let b = ComparisonText(newText, ranges: [np[j].1], mask: false).scalars
            if a != b {
                out.append(ParagraphChange(change: .changed, old: Span(op[i].1), new: Span(np[j].1),
                                           oldUnit: op[i].0.label(oldText), newUnit: np[j].0.label(newText),
                                           quote: newText.quote(np[j].1)))
            }
        }
        for (k, p) in op.enumerated() where !matchedOld.contains(k) {
            if listed {
                out.append(ParagraphChange(change: .removed, old: Span(p.1), new: nil, oldUnit: p.0.label(oldText),
                                           newUnit: nil, quote: oldText.quote(p.1)))
            }
            looseOld.append(Loose(unit: unit, range: p.1, label: p.0.label(oldText), text: ot[k], listed: listed))
        }
        for (k, p) in np.enumerated() where !matchedNew.contains(k) {
            if listed {
                out.append(ParagraphChange(change: .added, old: nil, new: Span(p.1), oldUnit: nil,
                                           newUnit: p.0.label(newText), quote: newText.quote(p.1)))
            }
            looseNew.append(Loose(unit: unit, range: p.1, label: p.0.label(newText), text: nt[k], listed: listed))
        }
        return out
    }

    /// Pairs leftover paragraphs across the document: a removed and an added paragraph that read alike moved.
    func resolveMoves(into units: inout [UnitDiff], oldText: SourceText, newText: SourceText) {
        var cands: [(Double, Int, Int)] = []
        let overlap = OverlapMatrix(looseOld.map(\.text), looseNew.map(\.text))
        for (a, o) in looseOld.enumerated() where o.text.bigrams.count >= 4 {
            for (b, n) in looseNew.enumerated() where n.text.bigrams.count >= 4 {
                // Leftovers of one wholly added or removed pair are not moves of each other.
                if !o.listed && !n.listed && o.unit == n.unit { continue }
                let s = OverlapMatrix.jaccard(overlap[a, b], o.text.bigrams.count, n.text.bigrams.count)
                if s >= minMoveSimilarity { cands.append((s, a, b)) }
            }
        }
        cands.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        for (_, a, b) in cands where !usedOld.contains(a) && !usedNew.contains(b) {
            usedOld.insert(a); usedNew.insert(b)
            let o = looseOld[a], n = looseNew[b]
            let oSpan = Span(o.range), nSpan = Span(n.range)
            units[o.unit].paragraphs.removeAll { $0.change == .removed && $0.old == oSpan }
            units[n.unit].paragraphs.removeAll { $0.change == .added && $0.new == nSpan }
            let move = ParagraphChange(change: .moved, old: oSpan, new: nSpan, oldUnit: o.label, newUnit: n.label,
                                       quote: newText.quote(n.range))
            units[n.unit].paragraphs.append(move)
            if o.unit != n.unit { units[o.unit].paragraphs.append(move) }
        }
    }
}
