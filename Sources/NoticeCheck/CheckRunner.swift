import NoticeModel

/// Runs every single-document check over each document and every cross-check over the set, and numbers findings.
///
/// Per document: the findings extraction already made (calendar ambiguities, …) come first, except those a check
/// re-decides with the sentence in view (`unanchored_deadline` replaces the resolver's `deadline_without_anchor`
/// warnings) and those a check restates about the same text (same kind, overlapping quotes: the check's finding
/// carries more values); then each check's, in the order the checks are listed; an exact repeat (same check,
/// items and quotes) is dropped; ids are `x1…` in that document. Cross-document findings are numbered `x1…` per run.
public struct CheckRunner: Sendable {
    public let checks: [any Check]
    public let crossChecks: [any CrossCheck]
    /// Decides once per document whether the mainland calendar applies (nil: each calendar check asks).
    let isMainland: (@Sendable (String) -> Bool)?

    public init(checks: [any Check], crossChecks: [any CrossCheck], isMainland: (@Sendable (String) -> Bool)? = nil) {
        self.checks = checks; self.crossChecks = crossChecks; self.isMainland = isMainland
    }

    /// The input with its jurisdiction decided (once, instead of in every calendar check).
    public func prepared(_ input: CheckInput) -> CheckInput {
        guard input.mainland == nil, let isMainland else { return input }
        var i = input
        i.mainland = isMainland(input.text.text)
        return i
    }

    /// Findings for one document (its existing findings plus every check's), numbered `x1…`.
    public func run(_ input: CheckInput) -> [Finding] {
        let doc = prepared(input)
        var mine: [Finding] = []
        var restating: [(kinds: [String], findings: [Finding])] = []
        for check in checks {
            let found = check.run(doc)
            mine.append(contentsOf: found)
            if !check.restates.isEmpty { restating.append((check.restates, found)) }
        }
        func overlaps(_ a: Finding, _ b: Finding) -> Bool { a.quotes.contains { q in b.quotes.contains { $0.span.overlaps(q.span) } } }
        let existing = doc.document.findings.filter { e in
            !checks.contains { $0.supersedes(e) }
                && !mine.contains { m in m.check == e.check && overlaps(m, e) }
                && !restating.contains { r in r.kinds.contains(e.check) && r.findings.contains { overlaps($0, e) } }
        }
        return Self.numbered(Self.deduplicated(existing + mine))
    }

    /// Cross-document findings for a set, numbered `x1…` for the run.
    public func runCross(_ inputs: [CheckInput]) -> [Finding] {
        let docs = inputs.map(prepared)
        var all: [Finding] = []
        for check in crossChecks { all.append(contentsOf: check.run(docs)) }
        return Self.numbered(Self.deduplicated(all))
    }

    static func deduplicated(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { f in
            let key = f.check + "|" + f.items.joined(separator: ",") + "|"
                + f.quotes.map { "\($0.path ?? ""):\($0.span.start)-\($0.span.end)" }.joined(separator: ",")
            return seen.insert(key).inserted
        }
    }

    static func numbered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().map { i, f in var g = f; g.id = "x\(i + 1)"; return g }
    }
}

extension Finding {
    /// A finding before the runner numbers it.
    init(check: String, severity: Severity, message: String, items: [String] = [], quotes: [FindingQuote],
         basis: String, values: [String: String]) {
        self.init(id: "", check: check, severity: severity, message: message, items: items, quotes: quotes,
                  basis: basis, values: values)
    }
}
