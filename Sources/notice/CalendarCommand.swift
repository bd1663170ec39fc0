import ArgumentParser
import Foundation
import NoticeCalendar
import NoticeModel

/// `notice calendar …`: working days under the 国务院办公厅 holiday schedule and 民法典201-203 date arithmetic.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Working days (国务院办公厅 holiday schedule with 调休) and 民法典201-203 date arithmetic.",
        discussion: """
        Dates are YYYY-MM-DD. Outside the years dictionaries/holidays/ covers, results count weekends only and \
        say `estimated`.
        """,
        subcommands: [AddWorkdays.self, SubtractWorkdays.self, Between.self, Add.self, IsWorkday.self]
    )
}

/// Options and helpers every calendar subcommand shares.
struct CalendarOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var common: CommonOptions

    func calendar() throws -> WorkdayCalendar {
        let dir = try common.options().dictionaryDirectory
        do { return WorkdayCalendar(table: try HolidayTable.load(directory: dir)) }
        catch { throw ValidationError("cannot load holiday tables: \(error)") }
    }

    func emit(text: String, json object: [String: CalendarJSONValue]) throws {
        if json {
            print(try ContractJSON.encode(object))
        } else {
            print(text)
        }
    }
}

/// A JSON value for the calendar commands' `--json` output.
enum CalendarJSONValue: Encodable {
    case string(String), int(Int), bool(Bool), strings([String]), ints([Int]), null

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .int(let i): try c.encode(i)
        case .bool(let b): try c.encode(b)
        case .strings(let s): try c.encode(s)
        case .ints(let i): try c.encode(i)
        case .null: try c.encodeNil()
        }
    }
}

/// A signed count given as a positional argument (`-10` is a count, not an option).
func parseCount(_ args: [String]) throws -> Int {
    guard args.count == 1, let n = Int(args[0]) else { throw ValidationError("expected one whole number, found \(args.joined(separator: " "))") }
    return n
}

func parseDate(_ s: String) throws -> CalendarDate {
    guard s.count == 10, let d = CalendarDate(iso: s) else { throw ValidationError("not a date (YYYY-MM-DD): \(s)") }
    return d
}

func estimatedNote(_ years: [Int], _ cal: WorkdayCalendar) -> String {
    guard !years.isEmpty else { return "" }
    let covered = cal.table.years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "none"
    return " [estimated: no published schedule for \(years.map(String.init).joined(separator: ", ")) (tables cover \(covered)); weekends only]"
}

extension CalendarCommand {
    struct AddWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-workdays",
            abstract: "The N-th working day after DATE (DATE itself not counted).")
        @Argument(help: "Start date (YYYY-MM-DD).") var date: String
        @Argument(parsing: .allUnrecognized, help: "Number of working days (negative counts back).") var n: [String]
        @OptionGroup var options: CalendarOptions

        func run() throws { try workdayShift(date: date, n: parseCount(n), options: options) }
    }

    struct SubtractWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "subtract-workdays",
            abstract: "The N-th working day before DATE (DATE itself not counted), e.g. 执行前10个工作日.")
        @Argument(help: "Anchor date (YYYY-MM-DD).") var date: String
        @Argument(help: "Number of working days.") var n: Int
        @OptionGroup var options: CalendarOptions

        func run() throws { try workdayShift(date: date, n: -n, options: options) }
    }

}

func workdayShift(date: String, n: Int, options: CalendarOptions) throws {
    let cal = try options.calendar()
    let start = try parseDate(date)
    let r = cal.addWorkdays(n, to: start)
    let verb = n >= 0 ? "after" : "before"
    let text = "\(r.date.iso) \(r.date.weekdayName): \(abs(n)) working day(s) \(verb) \(start.iso)" + estimatedNote(r.uncoveredYears, cal)
    try options.emit(text: text, json: [
        "from": .string(start.iso), "workdays": .int(n), "date": .string(r.date.iso),
        "weekday": .string(r.date.weekdayName), "estimated": .bool(r.estimated), "uncoveredYears": .ints(r.uncoveredYears),
    ])
}

