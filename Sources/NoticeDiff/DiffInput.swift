import NoticeModel
import NoticeText

/// One version: the extracted document and the text its spans point into (for HTML: the extracted main text).
public struct DiffInput: Sendable {
    public var document: NoticeDocument
    public var text: SourceText
    public init(document: NoticeDocument, text: SourceText) { self.document = document; self.text = text }
}
