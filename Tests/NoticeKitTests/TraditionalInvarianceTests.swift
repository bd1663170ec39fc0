import Testing
import Foundation
@testable import NoticeKit
import NoticeModel

/// Traditional input gives the same items as its simplified conversion: each traditional file and its OpenCC `t2s`
/// conversion (an independent converter; fixtures in Tests/NoticeTextTests/Fixtures/opencc, made by its generate.py)
/// go through the whole pipeline, and every item must agree in span, values and normalised fields.
@Suite struct TraditionalInvarianceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/NoticeTextTests/Fixtures/opencc")

    static func pairs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasSuffix(".t2s.txt") }.map { String($0.dropLast(".t2s.txt".count)) }.sorted()
    }

    /// What must not change between the scripts: spans and values of every item, normalised text fields.
    static func signature(_ d: NoticeDocument) -> [String] {
        d.thresholds.map { "t \($0.span.start)-\($0.span.end) \($0.op) \($0.value) \($0.unit) \($0.metric ?? "-") \($0.reference ?? "-")" }
            + d.deadlines.map { "d \($0.span.start)-\($0.span.end) \($0.op) \($0.amount) \($0.unit) \($0.anchor ?? "-")" }
            + d.periods.map { "p \($0.span.start)-\($0.span.end) \($0.amount) \($0.unit)" }
            + d.frequencies.map { "f \($0.span.start)-\($0.span.end) \($0.every) \($0.multiple)" }
            + d.obligations.map { "o \($0.span.start)-\($0.span.end) \($0.modality) \($0.actor ?? "-")" }
            + d.sections.map { "s \($0.span.start)-\($0.span.end) \($0.number.unicodeScalars.count) \($0.level)" }
    }

    @Test func fixturesArePresent() { #expect(Self.pairs().count >= 5) }

    @Test(arguments: pairs())
    func sameItemsAsTheSimplifiedConversion(name: String) throws {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Self.root.appendingPathComponent("dictionaries")))
        let trad = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).txt")))
        let simp = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).t2s.txt")))
        guard case .document(let a) = pipeline.processForCheck(bytes: trad, path: "t").outcome,
              case .document(let b) = pipeline.processForCheck(bytes: simp, path: "s").outcome else {
            Issue.record("could not read \(name)"); return
        }
        #expect(a.source.chars == b.source.chars, "OpenCC kept the length")
        #expect(a.source.script != .simplified && b.source.script == .simplified)
        let sa = Self.signature(a), sb = Self.signature(b)
        #expect(sa.count > 0)
        #expect(Set(sa).symmetricDifference(Set(sb)).sorted() == [], "items differ between the scripts")
    }
}
