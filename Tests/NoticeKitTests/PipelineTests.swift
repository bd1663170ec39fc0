import Testing
import Foundation
@testable import NoticeKit

@Suite struct PipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let pipeline = try! Pipeline(options: NoticeOptions(dictionaryDirectory: root.appendingPathComponent("dictionaries")))

    @Test func sha256OfKnownInput() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func badInputsGiveErrorObjectsNamingTheFile() throws {
        for (bytes, code) in [([UInt8](), "empty"), ([0x00, 0x01, 0x02, 0xFF], "binary")] {
            let outcome = pipeline.process(bytes: bytes, path: "bad.txt")
            guard case .failure(let e) = outcome else { Issue.record("expected failure"); continue }
            #expect(e.error.code == code)
            #expect(e.source.path == "bad.txt")
        }
    }
}
