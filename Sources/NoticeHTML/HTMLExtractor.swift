import NoticeModel
import NoticeText

/// HTML page → main text + page metadata + attachments. Never reads files or the network; never prints.
public struct HTMLExtractor: Sendable {
    public let decoder: TextDecoder
    public let vocabulary: HTMLVocabulary
    let kinds: LineKinds
    let roles: [String: UInt8]

    public init(decoder: TextDecoder, vocabulary: HTMLVocabulary = .standard) {
        self.decoder = decoder
        self.vocabulary = vocabulary
        self.kinds = LineKinds(vocabulary: vocabulary)
        self.roles = LibXML2Parser.roles(vocabulary)
    }

    public func extract(bytes: [UInt8]) throws -> HTMLPage {
        let (decoded, encoding) = try HTMLCharset(decoder: decoder).decode(bytes)
        let source = Self.prepare(decoded)
        guard Self.hasMarkup(source) else {
            throw InputError(code: "html", message: "no HTML markup found: not a web page")
        }
        let tree = try LibXML2Parser.parse(source, roles: roles)
        let attachments = PageAttachments(vocabulary: vocabulary)
        let blocks = TextBlocks(vocabulary: vocabulary).render(tree) { attachments.isAttachment(tree, $0) }
        let infos = blocks.map { kinds.classify($0.text) }
        guard let box = ContentBox(vocabulary: vocabulary, kinds: kinds).select(tree, blocks, infos) else {
            throw InputError(code: "html", message: "the page has no main text (no paragraph of running text found)")
        }
        let fields = PageMetadata(vocabulary: vocabulary, kinds: kinds).read(tree, blocks, infos)
        let links = attachments.collect(tree, box: box.box, excluded: Set(box.excluded))

        let v = fields.values
        var meta = DocumentMeta()
        let siteName = v[.siteName], column = v[.column]
        let metadata = PageMetadata(vocabulary: vocabulary, kinds: kinds)
        meta.title = v[.title].map { metadata.cleanTitle($0, siteName: siteName, column: column) }
            ?? fields.pageTitle.map { metadata.cleanTitle($0, siteName: siteName, column: column) }
        if meta.title?.isEmpty == true { meta.title = nil }
        meta.docNumber = v[.docNumber]
        if let issuer = v[.issuer] { meta.issuers = [issuer] }
        meta.indexNumber = v[.indexNumber]
        meta.validity = v[.validity]
        meta.signedDate = v[.signedDate].flatMap(PageMetadata.isoDate)
        meta.publishedDate = v[.publishedDate].flatMap(PageMetadata.isoDate) ?? v[.publishedTime].flatMap(PageMetadata.isoDate)
        meta.attachments = links.map { Attachment(name: $0.name, href: $0.href, span: nil) }
        return HTMLPage(text: box.lines.joined(separator: "\n"), encoding: encoding, meta: meta,
                        subject: v[.subject], genre: v[.genre], siteName: siteName, column: column,
                        contentSource: v[.contentSource], pageTitle: fields.pageTitle, attachments: links)
    }

    /// UTF-8 bytes for libxml2, with a `<!DOCTYPE … [ internal subset ]>` removed: entity declarations are never
    /// read (no entity can name a local file), and libxml2's HTML parser would otherwise print the subset as text.
    static func prepare(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        let lower = bytes[i..<min(bytes.count, i + 9)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard lower.elementsEqual("<!doctype".utf8) else { return bytes }
        var j = i + 9
        while j < bytes.count, bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "[") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return bytes }
        // Find "]" followed by optional spaces and ">".
        var k = j + 1, end = -1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "]") {
                var m = k + 1
                while m < bytes.count, bytes[m] == 0x20 || bytes[m] == 0x09 || bytes[m] == 0x0A || bytes[m] == 0x0D { m += 1 }
                if m < bytes.count, bytes[m] == UInt8(ascii: ">") { end = m; break }
            }
            k += 1
        }
        if end < 0 {
            // Unterminated subset: drop through the first ">" after it.
            end = bytes[j...].firstIndex(of: UInt8(ascii: ">")) ?? (bytes.count - 1)
        }
        bytes.replaceSubrange(i...end, with: Array("<!DOCTYPE html>".utf8))
        return bytes
    }

    static func hasMarkup(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                let c = bytes[i + 1] | 0x20
                if (c >= 0x61 && c <= 0x7A) || bytes[i + 1] == UInt8(ascii: "!") { return true }
            }
            i += 1
        }
        return false
    }
}
