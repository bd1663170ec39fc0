import NoticeModel

/// Items before ids and sections are assigned (the extractors' output; `Extractor` numbers them in text order).
struct RawThreshold: Sendable {
    var range: Range<Int>
    var metric: String?
    var op: Comparator
    var value: Double
    var unit: ThresholdUnit
    var reference: String?
    var rule: String
}

struct RawDeadline: Sendable {
    var range: Range<Int>
    var amount: Double
    var unit: TimeUnit
    var op: DeadlineOp
    var anchor: String?
    var before: Bool
    var rule: String
}

struct RawPeriod: Sendable {
    var range: Range<Int>
    var amount: Double
    var unit: TimeUnit
    var subject: String?
    var rule: String
}

struct RawFrequency: Sendable {
    var range: Range<Int>
    var every: Recurrence
    var multiple: Int
    var rule: String
}

struct RawObligation: Sendable {
    var range: Range<Int>
    var actor: String?
    var modality: Modality
    var marker: String
    var softened: Bool
    var action: String
    var rule: String
}
