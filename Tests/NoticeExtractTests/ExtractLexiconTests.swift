import Testing
import Foundation
@testable import NoticeExtract
import NoticeText

/// The extractors' vocabulary is validated at start: a bad line is an error that names the file and the line.
@Suite struct ExtractLexiconTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of dictionaries/ with one file replaced.
    func dictionaries(replacing name: String, with text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notice-lexicon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("dictionaries"), to: dir)
        try Data(text.utf8).write(to: dir.appendingPathComponent("extract/\(name)"))
        return dir
    }

    @Test func shippedVocabularyLoads() throws {
        _ = try ExtractLexicon.load(directory: Self.root.appendingPathComponent("dictionaries"))
    }

    @Test(arguments: [
        ("comparators.tsv", "# c\n以上\tafter\tge\t1259:以上\n以下\tbelow\tle\tx\n", 3, "side"),
        ("comparators.tsv", "以上\tafter\tgte\t1259:以上\n", 1, "unknown op"),
        ("units.tsv", "元\tyuan\n倍\tmultiple\n", 2, "unknown unit"),
        ("modals.tsv", "应当\tmust\t0\n", 1, "field"),
        ("modals.tsv", "应当\tshall\t0\tall\n", 1, "unknown modality"),
    ])
    func badLineNamesFileAndLine(file: String, text: String, line: Int, says: String) throws {
        let dir = try dictionaries(replacing: file, with: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ExtractLexicon.load(directory: dir)
            Issue.record("loaded a bad \(file)")
        } catch let e as DictionaryError {
            #expect(e.file.hasSuffix("extract/\(file)"))
            #expect(e.line == line)
            #expect(e.message.contains(says))
        }
    }
}
