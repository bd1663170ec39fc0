/// The `notice/1` object for one input: either a full extraction or an error object.
public struct NoticeDocument: Codable, Hashable, Sendable {
    public static let schemaVersion = "notice/1"

    public var schema: String
    public var source: SourceInfo
    /// Only for HTML input: the extracted main text that spans point into.
    public var text: String?
    public var doc: DocumentMeta
    public var sections: [Section]
    public var thresholds: [Threshold]
    public var deadlines: [Deadline]
    public var periods: [Period]
    public var frequencies: [Frequency]
    public var obligations: [Obligation]
    public var findings: [Finding]

    public init(source: SourceInfo, text: String? = nil, doc: DocumentMeta = DocumentMeta(),
                sections: [Section] = [], thresholds: [Threshold] = [], deadlines: [Deadline] = [],
                periods: [Period] = [], frequencies: [Frequency] = [], obligations: [Obligation] = [],
                findings: [Finding] = []) {
        self.schema = Self.schemaVersion; self.source = source; self.text = text; self.doc = doc
        self.sections = sections; self.thresholds = thresholds; self.deadlines = deadlines
        self.periods = periods; self.frequencies = frequencies; self.obligations = obligations
        self.findings = findings
    }

    enum CodingKeys: String, CodingKey {
        case schema, source, text, doc, sections, thresholds, deadlines, periods, frequencies, obligations, findings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema); try c.encode(source, forKey: .source)
        // `text` is present for HTML input only; text input omits the key (the contract marks it HTML-only).
        try c.encodeIfPresent(text, forKey: .text)
        try c.encode(doc, forKey: .doc); try c.encode(sections, forKey: .sections)
        try c.encode(thresholds, forKey: .thresholds); try c.encode(deadlines, forKey: .deadlines)
        try c.encode(periods, forKey: .periods); try c.encode(frequencies, forKey: .frequencies)
        try c.encode(obligations, forKey: .obligations); try c.encode(findings, forKey: .findings)
    }
}

/// The error object written for an input that cannot be read; the batch goes on.
public struct NoticeErrorDocument: Codable, Hashable, Sendable {
    public var schema: String
    public var source: SourceInfo
    public var error: InputError

    public init(source: SourceInfo, error: InputError) {
        self.schema = NoticeDocument.schemaVersion; self.source = source; self.error = error
    }
}
