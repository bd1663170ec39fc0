import NoticeModel

/// The `notice/1` diff object: `{"schema":"notice/1","kind":"diff",…}`.
public struct DiffReport: Codable, Sendable, Hashable {
    public var schema: String
    public var kind: String
    public var old: SourceInfo
    public var new: SourceInfo
    public var summary: DiffSummary
    /// Changed document metadata (文号, dates, issuers, title, …).
    public var meta: [FieldChange]
    /// Aligned units in the order of the new version (removed units where they stood in the old one).
    public var units: [UnitDiff]

    public init(old: SourceInfo, new: SourceInfo, summary: DiffSummary, meta: [FieldChange], units: [UnitDiff]) {
        self.schema = NoticeDocument.schemaVersion; self.kind = "diff"
        self.old = old; self.new = new; self.summary = summary; self.meta = meta; self.units = units
    }
}

/// Counts of units by change, and of item and number changes.
public struct DiffSummary: Codable, Sendable, Hashable {
    public var unchanged = 0, reworded = 0, changed = 0, added = 0, removed = 0, moved = 0
    /// Units whose number differs (an inserted article renumbers every article after it).
    public var renumbered = 0
    public var split = 0, merged = 0
    public var itemChanges = 0, numberChanges = 0, paragraphMoves = 0
    public init() {}
}

/// A changed field: metadata (`docNumber`) or an item value (`amount`, `op`, `modality`, `actor`).
public struct FieldChange: Codable, Sendable, Hashable {
    public var field: String
    public var old: String?
    public var new: String?
    public init(field: String, old: String?, new: String?) { self.field = field; self.old = old; self.new = new }

    enum CodingKeys: String, CodingKey { case field, old, new }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field); try c.encodeNullable(old, forKey: .old); try c.encodeNullable(new, forKey: .new)
    }
}

/// One side of an aligned unit.
public struct UnitRef: Codable, Sendable, Hashable {
    /// The number as printed (`第十五条`), empty for the preamble and unnumbered paragraphs.
    public var number: String
    public var ordinal: Double?
    /// `preamble`, `article`, `heading`, `section` or `paragraph`.
    public var style: String
    /// The document's section id when the unit comes from `sections`.
    public var section: String?
    public var span: Span

    public init(number: String, ordinal: Double?, style: String, section: String?, span: Span) {
        self.number = number; self.ordinal = ordinal; self.style = style; self.section = section; self.span = span
    }

    enum CodingKeys: String, CodingKey { case number, ordinal, style, section, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number); try c.encodeNullable(ordinal, forKey: .ordinal)
        try c.encode(style, forKey: .style); try c.encodeNullable(section, forKey: .section); try c.encode(span, forKey: .span)
    }
}

/// One aligned unit: old side(s), new side(s), and what changed in it.
public struct UnitDiff: Codable, Sendable, Hashable {
    public var id: String
    public var change: UnitChange
    public var relation: UnitRelation
    public var old: [UnitRef]
    public var new: [UnitRef]
    /// The unit changed place relative to the others (not just its number).
    public var moved: Bool
    public var renumbered: Bool
    /// The text differs (after dropping whitespace and punctuation).
    public var reworded: Bool
    /// Bigram similarity of the two sides with numerals masked (1 when identical; 0 for added/removed).
    public var similarity: Double
    public var items: [ItemChange]
    public var numbers: [NumberChange]
    public var paragraphs: [ParagraphChange]

    public init(id: String, change: UnitChange, relation: UnitRelation, old: [UnitRef], new: [UnitRef], moved: Bool,
                renumbered: Bool, reworded: Bool, similarity: Double, items: [ItemChange] = [],
                numbers: [NumberChange] = [], paragraphs: [ParagraphChange] = []) {
        self.id = id; self.change = change; self.relation = relation; self.old = old; self.new = new
        self.moved = moved; self.renumbered = renumbered; self.reworded = reworded; self.similarity = similarity
        self.items = items; self.numbers = numbers; self.paragraphs = paragraphs
    }
}

/// An item as it stands in one version.
public struct ItemRef: Codable, Sendable, Hashable {
    public var id: String
    public var quote: String
    public var span: Span
    public var section: String?
    /// The item's value in one line (`le 500000 yuan`, `le 15 day from 收到申请`, `must 采购人`).
    public var value: String

