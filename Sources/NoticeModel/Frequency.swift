/// An explicit recurrence (`按季度`, `每半年一次`, `至少每五年一次` → year × 5).
public struct Frequency: Codable, Hashable, Sendable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    public var every: Recurrence
    public var multiple: Int
    public var rule: String

    public init(id: String, quote: String, span: Span, section: String?, every: Recurrence, multiple: Int,
                rule: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section
        self.every = every; self.multiple = multiple; self.rule = rule
    }

    enum CodingKeys: String, CodingKey { case id, quote, span, section, every, multiple, rule }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(section, forKey: .section); try c.encode(every, forKey: .every)
        try c.encode(multiple, forKey: .multiple); try c.encode(rule, forKey: .rule)
    }
}
