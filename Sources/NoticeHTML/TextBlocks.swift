/// A line of the rendered page: the inline content between two block boundaries.
struct TextBlock: Sendable {
    var text: String
    /// First text node of the block (its position in the tree).
    var node: Int
    /// Nearest block-level element enclosing the block.
    var container: Int
    /// Non-whitespace scalars, and how many of them are link text.
    var chars: Int
    var linkChars: Int
    /// The block holds a link to an attachment.
    var hasAttachmentLink: Bool
}

/// Renders a tree into lines: block tags break lines, `<br>` breaks outside a paragraph and joins inside one,
/// an element nested in a `<p>` (Word's `<o:p>`, which libxml2 reads as `p`) stays inline.
struct TextBlocks {
    let vocabulary: HTMLVocabulary

    func render(_ tree: HTMLTree, isAttachmentLink: (Int) -> Bool) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var raw: [UInt8] = []
        var firstNode = -1, container = 0, linkChars = 0, hasAttachment = false
        var pDepth = 0, aDepth = 0
        var stack: [Int] = []          // open elements
        var blockStack: [Int] = [0]    // open block-level elements that break lines
        var lineBreakers: [Bool] = []  // per open element: did it break lines on entry

        func flush() {
            if firstNode >= 0 {
                let (text, w) = TextLine.normalize(utf8: raw)
                if w > 0 {
                    blocks.append(TextBlock(text: text, node: firstNode, container: container, chars: w,
                                            linkChars: min(linkChars, w), hasAttachmentLink: hasAttachment))
                }
            }
            raw.removeAll(keepingCapacity: true); firstNode = -1; linkChars = 0; hasAttachment = false
        }
        func exit(_ e: Int, breaks: Bool) {
            let role = tree.role[e]
            if role & TagRole.paragraph != 0 { pDepth -= 1 }
            if role & TagRole.anchor != 0 { aDepth -= 1 }
            if breaks { flush(); blockStack.removeLast() }
        }

        var i = 1
        let n = tree.count
        while i < n {
            while let top = stack.last, i >= Int(tree.subtreeEnd[top]) {
                exit(top, breaks: lineBreakers.removeLast()); stack.removeLast()
            }
            if tree.kind[i] == .text {
                let t = tree.textBytes(i)
                if firstNode < 0 {
                    if !TextLine.hasInk(t) { raw.append(contentsOf: t); i += 1; continue }
                    firstNode = i; container = blockStack.last ?? 0
                }
                raw.append(contentsOf: t)
                if aDepth > 0 { linkChars += TextLine.weight(utf8: t) }
                i += 1
                continue
            }
            let role = tree.role[i]
            if role & TagRole.skip != 0 { i = Int(tree.subtreeEnd[i]); continue }
            if role & TagRole.lineBreak != 0 {
                if pDepth > 0 { raw.append(contentsOf: [0xEE, 0x80, 0x80]) } else { flush() }  // U+E000 soft break
                i += 1; continue
            }
            var breaks = role & TagRole.block != 0
            if role & TagRole.paragraph != 0 { if pDepth > 0 { breaks = false }; pDepth += 1 }
            if role & TagRole.anchor != 0 {
                aDepth += 1
                if isAttachmentLink(i) { hasAttachment = true }
            }
            if breaks { flush(); blockStack.append(i) }
            stack.append(i); lineBreakers.append(breaks)
            i += 1
        }
        while let top = stack.popLast() { exit(top, breaks: lineBreakers.removeLast()) }
        flush()
        return blocks
    }
}
