/// Closed vocabularies of the contract (`../shared/spec/output-format.md`).

public enum Comparator: String, Codable, Sendable, CaseIterable {
    case lt, le, gt, ge, eq
}

/// `le`: act within; `ge`: leave / keep at least.
public enum DeadlineOp: String, Codable, Sendable, CaseIterable {
    case le, ge
}

public enum TimeUnit: String, Codable, Sendable, CaseIterable {
    case hour, day, workday, week, month, quarter, year
}

/// A threshold unit: a time unit, or a quantity unit.
public enum ThresholdUnit: String, Codable, Sendable, CaseIterable {
    case hour, day, workday, week, month, quarter, year
    case percent, times, yuan, twd, count

    public init(_ time: TimeUnit) { self.init(rawValue: time.rawValue)! }
}

public enum Recurrence: String, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, halfyear, year
}

public enum Modality: String, Codable, Sendable, CaseIterable {
    case must
    case mustNot = "must_not"
    case may
    case encouraged
}

public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case error, warning, info

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public enum SourceFormat: String, Codable, Sendable {
    case text, html
}

public enum Script: String, Codable, Sendable {
    case simplified, traditional, mixed
}
