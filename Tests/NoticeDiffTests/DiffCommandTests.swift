import Foundation
import Testing

/// End to end: runs the built `notice` binary (beside the test bundle in the build products directory).
@Suite struct DiffCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("notice"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("notice"),
            root.appendingPathComponent(".build/debug/notice"),
        ]
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.map(\.path).joined(separator: ", ")])
    }

    static func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = ["diff"] + args + ["--dictionaries", root.appendingPathComponent("dictionaries").path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notice-diff-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let old = "第一条　采购人应当在收到申请之日起十五日内作出决定。\n第二条　本办法自2024年1月1日起施行。\n"
    static let new = "第一条　采购人应当在收到申请之日起二十日内作出决定。\n第二条　供应商不得提供虚假材料。\n第三条　本办法自2024年1月1日起施行。\n"

    @Test func jsonTextAndHTML() throws {
        let a = try Self.write(Self.old, "old.txt"), b = try Self.write(Self.new, "new.txt")
        let json = try Self.run([a, b])
        #expect(json.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(obj?["schema"] as? String == "notice/1" && obj?["kind"] as? String == "diff")
        #expect((obj?["units"] as? [Any])?.count == 3)

        let text = try Self.run([a, b, "--format", "text", "--color", "never"])
        #expect(text.out.contains("~ 第一条  changed"))
        #expect(text.out.contains("+ 第二条  added"))
        #expect(!text.out.contains("\u{1B}["))
        #expect(try Self.run([a, b, "--format", "text", "--color", "always"]).out.contains("\u{1B}[32m"))

        let html = try Self.write("", "out.html")
        #expect(try Self.run([a, b, "--format", "html", "--out", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("二十"))
    }

    @Test func unreadableInputFailsNamingTheFile() throws {
        let a = try Self.write(Self.old, "old2.txt")
        let r = try Self.run([a, "/nonexistent/new.txt"])
        #expect(r.status == 1)
        #expect(r.err.contains("/nonexistent/new.txt"))
        #expect(r.out.isEmpty)
    }
}
