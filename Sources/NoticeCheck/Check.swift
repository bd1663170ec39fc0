import NoticeModel

/// One kind of check over extracted documents.
public protocol Check: Sendable {
    /// The `check` name findings carry.
    var name: String { get }
}
