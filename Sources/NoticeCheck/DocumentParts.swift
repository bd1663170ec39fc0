import NoticeModel

/// The documents a text holds: the outer one and each forwarded (embedded) one, with the text range each occupies.
struct DocumentParts {
    struct Part { let meta: DocumentMeta; let range: Range<Int>; let index: Int }
    let parts: [Part]

    init(_ input: CheckInput) {
        let doc = input.document.doc
        let n = input.text.count
        var parts: [Part] = []
        let outer = Self.outerRange(doc, count: n)
        parts.append(Part(meta: doc, range: outer, index: 0))
        for (i, e) in doc.embedded.enumerated() {
            parts.append(Part(meta: e, range: e.span?.range ?? outer.upperBound..<n, index: i + 1))
        }
        self.parts = parts
    }

    /// The range of the outer document: its span, cut where the first embedded document starts.
    static func outerRange(_ doc: DocumentMeta, count n: Int) -> Range<Int> {
        let firstEmbedded = doc.embedded.compactMap { $0.span?.start }.min()
        return doc.span.map { $0.start..<min($0.end, firstEmbedded ?? $0.end) } ?? 0..<(firstEmbedded ?? n)
    }
}
