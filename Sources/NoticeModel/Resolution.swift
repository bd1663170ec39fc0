/// One computed date with the rule that produced it.
public struct DateCandidate: Codable, Hashable, Sendable {
    public var date: String
    public var rule: String
    public init(date: String, rule: String) { self.date = date; self.rule = rule }
}

/// How a `due` or `end` date was computed from an anchor in the text.
public struct Resolution: Codable, Hashable, Sendable {
    /// The anchor date the count starts from (ISO), when the text gives one.
    public var anchorDate: String?
    /// The rule that fired (`民法典201+203`, `workday-table 2025`, …).
    public var rule: String
    /// True when the date lies beyond the published holiday tables (weekends only) or otherwise guessed.
    public var estimated: Bool
    /// Other readings of the same words (`第6个月末`, 201 vs day-1 counting); empty when unambiguous.
    public var alternatives: [DateCandidate]

    public init(anchorDate: String?, rule: String, estimated: Bool, alternatives: [DateCandidate] = []) {
        self.anchorDate = anchorDate; self.rule = rule; self.estimated = estimated; self.alternatives = alternatives
    }

    enum CodingKeys: String, CodingKey { case anchorDate, rule, estimated, alternatives }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(anchorDate, forKey: .anchorDate); try c.encode(rule, forKey: .rule)
        try c.encode(estimated, forKey: .estimated); try c.encode(alternatives, forKey: .alternatives)
    }
}
