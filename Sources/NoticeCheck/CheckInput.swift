import NoticeModel
import NoticeText
import NoticeCalendar

/// What every check reads: the extracted document, its text, and where it came from.
public struct CheckInput: Sendable {
    public let document: NoticeDocument
    public let text: SourceText
    public let path: String
    /// The folded text as one string (simplified, ASCII digits, padding as spaces), for pattern matching.
    public let scan: TextScan

    /// The document's own date: 成文日期, else the publication date, else (no metadata) the date line under the
    /// outer document's signature. A `…印发` line is the 版记 of whatever document it closes and is never used.
    public let documentDate: CalendarDate?
    /// Whether the mainland holiday schedule applies, when already known (the jurisdiction test reads the whole text).
    public var mainland: Bool?

    public init(document: NoticeDocument, text: SourceText, path: String, mainland: Bool? = nil) {
        self.document = document; self.text = text; self.path = path; self.mainland = mainland
        let scan = TextScan(text.folded)
        self.scan = scan
        if let d = (document.doc.signedDate ?? document.doc.publishedDate).flatMap({ CalendarDate(iso: $0) }) {
            documentDate = d
        } else {
            let outer = DocumentParts.outerRange(document.doc, count: text.count)
            documentDate = DateText.dateLines(in: scan, window: outer).last.flatMap { $0.issued ? nil : $0.date }
        }
    }

    /// A quote for a finding, cited from this document.
    public func quote(_ range: Range<Int>) -> FindingQuote {
        FindingQuote(path: path, quote: text.quote(range), span: Span(range))
    }


    /// True for traditional-script documents: mainland calendars do not apply to them unless they are mainland notices.
    public var isTaiwanStatute: Bool {
        text.script == .traditional && scan.string.contains("中华民国")
    }

    /// The file name without directories, for messages.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}
