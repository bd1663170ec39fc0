/// One row of a holiday table: a statutory holiday or a make-up working day (调休), with its source notice.
public struct HolidayDay: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A day off of a statutory break (weekday or weekend).
        case holiday
        /// A weekend day worked to make up for a break (调休上班).
        case workday
    }

    public let date: CalendarDate
    public let kind: Kind
    /// The holiday (`春节`, `国庆节、中秋节`); for a make-up workday, the break it makes up for.
    public let name: String
    /// The 国务院办公厅 notice (`国办发明电〔2023〕7号`).
    public let source: String

    public init(date: CalendarDate, kind: Kind, name: String, source: String) {
        self.date = date; self.kind = kind; self.name = name; self.source = source
    }
}