extension CalendarCommand {
    struct Between: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "between",
            abstract: "Working days from A to B: counted in (A, B] (A not counted, B counted), and strictly between.")
        @Argument(help: "First date (YYYY-MM-DD).") var from: String
        @Argument(help: "Second date (YYYY-MM-DD).") var to: String
        @OptionGroup var options: CalendarOptions

        func run() throws {
            let cal = try options.calendar()
            let a = try parseDate(from), b = try parseDate(to)
            let r = cal.workdays(between: a, and: b)
            let days = a.days(to: b)
            let text = "\(r.count) working days in (\(a.iso), \(b.iso)] (\(r.strictlyBetween) strictly between; \(b.iso) \(b.weekdayName) is \(cal.status(of: b).label)); \(days) calendar days" + estimatedNote(r.uncoveredYears, cal)
            try options.emit(text: text, json: [
                "from": .string(a.iso), "to": .string(b.iso), "workdays": .int(r.count),
                "workdaysStrictlyBetween": .int(r.strictlyBetween), "calendarDays": .int(days),
                "estimated": .bool(r.estimated), "uncoveredYears": .ints(r.uncoveredYears),
            ])
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "The last day of N days/weeks/months/quarters/years/workdays counted from DATE (民法典201-203).",
            discussion: """
            DATE is the event day and is not counted (201); months and years end on the corresponding day, else \
            the month's last day (202); a last day on a rest day moves to the next working day (203, forward \
            counts only). Also prints the reading that counts DATE as day 1 (自DATE起, the plain reading of a cycle).
            """)
        @Argument(help: "Event date (YYYY-MM-DD).") var date: String
        @Argument(parsing: .allUnrecognized, help: "Count (negative counts back), then the unit: day | week | month | quarter | year | workday.")
        var countAndUnit: [String]
        @OptionGroup var options: CalendarOptions

        func run() throws {
            guard countAndUnit.count == 2 else { throw ValidationError("expected a count and a unit, e.g. `add 2025-08-29 6 month`") }
            let n = try parseCount([countAndUnit[0]]), unit = countAndUnit[1]
            let cal = try options.calendar()
            let start = try parseDate(date)
            let u = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
            guard let tu = TimeUnit(rawValue: u), let count = CivilCount(amount: Double(n), unit: tu) else {
                throw ValidationError("unit must be day, week, month, quarter, year or workday: \(unit)")
            }
            let r = CivilDateArithmetic(calendar: cal).lastDay(after: start, count: count)
            var text = "\(r.date.iso) \(r.date.weekdayName): \(r.rule)"
            if r.estimated { text += " [estimated: beyond the published holiday tables, weekends only]" }
            if let from = r.movedFrom {
                text += "\n\(from.iso) \(from.weekdayName) is \(cal.status(of: from).label): 203 moved the last day for acting; as a period end it stays \(from.iso)"
            }
            var json: [String: CalendarJSONValue] = [
                "from": .string(start.iso), "amount": .int(n), "unit": .string(tu.rawValue), "date": .string(r.date.iso),
                "rule": .string(r.rule), "estimated": .bool(r.estimated),
                "movedFrom": r.movedFrom.map { .string($0.iso) } ?? .null, "dayOneReading": .null,
            ]
            if n > 0, let plain = CivilDateArithmetic.endCountingStartAsDayOne(start: start, count: count) {
                text += "\nreading 自\(start.iso)起 (\(start.iso) as day 1): ends \(plain.iso) \(plain.weekdayName)"
                json["dayOneReading"] = .string(plain.iso)
            }
            try options.emit(text: text, json: json)
        }
    }

    struct IsWorkday: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "is-workday",
            abstract: "Whether DATE is a working day, and why (holiday, 调休 make-up day, weekend).")
        @Argument(help: "Date (YYYY-MM-DD).") var date: String
        @OptionGroup var options: CalendarOptions

        func run() throws {
            let cal = try options.calendar()
            let d = try parseDate(date)
            let s = cal.status(of: d)
            var text = "\(d.iso) \(d.weekdayName): \(s.isWorkingDay ? "working day" : "rest day") — \(s.label)"
            if cal.isEstimated(d) { text += estimatedNote([d.year], cal) }
            try options.emit(text: text, json: [
                "date": .string(d.iso), "weekday": .string(d.weekdayName), "workingDay": .bool(s.isWorkingDay),
                "status": .string(s.label), "estimated": .bool(cal.isEstimated(d)),
            ])
        }
    }
}
