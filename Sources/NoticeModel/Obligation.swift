/// A clause that binds an actor (应当/须 → must, 不得 → must_not, 可以/得 → may, 鼓励 → encouraged).
public struct Obligation: Codable, Hashable, Sendable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    /// The bound party, simplified Chinese; inherited from the enclosing clause when elided.
    public var actor: String?
    public var modality: Modality
    /// The modal word as written, simplified (`应当`, `不得`, `原则上`).
    public var marker: String
    /// True for softened musts (`原则上`).
    public var softened: Bool
    public var action: String
    /// Ids of the thresholds that condition the obligation.
    public var conditions: [String]
    /// Ids of the deadlines that bound it.
    public var deadlines: [String]
    public var rule: String

    public init(id: String, quote: String, span: Span, section: String?, actor: String?, modality: Modality,
                marker: String, softened: Bool, action: String, conditions: [String], deadlines: [String],
                rule: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section; self.actor = actor
        self.modality = modality; self.marker = marker; self.softened = softened; self.action = action
        self.conditions = conditions; self.deadlines = deadlines; self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case id, quote, span, section, actor, modality, marker, softened, action, conditions, deadlines, rule
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeOrNull(section, forKey: .section); try c.encodeOrNull(actor, forKey: .actor)
        try c.encode(modality, forKey: .modality); try c.encode(marker, forKey: .marker)
        try c.encode(softened, forKey: .softened); try c.encode(action, forKey: .action)
        try c.encode(conditions, forKey: .conditions); try c.encode(deadlines, forKey: .deadlines)
        try c.encode(rule, forKey: .rule)
    }
}
