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
    /// Other kinds of extraction-stage findings this check's findings restate: where they quote the same text,
    /// the runner keeps only this check's (`per_batch_cycle_end` carries each cycle's 201 reading).
    var restates: [String] { get }
}

extension Check {
    public func supersedes(_ existing: Finding) -> Bool { false }
    public var restates: [String] { [] }
}

/// One kind of check over a set of documents (an interpretation vs its notice, references across the set).
public protocol CrossCheck: Sendable {
    var name: String { get }
    /// Findings for the set; quotes carry the path of the document they come from.
    func run(_ docs: [CheckInput]) -> [Finding]
}
