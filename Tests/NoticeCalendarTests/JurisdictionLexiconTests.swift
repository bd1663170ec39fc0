import Foundation
import Testing
@testable import NoticeCalendar

@Suite struct JurisdictionLexiconTests {
    typealias S = CalendarTestSupport
    static func lexicon() throws -> JurisdictionLexicon { try JurisdictionLexicon.load(directory: S.dictionaries) }

    /// Every seed notice is mainland, including 002, which is printed in traditional characters.
    @Test(arguments: ["000_25dda312e40fb083.txt", "001_884cb13d2a3f3a0c.txt", "002_3c2483d3016c1a44.txt",
                      "003_1f10d95e4c7a9389.txt", "004_6203a03ee080efe0.txt"])
    func seedsAreMainland(_ name: String) throws {
        let text = try String(contentsOf: S.repoRoot.appendingPathComponent("corpus/\(name)"), encoding: .utf8)
        let a = try Self.lexicon().assess(text)
        #expect(a.mainland, "\(a)")
        #expect(!a.mainlandWords.isEmpty)
    }

    static let taiwan = [
        "藥害救濟法\n最新異動日期：20200115\n沿革：\n1.中華民國八十九年五月三十一日總統（89）華總一義字第 8900132440號令制定公布全文 28 條",
        "本法所稱主管機關：在中央為衛生福利部；在直轄市為直轄市政府；在縣（市）為縣（市）政府。",
        "處新臺幣六千元以上三萬元以下罰鍰；本法施行日期，由行政院定之。",
    ]
    static let mainland = [
        "中华人民共和国反垄断法\n（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过）",
        "重慶市醫療保障局辦公室關于執行乳房旋切針等醫用耗材省際聯盟集中帶量采購中選結果的通知 渝醫保辦〔2025〕30號",
        "各设区市医疗保障局、卫生健康委：企业在2个工作日内予以答复",
        "企业须于30日内提出",   // no word either way: mainland by default
    ]

    @Test(arguments: taiwan)
    func taiwanTexts(_ text: String) throws { #expect(try !Self.lexicon().assess(text).mainland) }

    @Test(arguments: mainland)
    func mainlandTexts(_ text: String) throws { #expect(try Self.lexicon().assess(text).mainland) }

    @Test func badLinesNameTheLine() {
        #expect(throws: CalendarDataError(file: "j.tsv", line: 2, message: "unknown side hk (expected taiwan or mainland)")) {
            try JurisdictionLexicon.parse("行政院\ttaiwan\n香港\thk\n", file: "j.tsv")
        }
        #expect(throws: CalendarDataError.self) { try JurisdictionLexicon.parse("行政院\ttaiwan\n行政院\ttaiwan\n", file: "j.tsv") }
    }
}

@Suite struct ResolverJurisdictionTests {
    @Test func resolverLoadsTheJurisdictionLexicon() throws {
        let r = try CalendarTestSupport.resolver()
        #expect(r.isMainland(text: "重慶市醫療保障局辦公室 渝醫保辦〔2025〕30號"))
        #expect(!r.isMainland(text: "中華民國八十年二月四日總統（80）華總（一）義字第 0704 號令制定公布"))
    }
}
