/// Attachment links (pdf, doc/docx, xls/xlsx, zip, wps, ofd, …) inside or beside the content box.
struct PageAttachments {
    let vocabulary: HTMLVocabulary

    /// The extension of a link target, lowercased, without query or fragment.
    static func fileExtension(_ href: String) -> String? {
        var path = Substring(href)
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let u = Array(path.utf8)
        if let colon = u.indices.first(where: { u[$0] == 0x3A && $0 + 2 < u.count && u[$0 + 1] == 0x2F && u[$0 + 2] == 0x2F }) {
            // Skip the host: `https://www.example.gov.cn` has no file.
            let afterHost = path.utf8.dropFirst(colon + 3).map { $0 }
            guard let slash = afterHost.firstIndex(of: 0x2F) else { return nil }
            path = Substring(String(decoding: afterHost[slash...], as: UTF8.self))
        }
        guard let slash = path.lastIndex(of: "/").map({ path.index(after: $0) }) ?? Optional(path.startIndex) else { return nil }
        let file = path[slash...]
        guard let dot = file.lastIndex(of: ".") else { return nil }
        let ext = file[file.index(after: dot)...].lowercased()
        return ext.isEmpty || ext.count > 5 ? nil : ext
    }

    func isAttachment(_ tree: HTMLTree, _ a: Int) -> Bool {
        guard tree.name[a] == "a", let href = tree.attribute(a, "href"), !href.isEmpty,
              !href.lowercased().hasPrefix("javascript:"), !href.hasPrefix("#") else { return false }
        if let ext = Self.fileExtension(href), vocabulary.attachmentExtensions.contains(ext) { return true }
        let name = TextLine.normalize(tree.textContent(a))
        return vocabulary.attachmentTextPrefixes.contains { name.hasPrefix($0) }
    }

    /// Links in the box, or in its parent / grandparent (beside it), outside excluded (chrome) subtrees.
    func collect(_ tree: HTMLTree, box: Int, excluded: Set<Int>) -> [HTMLAttachment] {
        var scope = box
        for _ in 0..<2 where tree.parent[scope] > 0 && !["body", "html"].contains(tree.name[Int(tree.parent[scope])]) {
            scope = Int(tree.parent[scope])
        }
        var out: [HTMLAttachment] = []
        var seen = Set<String>()
        var i = scope
        let end = Int(tree.subtreeEnd[scope])
        while i < end {
            if excluded.contains(i) { i = Int(tree.subtreeEnd[i]); continue }
            if tree.kind[i] == .element, tree.name[i] == "a", isAttachment(tree, i), let href = tree.attribute(i, "href") {
                var name = TextLine.normalize(tree.textContent(i))
                if name.isEmpty { name = tree.attribute(i, "title").map(TextLine.normalize) ?? "" }
                if name.isEmpty { name = String(href.split(separator: "/").last ?? Substring(href)) }
                if seen.insert(href).inserted {
                    out.append(HTMLAttachment(name: name, href: href, fileExtension: Self.fileExtension(href)))
                }
            }
            i += 1
        }
        return out
    }
}
