import Foundation
import Testing

/// End to end: runs the built `notice` binary (beside the test bundle in the build products directory).
@Suite struct CalendarCommandTests {
    typealias S = CalendarTestSupport

    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("notice"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("notice"),
            S.repoRoot.appendingPathComponent(".build/debug/notice"),
        ]
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.map(\.path).joined(separator: ", ")])
    }

    static func run(_ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = ["calendar"] + args + ["--dictionaries", S.dictionaries.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Command → the text its first line must start with.
    static let cases: [(args: [String], starts: String)] = [
        (["add-workdays", "2024-06-07", "2"], "2024-06-12 周三"),
        (["add-workdays", "2025-08-29", "-10"], "2025-08-15 周五"),
        (["subtract-workdays", "2025-08-29", "10"], "2025-08-15 周五"),
        (["between", "2025-07-24", "2025-08-29"], "26 working days in (2025-07-24, 2025-08-29] (25 strictly between"),
        (["add", "2025-08-29", "6", "month"], "2026-02-28 周六: 民法典201+202"),
        (["is-workday", "2026-02-28"], "2026-02-28 周六: working day"),
        (["is-workday", "2024-06-10"], "2024-06-10 周一: rest day — 端午节"),
    ]

    @Test(arguments: cases)
    func prints(_ c: (args: [String], starts: String)) throws {
        let r = try Self.run(c.args)
        #expect(r.status == 0)
        #expect(r.out.hasPrefix(c.starts), "\(r.out)")
    }

    @Test func jsonOutput() throws {
        let r = try Self.run(["between", "2022-06-02", "2022-12-23", "--json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(obj["workdays"] as? Int == 141)          // X11
        #expect(obj["calendarDays"] as? Int == 204)
        #expect(obj["estimated"] as? Bool == false)
    }

    @Test(arguments: [["add-workdays", "2024-13-01", "2"], ["add", "2024-06-07", "6"], ["add", "2024-06-07", "6", "fortnight"],
                      ["add-workdays", "2024-06-07", "two"]])
    func badInputFails(_ args: [String]) throws {
        let r = try Self.run(args)
        #expect(r.status != 0)
        #expect(r.out.isEmpty)
    }
}
