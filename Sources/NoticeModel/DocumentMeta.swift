/// An attachment named in the text or linked from the page.
public struct Attachment: Codable, Hashable, Sendable {
    public var name: String
    public var href: String?
    public var span: Span?
    public init(name: String, href: String?, span: Span?) { self.name = name; self.href = href; self.span = span }

    enum CodingKeys: String, CodingKey { case name, href, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name); try c.encodeOrNull(href, forKey: .href); try c.encodeOrNull(span, forKey: .span)
    }
}

/// A reference to another document by title and/or 文号.
public struct Reference: Codable, Hashable, Sendable {
    public var quote: String
    public var span: Span
    public var title: String?
    public var docNumber: String?
    public init(quote: String, span: Span, title: String?, docNumber: String?) {
        self.quote = quote; self.span = span; self.title = title; self.docNumber = docNumber
    }

    enum CodingKeys: String, CodingKey { case quote, span, title, docNumber }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(title, forKey: .title); try c.encodeOrNull(docNumber, forKey: .docNumber)
    }
}

/// Document metadata. The top-level `doc` and each forwarded (embedded) document share this shape.
public struct DocumentMeta: Codable, Hashable, Sendable {
    public var title: String?
    /// 文种: 通知, 复函, 意见, 办法, 法, 条例, 政策解读, …
    public var kind: String?
    public var docNumber: String?
    public var issuers: [String]
    public var addressees: [String]
    /// 成文日期 (the date under the signature, or the portal's 成文日期).
    public var signedDate: String?
    public var publishedDate: String?
    public var effectiveDate: String?
    public var indexNumber: String?
    public var validity: String?
    public var attachments: [Attachment]
    public var references: [Reference]
    public var embedded: [DocumentMeta]
    /// The part of the text this document occupies.
    public var span: Span?

    public init(title: String? = nil, kind: String? = nil, docNumber: String? = nil, issuers: [String] = [],
                addressees: [String] = [], signedDate: String? = nil, publishedDate: String? = nil,
                effectiveDate: String? = nil, indexNumber: String? = nil, validity: String? = nil,
                attachments: [Attachment] = [], references: [Reference] = [], embedded: [DocumentMeta] = [],
                span: Span? = nil) {
        self.title = title; self.kind = kind; self.docNumber = docNumber; self.issuers = issuers
        self.addressees = addressees; self.signedDate = signedDate; self.publishedDate = publishedDate
        self.effectiveDate = effectiveDate; self.indexNumber = indexNumber; self.validity = validity
        self.attachments = attachments; self.references = references; self.embedded = embedded; self.span = span
    }

    enum CodingKeys: String, CodingKey {
        case title, kind, docNumber, issuers, addressees, signedDate, publishedDate, effectiveDate
        case indexNumber, validity, attachments, references, embedded, span
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(title, forKey: .title); try c.encodeOrNull(kind, forKey: .kind)
        try c.encodeOrNull(docNumber, forKey: .docNumber); try c.encode(issuers, forKey: .issuers)
        try c.encode(addressees, forKey: .addressees); try c.encodeOrNull(signedDate, forKey: .signedDate)
        try c.encodeOrNull(publishedDate, forKey: .publishedDate)
        try c.encodeOrNull(effectiveDate, forKey: .effectiveDate)
        try c.encodeOrNull(indexNumber, forKey: .indexNumber); try c.encodeOrNull(validity, forKey: .validity)
        try c.encode(attachments, forKey: .attachments); try c.encode(references, forKey: .references)
        try c.encode(embedded, forKey: .embedded); try c.encodeOrNull(span, forKey: .span)
    }
}