    public init(id: String, quote: String, span: Span, section: String?, value: String) {
        self.id = id; self.quote = quote; self.span = span; self.section = section; self.value = value
    }

    enum CodingKeys: String, CodingKey { case id, quote, span, section, value }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span)
        try c.encodeNullable(section, forKey: .section); try c.encode(value, forKey: .value)
    }
}

/// An extracted item added, removed, changed (old and new values side by side) or moved to another unit.
public struct ItemChange: Codable, Sendable, Hashable {
    public var kind: ItemKind
    public var change: EntryChange
    public var old: ItemRef?
    public var new: ItemRef?
    public var fields: [FieldChange]
    /// `deadline 15 day → 20 day`, `threshold le 5 → lt 5`, `modality may → must`.
    public var summary: String

    public init(kind: ItemKind, change: EntryChange, old: ItemRef?, new: ItemRef?, fields: [FieldChange], summary: String) {
        self.kind = kind; self.change = change; self.old = old; self.new = new; self.fields = fields; self.summary = summary
    }

    enum CodingKeys: String, CodingKey { case kind, change, old, new, fields, summary }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind); try c.encode(change, forKey: .change)
        try c.encodeNullable(old, forKey: .old); try c.encodeNullable(new, forKey: .new)
        try c.encode(fields, forKey: .fields); try c.encode(summary, forKey: .summary)
    }
}

/// A number as written in one version (found in the text, whether or not an item was extracted from it).
public struct NumberRef: Codable, Sendable, Hashable {
    public var quote: String
    public var span: Span
    public var value: Double
    /// `plain`, `percent`, `permille`, `fraction` or `date`.
    public var kind: String
    /// Up to two characters after the numeral, folded (`元以`, `工作`, `日内`); `date` for dates.
    public var unit: String
    public var date: String?

    public init(quote: String, span: Span, value: Double, kind: String, unit: String, date: String?) {
        self.quote = quote; self.span = span; self.value = value; self.kind = kind; self.unit = unit; self.date = date
    }

    enum CodingKeys: String, CodingKey { case quote, span, value, kind, unit, date }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quote, forKey: .quote); try c.encode(span, forKey: .span); try c.encode(value, forKey: .value)
        try c.encode(kind, forKey: .kind); try c.encode(unit, forKey: .unit); try c.encodeNullable(date, forKey: .date)
    }
}

/// A number added, removed, changed (`五十万元 → 三百万元`) or moved with its paragraph.
public struct NumberChange: Codable, Sendable, Hashable {
    public var change: EntryChange
    public var old: NumberRef?
    public var new: NumberRef?
    public var summary: String

    public init(change: EntryChange, old: NumberRef?, new: NumberRef?, summary: String) {
        self.change = change; self.old = old; self.new = new; self.summary = summary
    }

    enum CodingKeys: String, CodingKey { case change, old, new, summary }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(change, forKey: .change); try c.encodeNullable(old, forKey: .old)
        try c.encodeNullable(new, forKey: .new); try c.encode(summary, forKey: .summary)
    }
}

/// A paragraph (款 / line) added, removed, reworded in place, or moved to another unit.
public struct ParagraphChange: Codable, Sendable, Hashable {
    public var change: EntryChange
    public var old: Span?
    public var new: Span?
    /// The unit the paragraph comes from / goes to, by number (for moves across units).
    public var oldUnit: String?
    public var newUnit: String?
    public var quote: String

    public init(change: EntryChange, old: Span?, new: Span?, oldUnit: String?, newUnit: String?, quote: String) {
        self.change = change; self.old = old; self.new = new; self.oldUnit = oldUnit; self.newUnit = newUnit; self.quote = quote
    }

    enum CodingKeys: String, CodingKey { case change, old, new, oldUnit, newUnit, quote }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(change, forKey: .change); try c.encodeNullable(old, forKey: .old); try c.encodeNullable(new, forKey: .new)
        try c.encodeNullable(oldUnit, forKey: .oldUnit); try c.encodeNullable(newUnit, forKey: .newUnit)
        try c.encode(quote, forKey: .quote)
    }
}
