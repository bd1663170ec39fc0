import NoticeModel

/// One kind of check over a single extracted document.
///
/// A check reads the document's items and, where the words matter (count claims, before/after figures, tense),
/// the text itself. It never prints and never throws: what it cannot decide it leaves alone.
public protocol Check: Sendable {
    /// The `check` name its findings carry (`threshold_overlap`, …).
    var name: String { get }
    /// Findings for one document; ids are assigned by `CheckRunner`.
    func run(_ doc: CheckInput) -> [Finding]
    /// True for an extraction-stage finding this check re-decides with more context (the runner drops it).
    func supersedes(_ existing: Finding) -> Bool
}

extension Check {
    public func supersedes(_ existing: Finding) -> Bool { false }
}

/// One kind of check over a set of documents (an interpretation vs its notice, references across the set).
public protocol CrossCheck: Sendable {
    var name: String { get }
    /// Findings for the set; quotes carry the path of the document they come from.
    func run(_ docs: [CheckInput]) -> [Finding]
}
