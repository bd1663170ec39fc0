import Testing
import Foundation
@testable import NoticeExtract
@testable import NoticeText

/// Whole-sentence behaviour of the extractor that the example corpora do not pin: ids, sections, links.
@Suite struct ExtractorBasicsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let extractor = Extractor(lexicon: try! ExtractLexicon.load(directory: root.appendingPathComponent("dictionaries")))
    let folder = TextFolder(tables: try! TextTables.load(directory: root.appendingPathComponent("dictionaries")))

    func run(_ s: String) -> Extraction { extractor.extract(folder.fold(s, encoding: "UTF-8")) }

    @Test func emptyTextGivesNothing() {
        let x = run("")
        #expect(x.thresholds.isEmpty && x.deadlines.isEmpty && x.obligations.isEmpty && x.sections.isEmpty)
    }

    @Test func obligationLinksItsConditionAndDeadline() {
        let x = run("一、总体要求\n（一）加强管理。对配送及时率90%以下的中选企业，医疗保障部门应在5个工作日内予以通报。")
        #expect(x.sections.map(\.number) == ["一、", "（一）"])
        #expect(x.sections[1].parent == x.sections[0].id)
        let t = try! #require(x.thresholds.first)
        #expect(t.op == .le && t.value == 90 && t.unit == .percent && t.metric == "配送及时率")
        #expect(t.section == x.sections[1].id)
        let d = try! #require(x.deadlines.first)
        #expect(d.amount == 5 && d.unit == .workday && d.op == .le && d.actor == "医疗保障部门")
        let o = try! #require(x.obligations.first)
        #expect(o.modality == .must && o.actor == "医疗保障部门")
        #expect(o.conditions == [t.id] && o.deadlines == [d.id])
    }

    @Test func rangeIsTwoItemsWithOneQuote() {
        let x = run("违反本条例规定的，由人力资源社会保障行政部门处2万元以上5万元以下的罚款。")
        #expect(x.thresholds.count == 2)
        #expect(Set(x.thresholds.map(\.quote)).count == 1)
        #expect(x.thresholds.map(\.op) == [.ge, .le])
        #expect(x.thresholds.map(\.value) == [20000, 50000])
        #expect(x.thresholds.allSatisfy { $0.metric == "罚款" && $0.unit == .yuan })
    }

    @Test func quotesAreExactSlicesOfTheSource() {
        let text = "第十五条　用人单位应当按照工资支付周期编制书面工资支付台账，并至少保存3年。"
        let s = folder.fold(text, encoding: "UTF-8")
        let x = extractor.extract(s)
        for p in x.periods { #expect(p.quote == s.quote(p.span.range)) }
        #expect(x.periods.first?.amount == 3 && x.periods.first?.unit == .year)
        #expect(x.sections.first?.style == "article" && x.sections.first?.ordinal == 15)
    }

    @Test func chromeRangesYieldNothing() {
        let text = "京ICP备12039121号-1 联系电话：超过30%\n企业应在3日内回复。"
        let s = folder.fold(text, encoding: "UTF-8")
        let firstLine = 0..<(Array(text.unicodeScalars).firstIndex(of: "\n")!)
        let x = extractor.extract(s, excluded: [firstLine])
        #expect(x.thresholds.isEmpty)
        #expect(x.deadlines.count == 1)
    }
}
