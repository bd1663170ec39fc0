/// A quote a finding is about, with the document it comes from (for cross-document findings).
public struct FindingQuote: Codable, Hashable, Sendable {
    public var path: String?
    public var quote: String
    public var span: Span
    public init(path: String?, quote: String, span: Span) { self.path = path; self.quote = quote; self.span = span }

    enum CodingKeys: String, CodingKey { case path, quote, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(path, forKey: .path); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
    }
}

/// What a check found: where the rules cannot all be true, are ambiguous, or disagree across documents.
public struct Finding: Codable, Hashable, Sendable {
    public var id: String
    /// The check kind (`threshold_overlap`, `boundary_mismatch_same_metric`, …).
    public var check: String
    public var severity: Severity
    public var message: String
    /// Ids of the items it is about (in the document's own id space).
    public var items: [String]
    public var quotes: [FindingQuote]
    /// The rule or arithmetic used (`民法典1259`, `(13000-700)/13000 = 94.6%`).
    public var basis: String
    /// Computed values, by name (`overlapAt`, `computedPct`, `due`, …), as strings.
    public var values: [String: String]

    public init(id: String, check: String, severity: Severity, message: String, items: [String],
                quotes: [FindingQuote], basis: String, values: [String: String] = [:]) {
        self.id = id; self.check = check; self.severity = severity; self.message = message
        self.items = items; self.quotes = quotes; self.basis = basis; self.values = values
    }
}
