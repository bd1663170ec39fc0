import Foundation
import Testing
@testable import NoticeText

@Suite struct TextTablesTests {
    @Test func loadsTheShippedTables() throws {
        let t = try TextTables.load(directory: TestFiles.dictionaries)
        #expect(t.t2s.count > 2800)
        #expect(t.t2s[0x689D] == 0x6761)          // 條 → 条
        #expect(t.t2s[0x4E7E] == nil)             // 乾 stays (override)
        #expect(t.traditionalOnly.contains(0x689D))
        #expect(t.simplifiedOnly.contains(0x4EEC)) // 们
    }

    /// The checked-in table is exactly what ICU's Hant-Hans generates now.
    @Test func t2sEqualsRegeneration() throws {
        let shipped = try String(contentsOf: TestFiles.dictionaries.appendingPathComponent("script/t2s.tsv"), encoding: .utf8)
        #expect(shipped == (try ScriptTableGenerator.t2sFile()))
    }

    @Test func evidenceEqualsRegeneration() throws {
        let shipped = try String(contentsOf: TestFiles.dictionaries.appendingPathComponent("script/script-evidence.tsv"), encoding: .utf8)
        #expect(shipped == (try ScriptTableGenerator.evidenceFile(pairs: ScriptTableGenerator.t2sPairs())))
    }

    /// Bad lines are errors that name the file and the line.
    @Test(arguments: [
        ("t2s.tsv", "# c\n條\t条\n條条\n", 3),
        ("t2s.tsv", "條\t条\n條\t条\n", 2),
        ("t2s.tsv", "條\t條\n", 1),
        ("t2s-overrides.tsv", "乾\t乾\n", 1),
        ("t2s-overrides.tsv", "# ok\n\n乾乾\t乾\treason\n", 3),
        ("script-evidence.tsv", "们\tsimplified\n這\tclassical\n", 2),
        ("t2s-phrases.tsv", "計畫\t计划\n回覆\t回复了\n", 2),
        ("t2s-phrases.tsv", "畫\t划\n", 1),
    ])
    func badLineNamesFileAndLine(file: String, content: String, line: Int) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notice-tables-\(UUID().uuidString)")
        let script = dir.appendingPathComponent("script")
        try FileManager.default.createDirectory(at: script, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = ["t2s.tsv": "條\t条\n", "t2s-overrides.tsv": "乾\t乾\tkeep\n", "script-evidence.tsv": "们\tsimplified\n",
                    "t2s-phrases.tsv": "計畫\t计划\n"]
        for (name, text) in good { try text.write(to: script.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try content.write(to: script.appendingPathComponent(file), atomically: true, encoding: .utf8)
        #expect { try TextTables.load(directory: dir) } throws: { error in
            guard let e = error as? DictionaryError else { return false }
            return e.file.hasSuffix(file) && e.line == line && "\(e)".contains("\(file):\(line):")
        }
    }

    @Test func goodMiniTablesLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notice-tables-\(UUID().uuidString)")
        let script = dir.appendingPathComponent("script")
        try FileManager.default.createDirectory(at: script, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "條\t条\n乾\t干\n".write(to: script.appendingPathComponent("t2s.tsv"), atomically: true, encoding: .utf8)
        try "乾\t乾\tkeep\n".write(to: script.appendingPathComponent("t2s-overrides.tsv"), atomically: true, encoding: .utf8)
        try "們\ttraditional\n".write(to: script.appendingPathComponent("script-evidence.tsv"), atomically: true, encoding: .utf8)
        try "# none\n".write(to: script.appendingPathComponent("t2s-phrases.tsv"), atomically: true, encoding: .utf8)
        let t = try TextTables.load(directory: dir)
        #expect(t.t2s == [0x689D: 0x6761])
        #expect(t.traditionalOnly == [0x5011])
    }
}
