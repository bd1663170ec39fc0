import NoticeModel

/// Compares document metadata field by field (文号, dates, issuers, title, …).
struct MetadataDiffer: Sendable {
    func diff(_ a: DocumentMeta, _ b: DocumentMeta) -> [FieldChange] {
        func list(_ x: [String]) -> String? { x.isEmpty ? nil : x.joined(separator: "、") }
        let fields: [(String, String?, String?)] = [
            ("title", a.title, b.title), ("kind", a.kind, b.kind), ("docNumber", a.docNumber, b.docNumber),
            ("issuers", list(a.issuers), list(b.issuers)), ("addressees", list(a.addressees), list(b.addressees)),
            ("signedDate", a.signedDate, b.signedDate), ("publishedDate", a.publishedDate, b.publishedDate),
            ("effectiveDate", a.effectiveDate, b.effectiveDate), ("indexNumber", a.indexNumber, b.indexNumber),
            ("validity", a.validity, b.validity),
            ("attachments", list(a.attachments.map(\.name)), list(b.attachments.map(\.name))),
            ("references", list(a.references.map { $0.docNumber ?? $0.title ?? $0.quote }),
             list(b.references.map { $0.docNumber ?? $0.title ?? $0.quote })),
        ]
        return fields.compactMap { name, old, new in old == new ? nil : FieldChange(field: name, old: old, new: new) }
    }
}
