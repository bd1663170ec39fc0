/// Picks the block of the page that holds the notice, by structure and text density, and renders its lines.
///
/// 1. A line is *dense* when it has at least `denseChars` non-space characters, little link text, and is not chrome
///    (toolbar, footer, info bar, metadata label). CJK is dense: a 25-character line is a real paragraph.
/// 2. Every element scores the dense characters beneath it. A box named like a CMS content box (TRS_Editor,
///    UCAP-CONTENT, …) that holds at least half of them wins; otherwise the deepest element that holds 80% of
///    them, widened over neighbouring boxes that hold only plain short text (主送 above, signature and date below),
///    and to the parent when every neighbour is such a box.
/// 3. Inside the box, chrome lines, link lists, metadata tables and chrome-named boxes are dropped.
struct ContentBox {
    let vocabulary: HTMLVocabulary
    let kinds: LineKinds
    static let denseChars = 25
    static let itemChars = 160

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

        // A news-list item (a small box holding a link and a summary, one of at least three such boxes side by side)
        // is not running text: its summary is dense, but it lives beside a link in a box of under `itemChars`.
        var boxChars = [Int](repeating: 0, count: n), boxLinks = [Int](repeating: 0, count: n)
        for b in blocks { boxChars[b.container] += b.chars; boxLinks[b.container] += b.linkChars }
        for i in stride(from: n - 1, through: 1, by: -1) {
            boxChars[Int(tree.parent[i])] += boxChars[i]; boxLinks[Int(tree.parent[i])] += boxLinks[i]
        }
        func isListItem(_ b: TextBlock) -> Bool {
            let item = b.linkChars > 0 ? b.container : Int(tree.parent[b.container])
            guard item > 0, boxLinks[item] > 0, boxChars[item] < Self.itemChars, !["body", "html"].contains(tree.name[item]) else { return false }
            let list = Int(tree.parent[item])
            return tree.children(of: list).filter { tree.kind[$0] == .element && boxLinks[$0] > 0 }.count >= 3
        }
        func scores(excluding chrome: [Bool]) -> [Double] {
            var score = [Double](repeating: 0, count: n)
            for (k, b) in blocks.enumerated() where !lineChrome[k] && !chrome[b.node] {
                let plain = b.chars - b.linkChars
                if b.chars >= Self.denseChars && b.linkChars * 10 < b.chars * 3 && !isListItem(b) { score[b.container] += Double(plain) }
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
        var range = 0..<0
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
            (box, range) = widen(cur, tree, blocks, lineChrome: lineChrome, excluded: excluded, heading: heading)
        } else {
            range = (box + 1)..<Int(tree.subtreeEnd[box])
        }

        var lines: [String] = []
        for (k, b) in blocks.enumerated() where range.contains(b.node) && !excluded[b.node] {
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

    /// Widens the box over neighbouring siblings that only hold short plain lines (主送 above, signature below: no
    /// links, no chrome, no heading), and to the parent when all siblings qualify. Returns the box (the element the
    /// attachments are searched around) and the node range whose lines are the main text.
    func widen(_ start: Int, _ tree: HTMLTree, _ blocks: [TextBlock], lineChrome: [Bool], excluded: [Bool], heading: [Bool]) -> (Int, Range<Int>) {
        let stops: Set<String> = ["body", "html", "#document", "td", "th", "tr", "tbody", "thead", "table", "li", "ul", "ol", "form"]
        // Blocks by first node, for subtree scans.
        var blockAt: [Int: Int] = [:]
        for (k, b) in blocks.enumerated() { blockAt[b.node] = k }
        func weight(_ a: Int, _ b: Int) -> Int {
            var w = 0
            for i in a..<b { if let k = blockAt[i] { w += blocks[k].chars } }
            return w
        }
        /// Chars of plain short lines in [a, b), or nil when the range holds anything else.
        func plain(_ a: Int, _ b: Int) -> (chars: Int, lines: Int)? {
            var chars = 0, lines = 0
            for i in a..<b {
                guard let k = blockAt[i] else { continue }
                let blk = blocks[k]
                if excluded[blk.node] || lineChrome[k] || blk.linkChars > 0 || heading[blk.container] { return nil }
                chars += blk.chars; lines += 1
            }
            return (chars, lines)
        }
        var box = start
        var range = (start + 1)..<Int(tree.subtreeEnd[start])
        var inner = weight(range.lowerBound, range.upperBound)
        while true {
            let p = Int(tree.parent[box])
            if p <= 0 || stops.contains(tree.name[p]) || ["td", "th"].contains(tree.name[box]) { return (box, range) }
            let siblings = tree.children(of: p)
            guard let at = siblings.firstIndex(of: box) else { return (box, range) }
            var lo = at, hi = at, added = 0, addedLines = 0
            func take(_ j: Int) -> Bool {
                let a = siblings[j], b = Int(tree.subtreeEnd[siblings[j]])
                guard let (c, l) = plain(a, b), addedLines + l <= 12, (added + c) * 2 <= inner else { return false }
                added += c; addedLines += l
                return true
            }
            while lo > 0, take(lo - 1) { lo -= 1 }
            while hi + 1 < siblings.count, take(hi + 1) { hi += 1 }
            range = siblings[lo]..<Int(tree.subtreeEnd[siblings[hi]])
            if lo > 0 || hi + 1 < siblings.count { return (box, range) }
            box = p
            range = (p + 1)..<Int(tree.subtreeEnd[p])
            inner += added
        }
    }
}
