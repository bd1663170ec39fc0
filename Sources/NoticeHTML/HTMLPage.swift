import NoticeModel

/// What an HTML page gives besides its main text (filled by `HTMLExtractor`).
public struct HTMLPage: Sendable {
    /// The main text of the notice, paragraphs as lines.
    public var text: String
    /// The encoding the bytes were decoded from.
    public var encoding: String
    /// Metadata the page carries outside the text (portal table, meta tags, title).
    public var meta: DocumentMeta
    /// 主题分类, 体裁分类 of the 政府信息公开 table.
    public var subject: String?
    public var genre: String?
    /// `<meta name="SiteName">`, `<meta name="ColumnName">`, `<meta name="ContentSource">` / 来源.
    public var siteName: String?
    public var column: String?
    public var contentSource: String?
    /// The `<title>` as served (with its site suffix).
    public var pageTitle: String?
    /// Attachment links with their file extension (the same links as `meta.attachments`).
    public var attachments: [HTMLAttachment]

    public init(text: String, encoding: String, meta: DocumentMeta, subject: String? = nil, genre: String? = nil,
                siteName: String? = nil, column: String? = nil, contentSource: String? = nil,
                pageTitle: String? = nil, attachments: [HTMLAttachment] = []) {
        self.text = text; self.encoding = encoding; self.meta = meta; self.subject = subject; self.genre = genre
        self.siteName = siteName; self.column = column; self.contentSource = contentSource
        self.pageTitle = pageTitle; self.attachments = attachments
    }
}

/// A link to an attached file: visible name, href as written, extension (`pdf`, `docx`, …) when the href has one.
public struct HTMLAttachment: Sendable, Hashable, Codable {
    public var name: String
    public var href: String
    public var fileExtension: String?
    public init(name: String, href: String, fileExtension: String?) {
        self.name = name; self.href = href; self.fileExtension = fileExtension
    }
}

extension HTMLPage {
    /// The document metadata read from the text, completed with what only the page carries: a field the text
    /// left empty takes the page's value; a text attachment without href takes the href of the page link with the
    /// same number (`附件1`, `附件１：…`, `附件1.…`) or the same name; links the text does not name are added.
    public func merged(into doc: DocumentMeta) -> DocumentMeta {
        var d = doc
        if d.title == nil { d.title = meta.title }
        if d.docNumber == nil { d.docNumber = meta.docNumber }
        if d.issuers.isEmpty { d.issuers = meta.issuers }
        if d.signedDate == nil { d.signedDate = meta.signedDate }
        if d.publishedDate == nil { d.publishedDate = meta.publishedDate }
        if d.indexNumber == nil { d.indexNumber = meta.indexNumber }
        if d.validity == nil { d.validity = meta.validity }
        for link in meta.attachments {
            let key = Self.attachmentKey(link.name)
            var matched = false
            for i in d.attachments.indices where d.attachments[i].href == nil {
                let name = d.attachments[i].name
                if (key != nil && Self.attachmentKey(name) == key) || name == link.name {
                    d.attachments[i].href = link.href; matched = true
                }
            }
            if !matched && !d.attachments.contains(where: { $0.href == link.href }) { d.attachments.append(link) }
        }
        return d
    }

    /// `附件1…` / `附件１…` / `附表2…` → "附件1" / "附表2"; nil when the name has no number after 附件 / 附表.
    static func attachmentKey(_ name: String) -> String? {
        let s = Array(name.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
        guard s.count >= 3, s[0] == "附", s[1] == "件" || s[1] == "表" else { return nil }
        var digits = ""
        var i = 2
        while i < s.count {
            let v = s[i].value
            if (0x30...0x39).contains(v) { digits.unicodeScalars.append(s[i]) }
            else if (0xFF10...0xFF19).contains(v) { digits.unicodeScalars.append(Unicode.Scalar(v - 0xFF10 + 0x30)!) }
            else { break }
            i += 1
        }
        return digits.isEmpty ? nil : String(String.UnicodeScalarView(s[0..<2])) + digits
    }
}
