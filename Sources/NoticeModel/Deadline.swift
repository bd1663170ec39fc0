/// A span an actor must act within (`le`) or must leave / keep at least (`ge`), counted from an event.
public struct Deadline: Codable, Hashable, Sendable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    public var actor: String?
    public var amount: Double
    public var unit: TimeUnit
    public var op: DeadlineOp
    /// The event counted from, simplified Chinese (`医疗机构反馈问题`, `执行`).
    public var anchor: String?
    /// True when counted back from the anchor (`执行前10个工作日`).
    public var before: Bool
    /// The resolved date when the document gives the anchor date.
    public var due: String?
    public var resolution: Resolution?
    public var rule: String

    public init(id: String, quote: String, span: Span, section: String?, actor: String?, amount: Double,
                unit: TimeUnit, op: DeadlineOp, anchor: String?, before: Bool = false, due: String? = nil,
                resolution: Resolution? = nil, rule: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section; self.actor = actor
        self.amount = amount; self.unit = unit; self.op = op; self.anchor = anchor; self.before = before
        self.due = due; self.resolution = resolution; self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case id, quote, span, section, actor, amount, unit, op, anchor, before, due, resolution, rule
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(section, forKey: .section); try c.encodeOrNull(actor, forKey: .actor)
        try c.encode(amount, forKey: .amount); try c.encode(unit, forKey: .unit); try c.encode(op, forKey: .op)
        try c.encodeOrNull(anchor, forKey: .anchor); try c.encode(before, forKey: .before)
        try c.encodeOrNull(due, forKey: .due); try c.encodeOrNull(resolution, forKey: .resolution)
        try c.encode(rule, forKey: .rule)
    }
}
