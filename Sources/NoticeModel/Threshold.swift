/// A numeric comparison or fixed numeric rule value (`配送及时率90%以下` → le 90 percent).
public struct Threshold: Codable, Hashable, Sendable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    /// What is compared, simplified Chinese (`配送及时率`).
    public var metric: String?
    public var op: Comparator
    public var value: Double
    public var unit: ThresholdUnit
    /// What a multiple or share is taken of (`最高中选价`).
    public var reference: String?
    /// The rule of the conventions that decided `op` (`1259:以下`, `plain:低于`, …).
    public var rule: String

    public init(id: String, quote: String, span: Span, section: String?, metric: String?, op: Comparator,
                value: Double, unit: ThresholdUnit, reference: String?, rule: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section; self.metric = metric
        self.op = op; self.value = value; self.unit = unit; self.reference = reference; self.rule = rule
    }

    enum CodingKeys: String, CodingKey { case id, quote, span, section, metric, op, value, unit, reference, rule }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(section, forKey: .section); try c.encodeOrNull(metric, forKey: .metric)
        try c.encode(op, forKey: .op); try c.encode(value, forKey: .value); try c.encode(unit, forKey: .unit)
        try c.encodeOrNull(reference, forKey: .reference); try c.encode(rule, forKey: .rule)
    }
}
