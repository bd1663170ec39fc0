/// What kind of day a date is under the holiday table.
public enum DayStatus: Hashable, Sendable {
    /// An ordinary Monday–Friday.
    case weekday
    /// An ordinary Saturday or Sunday.
    case weekend
    /// A statutory holiday (a weekday or weekend day of a break).
    case holiday(HolidayDay)
    /// A weekend day worked to make up for a break (调休上班).
    case makeUpWorkday(HolidayDay)

    public var isWorkingDay: Bool {
        switch self {
        case .weekday, .makeUpWorkday: return true
        case .weekend, .holiday: return false
        }
    }

    /// `工作日`, `周末`, `春节 (国办发明电〔2024〕12号)`, …
    public var label: String {
        switch self {
        case .weekday: return "工作日"
        case .weekend: return "周末休息日"
        case .holiday(let h): return "\(h.name)假期 (\(h.source))"
        case .makeUpWorkday(let h): return "\(h.name)调休上班 (\(h.source))"
        }
    }
}
