/// Pairs the units of two versions: by text similarity with numerals masked (numbering agreement and relative
/// position only break ties), then one-to-many pairs for split and merged units, then order changes (moves)
/// as the pairs outside the longest run that keeps the old order.
struct UnitAligner: Sendable {
    struct Pair: Sendable {
        var old: [Int]
        var new: [Int]
        var similarity: Double
        var moved = false
    }

    /// Lowest masked similarity (mean of bigram Jaccard and containment) for two units to count as versions of each other.
    var minSimilarity = 0.4
    /// And at least this Jaccard similarity (so a short unit is not paired for being inside a long one).
    var minJaccard = 0.15
    /// A part must have this share of its text inside the whole to count in a split or merge.
    var minContainment = 0.75

    func align(old: [DiffUnit], new: [DiffUnit]) -> [Pair] {
        var oldMatch = [Int?](repeating: nil, count: old.count)
        var newMatch = [Int?](repeating: nil, count: new.count)
        var pairs: [Pair] = []
        if let o = old.first, o.style == .preamble, let n = new.first, n.style == .preamble {
            oldMatch[0] = 0; newMatch[0] = 0
            pairs.append(Pair(old: [0], new: [0], similarity: o.masked.similarity(n.masked)))
        }

        // One-to-one, best first.
        var candidates: [(score: Double, sim: Double, i: Int, j: Int)] = []
        let oc = Double(max(old.count - 1, 1)), nc = Double(max(new.count - 1, 1))
        let overlap = OverlapMatrix(old.map(\.masked), new.map(\.masked))
        for i in old.indices where oldMatch[i] == nil {
            let na = old[i].masked.bigrams.count
            for j in new.indices where newMatch[j] == nil && (old[i].style == .heading) == (new[j].style == .heading) {
                // Jaccard punishes a unit that lost or gained a paragraph; containment keeps it close to its
                // other version (and away from a unit that merely received the moved paragraph).
                let inter = overlap[i, j], nb = new[j].masked.bigrams.count
                let jac = OverlapMatrix.jaccard(inter, na, nb)
                guard jac >= minJaccard else { continue }
                let contain = Double(inter) / Double(max(1, min(na, nb)))
                let sim = (jac + contain) / 2
                guard sim >= minSimilarity else { continue }
                var score = sim + 0.1 * old[i].plain.similarity(new[j].plain)
                if let a = old[i].ordinal, let b = new[j].ordinal, a == b { score += 0.03 }
                score += 0.03 * (1 - abs(Double(i) / oc - Double(j) / nc))
                candidates.append((score, sim, i, j))
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.i, $0.j) < ($1.i, $1.j) }
        for c in candidates where oldMatch[c.i] == nil && newMatch[c.j] == nil {
            oldMatch[c.i] = pairs.count; newMatch[c.j] = pairs.count
            pairs.append(Pair(old: [c.i], new: [c.j], similarity: c.sim))
        }

        // Numbering holds: a leftover unit pairs with the leftover unit of the same number when the units
        // before both are already partners (`第 53 條` rewritten from end to end is still 第 53 條).
        for i in old.indices where oldMatch[i] == nil && old[i].ordinal != nil && i > 0 {
            guard let j = new.indices.first(where: { newMatch[$0] == nil && new[$0].ordinal == old[i].ordinal
                && new[$0].style == old[i].style }), j > 0,
                  let p = oldMatch[i - 1], pairs[p].new.contains(j - 1) else { continue }
            oldMatch[i] = pairs.count; newMatch[j] = pairs.count
            pairs.append(Pair(old: [i], new: [j], similarity: old[i].masked.similarity(new[j].masked)))
        }

        // Splits: one old unit whose text now lies in several consecutive new units.
        groupParts(whole: old, parts: new, overlap: { w, p in overlap[w, p] }, wholeMatch: &oldMatch, partMatch: &newMatch,
                   pairs: &pairs, split: true)
        groupParts(whole: new, parts: old, overlap: { w, p in overlap[p, w] }, wholeMatch: &newMatch, partMatch: &oldMatch,
                   pairs: &pairs, split: false)

        pairs.removeAll { $0.old.isEmpty && $0.new.isEmpty }
        markMoves(&pairs)
        return pairs
    }

    private func groupParts(whole: [DiffUnit], parts: [DiffUnit], overlap: (Int, Int) -> Int, wholeMatch: inout [Int?], partMatch: inout [Int?],
                            pairs: inout [Pair], split: Bool) {
        for w in whole.indices where whole[w].style != .preamble && whole[w].style != .heading {
            let own = wholeMatch[w].map { split ? pairs[$0].new : pairs[$0].old } ?? []
            if own.count > 1 { continue }
            // Parts that are free (or already this unit's partner) and mostly inside it.
            var members: [Int] = []
            for p in parts.indices where parts[p].style != .preamble && parts[p].style != .heading {
                let free = partMatch[p] == nil || own.contains(p)
                let size = parts[p].masked.bigrams.count
                guard free, size >= 4, Double(overlap(w, p)) / Double(size) >= minContainment else { continue }
                members.append(p)
            }
            guard members.count >= 2 else { continue }
            // Keep the run of consecutive parts around the partner (or the first one).
            let anchor = own.first ?? members[0]
            var run = [anchor]
            var k = anchor - 1
            while members.contains(k) { run.insert(k, at: 0); k -= 1 }
            k = anchor + 1
            while members.contains(k) { run.append(k); k += 1 }
            guard run.count >= 2 else { continue }
            let union = ComparisonText.union(run.map { parts[$0].masked })
            let inter = ComparisonText.intersectionCount(whole[w].masked.bigrams, union)
            let coverage = whole[w].masked.bigrams.isEmpty ? 0 : Double(inter) / Double(whole[w].masked.bigrams.count)
            let before = own.first.map { whole[w].masked.containment(in: parts[$0].masked) } ?? 0
            guard coverage >= 0.7, coverage - before >= 0.15 else { continue }
            let unionCount = whole[w].masked.bigrams.count + union.count - inter
            let sim = unionCount == 0 ? 1 : Double(inter) / Double(unionCount)
            if let existing = wholeMatch[w] { pairs[existing] = Pair(old: [], new: [], similarity: 0) }
            let index = pairs.count
            pairs.append(split ? Pair(old: [w], new: run, similarity: sim) : Pair(old: run, new: [w], similarity: sim))
            wholeMatch[w] = index
            for p in run { partMatch[p] = index }
        }
    }

    /// Pairs outside the longest increasing run of old positions (taken in new order) moved.
    private func markMoves(_ pairs: inout [Pair]) {
        let order = pairs.indices.sorted { pairs[$0].new[0] < pairs[$1].new[0] }
        let seq = order.map { pairs[$0].old[0] }
        guard !seq.isEmpty else { return }
        var tails: [Int] = [], tailIdx: [Int] = [], prev = [Int](repeating: -1, count: seq.count)
        for (k, v) in seq.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let m = (lo + hi) / 2; if tails[m] < v { lo = m + 1 } else { hi = m } }
            if lo > 0 { prev[k] = tailIdx[lo - 1] }
            if lo == tails.count { tails.append(v); tailIdx.append(k) } else { tails[lo] = v; tailIdx[lo] = k }
        }
        var keep = Set<Int>()
        var k = tailIdx.last ?? -1
        while k >= 0 { keep.insert(k); k = prev[k] }
        for (k, p) in order.enumerated() where !keep.contains(k) { pairs[p].moved = true }
    }
}
