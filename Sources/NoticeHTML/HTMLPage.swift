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
    /// left empty takes the page's value; attachment links the text does not name are added with their href,
    /// and a text attachment whose name matches a link gets the link's href.
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
            if let i = d.attachments.firstIndex(where: { $0.href == nil && (TextLine.contains(link.name, $0.name) || TextLine.contains($0.name, link.name)) }) {
                d.attachments[i].href = link.href
            } else if !d.attachments.contains(where: { $0.href == link.href }) {
                d.attachments.append(link)
            }
        }
        return d
    }
}
