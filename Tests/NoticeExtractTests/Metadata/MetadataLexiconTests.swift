import Foundation
import Testing
import NoticeText
@testable import NoticeExtract

/// The vocabulary files load, and a bad line is an error naming its file and line.
@Suite struct MetadataLexiconTests {
    static var source: URL { MetadataFixtures.repo.appendingPathComponent("dictionaries/metadata") }

    /// A copy of the metadata dictionaries with `file` replaced by `content`.
    func copy(replacing file: String, with content: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("meta-lexicon-\(UUID().uuidString)")
        let dir = root.appendingPathComponent("metadata")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.source.path) {
            try FileManager.default.copyItem(at: Self.source.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try content.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return root
    }

    @Test func shippedDictionariesLoad() throws {
        let lex = try MetadataLexicon.load(directory: Self.source.deletingLastPathComponent())
        #expect(lex.kindSuffixes.contains { String(String.UnicodeScalarView($0.suffix)) == "复函" })
        #expect(!lex.chromeRules.isEmpty && !lex.issuerSuffixes.isEmpty && !lex.markers(.publicity).isEmpty)
    }

    static let badFiles: [(file: String, content: String, line: Int)] = [
        ("kinds.tsv", "# kinds\n通知\t通知\n复函\n", 3),                        // one column
        ("chrome.tsv", "prefix\t您好\nsomewhere\t当前位置\n", 2),              // unknown rule
        ("labels.tsv", "indexNumber\t索引号\nindexNumber\t索引号\n", 2),        // duplicate
        ("date-events.tsv", "adopted\t通过\n\npublished\t公布\textra\n", 3),   // three columns
        ("issuer-suffixes.txt", "局\n 厅\n", 2),                              // stray space
        ("markers.tsv", "publicity\t此件主动公开\nlead\t\n", 2),                // empty value
    ]

    @Test(arguments: badFiles)
    func badLineNamesFileAndLine(file: String, content: String, line: Int) throws {
        let dir = try copy(replacing: file, with: content)
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: DictionaryError.self) { try MetadataLexicon.load(directory: dir) }
        #expect(error.file.hasSuffix("/" + file))
        #expect(error.line == line)
    }

    @Test func missingFileIsAnError() throws {
        let dir = try copy(replacing: "kinds.tsv", with: "")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("metadata/markers.tsv"))
        let error = try #require(throws: DictionaryError.self) { try MetadataLexicon.load(directory: dir) }
        #expect(error.file.hasSuffix("markers.tsv"))
    }
}
