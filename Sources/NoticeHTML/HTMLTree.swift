/// A parsed page as plain Swift values: nodes in document (pre-)order, so a subtree is a contiguous index range.
struct HTMLTree: Sendable {
    enum Kind: UInt8, Sendable { case element, text }

    var kind: [Kind] = []
    /// Lowercased tag name for elements, "" for text.
    var name: [String] = []
    /// Text of text nodes: UTF-8 bytes in one buffer, a range per node (empty for elements).
    var textBytes: [UInt8] = []
    var textStart: [Int32] = []
    var textEnd: [Int32] = []
    var parent: [Int32] = []
    var firstChild: [Int32] = []
    var nextSibling: [Int32] = []
    /// One past the last node of each subtree (filled by `finish()`).
    var subtreeEnd: [Int32] = []
    var depth: [Int32] = []
    /// Attributes the extractor reads (id, class, href, name, content, http-equiv, charset, title), by node.
    var attributes: [Int32: [String: String]] = [:]
    /// `class` and `id` tokens, lowercased (filled by `finish()`).
    var tokens: [Int32: [String]] = [:]
    /// What the renderer does with each element (`TagRole` bits), decided once at parse time.
    var role: [UInt8] = []

    var count: Int { kind.count }

    init() {
        // Node 0 is the document root.
        _ = append(kind: .element, name: "#document", parent: -1)
    }

    mutating func append(kind k: Kind, name n: String, text t: UnsafePointer<UInt8>? = nil, parent p: Int32) -> Int32 {
        let index = Int32(kind.count)
        kind.append(k); name.append(n); parent.append(p); role.append(0)
        textStart.append(Int32(textBytes.count))
        if var q = t { while q.pointee != 0 { textBytes.append(q.pointee); q += 1 } }
        textEnd.append(Int32(textBytes.count))
        firstChild.append(-1); nextSibling.append(-1); subtreeEnd.append(index + 1)
        depth.append(p < 0 ? 0 : depth[Int(p)] + 1)
        return index
    }

    /// Links children in order and computes subtree ends (children always follow their parent).
    mutating func finish() {
        for (node, attrs) in attributes {
            var out: [String] = []
            if let id = attrs["id"] { out.append(id.lowercased()) }
            if let cls = attrs["class"] { out += cls.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init) }
            if !out.isEmpty { tokens[node] = out }
        }
        var lastChild = [Int32](repeating: -1, count: count)
        for i in 1..<count {
            let p = Int(parent[i])
            if lastChild[p] < 0 { firstChild[p] = Int32(i) } else { nextSibling[Int(lastChild[p])] = Int32(i) }
            lastChild[p] = Int32(i)
        }
        for i in stride(from: count - 1, through: 1, by: -1) {
            let p = Int(parent[i])
            if subtreeEnd[i] > subtreeEnd[p] { subtreeEnd[p] = subtreeEnd[i] }
        }
    }

    func attribute(_ node: Int, _ key: String) -> String? { attributes[Int32(node)]?[key] }

    func children(of node: Int) -> [Int] {
        var out: [Int] = []
        var c = firstChild[node]
        while c >= 0 { out.append(Int(c)); c = nextSibling[Int(c)] }
        return out
    }

    /// `class` and `id` tokens, lowercased.
    func nameTokens(_ node: Int) -> [String] { tokens[Int32(node)] ?? [] }

    /// The UTF-8 bytes of a text node.
    func textBytes(_ node: Int) -> ArraySlice<UInt8> { textBytes[Int(textStart[node])..<Int(textEnd[node])] }

    /// All text under `node` (skipping nothing), concatenated.
    func textContent(_ node: Int) -> String {
        String(decoding: textContentBytes(node), as: UTF8.self)
    }

    func textContentBytes(_ node: Int) -> [UInt8] {
        var s: [UInt8] = []
        for i in node..<Int(subtreeEnd[node]) where kind[i] == .text { s += textBytes(i) }
        return s
    }

    func isAncestor(_ a: Int, of b: Int) -> Bool { b >= a && b < Int(subtreeEnd[a]) }

    /// The first element with this tag, in document order.
    func first(_ tag: String) -> Int? {
        for i in 0..<count where kind[i] == .element && name[i] == tag { return i }
        return nil
    }
}

/// Bits of `HTMLTree.role`.
enum TagRole {
    static let skip: UInt8 = 1       // never text (script, style, head, title, form controls, …)
    static let block: UInt8 = 2      // breaks lines
    static let paragraph: UInt8 = 4  // <p>
    static let anchor: UInt8 = 8     // <a>
    static let lineBreak: UInt8 = 16 // <br>
}
