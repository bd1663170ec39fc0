import NoticeModel

/// What happened to one aligned unit between two versions.
public enum UnitChange: String, Codable, Sendable {
    case unchanged, reworded, changed, added, removed, moved
}
