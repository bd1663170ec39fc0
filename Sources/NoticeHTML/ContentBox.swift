/// Picks the block of the page that holds the notice, by structure and text density, and renders its lines.
///
/// 1. A line is *dense* when it has at least `denseChars` non-space characters, little link text, and is not chrome
///    (toolbar, footer, info bar, metadata label). CJK is dense: a 25-character line is a real paragraph.
/// 2. Every element scores the dense characters beneath it. A box named like a CMS content box (TRS_Editor,
///    UCAP-CONTENT, …) that holds at least half of them wins; otherwise the deepest element that holds 80% of
///    them, widened to its parent while what the parent adds is plain short text (signature, date).
/// 3. Inside the box, chrome lines, link lists, metadata tables and chrome-named boxes are dropped.
struct ContentBox {
    let vocabulary: HTMLVocabulary
    let kinds: LineKinds
    static let denseChars = 25

    struct Result {
        var box: Int
        var lines: [String]
        /// Elements excluded as chrome or metadata tables (subtree roots).
        var excluded: [Int]
    }

    func select(_ tree: HTMLTree, _ blocks: [TextBlock], _ infos: [LineKinds.Info]) -> Result? {
        let n = tree.count
        let lineChrome = infos.map(\.isChrome)
        // Elements whose subtree is chrome by tag or name (a wrapper holding the content is never chrome: checked below).
        var named = [Bool](repeating: false, count: n)
        var heading = [Bool](repeating: false, count: n)
        for i in 1..<n where tree.kind[i] == .element {
            let p = Int(tree.parent[i])
            heading[i] = heading[p]
            let tag = tree.name[i]
            if vocabulary.chromeTags.contains(tag) { named[i] = true }
            if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) { heading[i] = true }
            if tree.attributes[Int32(i)] == nil { continue }
            for t in tree.nameTokens(i) {
                if vocabulary.chromeNames.contains(t) || vocabulary.chromeNameStems.contains(where: { TextLine.contains(t, $0) }) { named[i] = true }
                if vocabulary.titleNameStems.contains(where: { TextLine.contains(t, $0) }) { heading[i] = true }
            }
        }

        func scores(excluding chrome: [Bool]) -> [Double] {
            var score = [Double](repeating: 0, count: n)
            for (k, b) in blocks.enumerated() where !lineChrome[k] && !chrome[b.node] {
                let plain = b.chars - b.linkChars
                if b.chars >= Self.denseChars && b.linkChars * 10 < b.chars * 3 { score[b.container] += Double(plain) }
            }
            for i in stride(from: n - 1, through: 1, by: -1) { score[Int(tree.parent[i])] += score[i] }
            return score
        }
        let noChrome = [Bool](repeating: false, count: n)
        let first = scores(excluding: noChrome)
        var total = first[0]
        if total == 0 { return nil }
        // Chrome-named subtrees that do not hold the content.
        var chrome = [Bool](repeating: false, count: n)
        var chromeRoots: [Int] = []
        for i in 1..<n {
            let p = Int(tree.parent[i])
            if chrome[p] { chrome[i] = true; continue }
            if named[i] && first[i] < 0.5 * total { chrome[i] = true; chromeRoots.append(i) }
        }
        let score = scores(excluding: chrome)
        total = score[0]
        if total == 0 { return nil }

        var box = -1
        for i in 1..<n where tree.kind[i] == .element && !chrome[i] && score[i] >= 0.5 * total {
            if tree.nameTokens(i).contains(where: { vocabulary.contentBoxNames.contains($0) }) {
                if box < 0 || score[i] > score[box] { box = i }
            }
        }
        let metadataBoxes = metadataTables(tree, blocks, infos, score: score, total: total)
        var excludedRoots = chromeRoots + metadataBoxes
        var excluded = chrome
        for m in metadataBoxes { for j in m..<Int(tree.subtreeEnd[m]) { excluded[j] = true } }

        if box < 0 {
            var cur = 0
            descend: while true {
                for c in tree.children(of: cur) where score[c] >= 0.8 * total { cur = c; continue descend }
                break
            }
            box = widen(cur, tree, blocks, lineChrome: lineChrome, excluded: excluded, heading: heading)
        }

        var lines: [String] = []
        let end = Int(tree.subtreeEnd[box])
        for (k, b) in blocks.enumerated() where b.node > box && b.node < end && !excluded[b.node] {
            if lineChrome[k] { continue }
            if b.linkChars * 2 > b.chars && !b.hasAttachmentLink { continue }
            lines.append(b.text)
        }
        excludedRoots.sort()
        return Result(box: box, lines: lines, excluded: excludedRoots)
    }

    /// Tables / lists / boxes holding two or more metadata label lines and little dense text.
    func metadataTables(_ tree: HTMLTree, _ blocks: [TextBlock], _ infos: [LineKinds.Info], score: [Double], total: Double) -> [Int] {
        let n = tree.count
        var labels = [Int](repeating: 0, count: n)
        var labelBlocks: [Int] = []
        for (k, b) in blocks.enumerated() where infos[k].labels != nil { labels[b.container] += 1; labelBlocks.append(b.container) }
        if labelBlocks.isEmpty { return [] }
        for i in stride(from: n - 1, through: 1, by: -1) { labels[Int(tree.parent[i])] += labels[i] }
        var roots = Set<Int>()
        for start in labelBlocks {
            var e = start
            while e > 0 {
                let tag = tree.name[e]
                if ["table", "ul", "ol", "dl", "div"].contains(tag) && labels[e] >= 2 && score[e] < 0.3 * total {
                    // Widen while the parent adds no dense text (a wrapper around the same table).
                    while tree.parent[e] > 0, score[Int(tree.parent[e])] == score[e], score[e] < 0.3 * total,
                          !["body", "html"].contains(tree.name[Int(tree.parent[e])]),
                          labels[Int(tree.parent[e])] == labels[e] { e = Int(tree.parent[e]) }
                    roots.insert(e); break
                }
                e = Int(tree.parent[e])
            }
        }
        // Keep outermost only.
        let sorted = roots.sorted()
        var out: [Int] = []
        for r in sorted where !out.contains(where: { tree.isAncestor($0, of: r) }) { out.append(r) }
        return out
    }

    /// Widens the box to its parent while the parent only adds short plain lines (主送 above, signature below).
    func widen(_ start: Int, _ tree: HTMLTree, _ blocks: [TextBlock], lineChrome: [Bool], excluded: [Bool], heading: [Bool]) -> Int {
        var box = start
        let stops: Set<String> = ["body", "html", "#document", "td", "th", "tr", "tbody", "thead", "table", "li", "ul", "ol", "form"]
        while true {
            let p = Int(tree.parent[box])
            if p <= 0 || stops.contains(tree.name[p]) || ["td", "th"].contains(tree.name[box]) { return box }
            var added = 0, inner = 0, addedLines = 0
            for (k, b) in blocks.enumerated() where tree.isAncestor(p, of: b.node) {
                if tree.isAncestor(box, of: b.node) { inner += b.chars; continue }
                if excluded[b.node] || lineChrome[k] || b.linkChars > 0 || heading[b.container] { return box }
                added += b.chars; addedLines += 1
            }
            if addedLines > 12 || added * 2 > inner { return box }
            box = p
        }
    }
}
