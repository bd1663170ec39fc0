import NoticeModel

/// What happened to one aligned unit between two versions. Precedence when several apply:
/// added/removed, then changed (an item or number differs), then moved (order changed), then reworded, unchanged.
public enum UnitChange: String, Codable, Sendable, CaseIterable {
    case unchanged, reworded, changed, added, removed, moved
}

/// How many units of each version a unit pairs: one with one, one old split into several new, several merged.
public enum UnitRelation: String, Codable, Sendable {
    case one, split, merge
}

/// What happened to an item, a number or a paragraph.
public enum EntryChange: String, Codable, Sendable {
    case added, removed, changed, moved
}

/// The extracted dimensions the diff compares.
public enum ItemKind: String, Codable, Sendable, CaseIterable {
    case threshold, deadline, period, frequency, obligation
}

extension KeyedEncodingContainer {
    /// The contract never omits a key: a missing value is written as `null`.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
