/// A fixed duration not tied to one action: validity, procurement cycles, bans, look-back windows.
public struct Period: Codable, Hashable, Sendable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    public var amount: Double
    public var unit: TimeUnit
    /// What the period is of (`采购周期`, `有效期`), simplified Chinese.
    public var subject: String?
    public var start: String?
    public var end: String?
    public var resolution: Resolution?
    public var rule: String

    public init(id: String, quote: String, span: Span, section: String?, amount: Double, unit: TimeUnit,
                subject: String?, start: String? = nil, end: String? = nil, resolution: Resolution? = nil,
                rule: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section; self.amount = amount
        self.unit = unit; self.subject = subject; self.start = start; self.end = end
        self.resolution = resolution; self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case id, quote, span, section, amount, unit, subject, start, end, resolution, rule
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(section, forKey: .section); try c.encode(amount, forKey: .amount)
        try c.encode(unit, forKey: .unit); try c.encodeOrNull(subject, forKey: .subject)
        try c.encodeOrNull(start, forKey: .start); try c.encodeOrNull(end, forKey: .end)
        try c.encodeOrNull(resolution, forKey: .resolution); try c.encode(rule, forKey: .rule)
    }
}
