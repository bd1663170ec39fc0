import NoticeModel

/// Everything extracted from one text.
public struct Extraction: Sendable {
    public var doc: DocumentMeta
    public var sections: [Section]
    public var thresholds: [Threshold]
    public var deadlines: [Deadline]
    public var periods: [Period]
    public var frequencies: [Frequency]
    public var obligations: [Obligation]

    public init(doc: DocumentMeta = DocumentMeta(), sections: [Section] = [], thresholds: [Threshold] = [],
                deadlines: [Deadline] = [], periods: [Period] = [], frequencies: [Frequency] = [],
                obligations: [Obligation] = []) {
        self.doc = doc; self.sections = sections; self.thresholds = thresholds; self.deadlines = deadlines
        self.periods = periods; self.frequencies = frequencies; self.obligations = obligations
    }
}
