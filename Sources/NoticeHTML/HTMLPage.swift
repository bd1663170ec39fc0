import NoticeModel

/// What an HTML page gives besides its main text (filled by `HTMLExtractor`).
public struct HTMLPage: Sendable {
    /// The main text of the notice, paragraphs as lines.
    public var text: String
    /// The encoding the bytes were decoded from.
    public var encoding: String
    /// Metadata the page carries outside the text (portal table, meta tags, title).
    public var meta: DocumentMeta
    public init(text: String, encoding: String, meta: DocumentMeta) { self.text = text; self.encoding = encoding; self.meta = meta }
}
