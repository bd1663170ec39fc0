import CLibXML2
import NoticeModel

/// The one file that talks to libxml2: parses UTF-8 HTML and copies the tree into `HTMLTree` (C types stay here).
enum LibXML2Parser {
    static let keptAttributes: Set<String> = ["id", "class", "href", "name", "content", "http-equiv", "charset", "title"]

    /// Parses `utf8` (already decoded; any declared encoding is ignored). Never loads a DTD, never substitutes
    /// entities, never touches the network; depth is not limited (`XML_PARSE_HUGE`). The walk is iterative.
    /// Role bits of each known tag (`TagRole`), computed once from the vocabulary; unknown tags are inline.
    static func roles(_ vocabulary: HTMLVocabulary) -> [String: UInt8] {
        var r: [String: UInt8] = [:]
        for t in vocabulary.skippedTags.union(["head", "title"]) { r[t, default: 0] |= TagRole.skip }
        for t in vocabulary.blockTags { r[t, default: 0] |= TagRole.block }
        r["p", default: 0] |= TagRole.paragraph
        r["br", default: 0] |= TagRole.lineBreak
        return r
    }

    static func parse(_ utf8: [UInt8], roles: [String: UInt8]) throws -> HTMLTree {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                    | Int32(XML_PARSE_HUGE.rawValue)
        guard utf8.count < Int(Int32.max) else { throw InputError(code: "html", message: "the page is too large to parse (\(utf8.count) bytes)") }
        let doc: htmlDocPtr? = utf8.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { throw InputError(code: "html", message: "libxml2 could not parse the page") }
        defer { xmlFreeDoc(doc) }

        var tree = HTMLTree()
        let root = UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self)
        var cur = root.pointee.children
        var parentIndex: Int32 = 0
        while let n = cur {
            var descend = false
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = n.pointee.name.map { String(cString: $0) } ?? ""  // libxml2's HTML parser lowercases names
                let idx = tree.append(kind: .element, name: tag, parent: parentIndex)
                var role = roles[tag] ?? 0
                var attrs: [String: String] = [:]
                var a = n.pointee.properties
                while let attr = a {
                    if let nm = attr.pointee.name {
                        let key = String(cString: nm).lowercased()
                        if keptAttributes.contains(key), let v = xmlGetProp(n, nm) {
                            attrs[key] = String(cString: v)
                            shim_xmlFree(v)
                        }
                    }
                    a = attr.pointee.next
                }
                if !attrs.isEmpty { tree.attributes[idx] = attrs }
                // Only a link is link text: `<a name="1">第 1 條</a>` is an anchor, not a link.
                if tag == "a", attrs["href"] != nil { role |= TagRole.anchor }
                tree.role[Int(idx)] = role
                // <head> and <title> are read for metadata; other skipped tags hold no text at all.
                if n.pointee.children != nil && (role & TagRole.skip == 0 || tag == "head" || tag == "title") {
                    parentIndex = idx
                    cur = n.pointee.children
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content {
                    _ = tree.append(kind: .text, name: "", text: c, parent: parentIndex)
                }
            default:
                break  // comments, processing instructions, DTD nodes, entity references: no text
            }
            if descend { continue }
            var m = n
            cur = nil
            while true {
                if let next = m.pointee.next { cur = next; break }
                guard let p = m.pointee.parent, p != root, parentIndex > 0 else { break }
                m = p
                parentIndex = tree.parent[Int(parentIndex)]
            }
        }
        tree.finish()
        return tree
    }
}
