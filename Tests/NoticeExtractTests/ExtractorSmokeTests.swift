import Testing
@testable import NoticeExtract
@testable import NoticeText

@Suite struct ExtractorSmokeTests {
    @Test func emptyTextGivesNoItems() {
        let x = Extractor().extract(TextFolder(tables: .emptyTables).fold("", encoding: "UTF-8"))
        #expect(x.thresholds.isEmpty && x.deadlines.isEmpty)
    }
}
