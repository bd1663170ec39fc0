/// A numbered unit of the body: `一、`, `（一）`, `1.`, `（1）`, `第X章`, `第X条`, 款/项.
public struct Section: Codable, Hashable, Sendable {
    public var id: String
    /// The number as printed (`（一）`, `第十五条`), in the source script.
    public var number: String
    /// 1 for the outermost numbering level in use, growing inwards.
    public var level: Int
    /// Heading text when the unit has one (`及时发布集采执行文件`), normalised to simplified Chinese.
    public var heading: String?
    /// From the number to the end of the unit (before the next unit of the same or an outer level).
    public var span: Span
    public var parent: String?
    /// Numeric value of the number (`（十九）` → 19, `第5-1条` → 5.01), for alignment and numbering checks.
    public var ordinal: Double?
    /// The kind of numbering (`chapter`, `article`, `cn`, `paren_cn`, `arabic`, `paren_arabic`, …).
    public var style: String
    /// Index of the document part (0 = the outer document, 1… = embedded documents).
    public var part: Int

    public init(id: String, number: String, level: Int, heading: String?, span: Span, parent: String?,
                ordinal: Double?, style: String, part: Int = 0) {
        self.id = id; self.number = number; self.level = level; self.heading = heading
        self.span = span; self.parent = parent; self.ordinal = ordinal; self.style = style; self.part = part
    }

    enum CodingKeys: String, CodingKey { case id, number, level, heading, span, parent, ordinal, style, part }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(number, forKey: .number); try c.encode(level, forKey: .level)
        try c.encodeOrNull(heading, forKey: .heading); try c.encode(span, forKey: .span)
        try c.encodeOrNull(parent, forKey: .parent); try c.encodeOrNull(ordinal, forKey: .ordinal)
        try c.encode(style, forKey: .style); try c.encode(part, forKey: .part)
    }
}
