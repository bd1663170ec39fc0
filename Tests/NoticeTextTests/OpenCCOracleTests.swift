import Testing
@testable import NoticeText

/// Our per-code-point fold against OpenCC's `t2s` (PyPI opencc 1.4.2, phrase-aware) on the traditional corpus:
/// the fixtures are generated offline by Fixtures/generate.py. Agreement on CJK characters must stay ≥ 99.5 %.
@Suite struct OpenCCOracleTests {
    @Test func foldAgreesWithOpenCC() throws {
        let folder = try realFolder()
        var total = 0, agree = 0
        var disagreements: [String: Int] = [:]
        for name in TestFiles.opencc {
            let original = TestFiles.utf8(TestFiles.fixture("opencc/\(name).txt"))
            let oracle = Array(TestFiles.utf8(TestFiles.fixture("opencc/\(name).t2s.txt")).unicodeScalars)
            let s = folder.fold(original, encoding: "UTF-8")
            try #require(oracle.count == s.count, "\(name): the oracle has another length")
            for i in 0..<s.count {
                let v = s.original[i].value
                guard (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) else { continue }
                total += 1
                if s.folded[i] == oracle[i] { agree += 1 }
                else { disagreements["\(s.original[i])→\(s.folded[i]) (OpenCC \(oracle[i]))", default: 0] += 1 }
            }
        }
        let rate = Double(agree) / Double(total)
        print("OpenCC t2s agreement: \(agree)/\(total) CJK characters = \(rate * 100)%;",
              disagreements.sorted { $0.value > $1.value }.prefix(8).map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
        #expect(total > 60_000)
        #expect(rate >= 0.995)
    }
}
