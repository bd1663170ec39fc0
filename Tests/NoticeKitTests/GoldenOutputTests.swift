import Testing
import Foundation
@testable import NoticeKit

/// `output/` is what `notice extract corpus/ --out output/` writes (scripts/run). It is checked in and reviewed
/// like any golden file; this test fails when it is stale (regenerate with scripts/run and review the diff).
@Suite struct GoldenOutputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpusFiles() -> [String] {
        let dir = root.appendingPathComponent("corpus").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test func everyCorpusFileHasAGoldenOutput() {
        let outputs = Set(((try? FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("output").path)) ?? []))
        #expect(!Self.corpusFiles().isEmpty)
        for name in Self.corpusFiles() { #expect(outputs.contains(name + ".json"), "output/\(name).json is missing") }
        #expect(outputs.count == Self.corpusFiles().count, "output/ has files for inputs no longer in corpus/")
    }

    @Test(arguments: corpusFiles())
    func outputIsCurrent(name: String) throws {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Self.root.appendingPathComponent("dictionaries")))
        // Paths are written as the README's main command passes them: relative to the repository root.
        let bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("corpus/\(name)")))
        let json = try pipeline.process(bytes: bytes, path: "corpus/\(name)").json(pretty: false) + "\n"
        let golden = try String(contentsOf: Self.root.appendingPathComponent("output/\(name).json"), encoding: .utf8)
        #expect(json == golden, "output/\(name).json is stale: run scripts/run and review the diff")
    }
}
