import Testing
import Foundation
import NoticeText
@testable import NoticeHTML

/// Every page of the corpus: main text scored against the expected text, and page metadata field by field.
@Suite struct PageCorpusTests {
    let extractor = HTMLExtractor(decoder: TextDecoder())
    static let floor = 0.97
    static let meanFloor = 0.99

    @Test func corpusHasTheRequiredLayouts() {
        let names = PageCorpus.names
        #expect(names.count >= 6)
        for layout in ["tender", "trs-editor", "trs-ueditor", "hanweb", "dedecms", "legacy"] {
            #expect(names.contains { $0.hasPrefix(layout) }, "no \(layout) page")
        }
    }

    @Test(arguments: PageCorpus.names)
    func mainTextScoresAboveTheFloor(_ name: String) throws {
        let page = try extractor.extract(bytes: PageCorpus.bytes(name))
        let score = TextScore(extracted: page.text, expected: try PageCorpus.expectedText(name))
        #expect(score.f1 >= Self.floor, "\(name): \(score)")
    }

    @Test func meanScoreAboveTheFloor() throws {
        var sum = 0.0
        for name in PageCorpus.names {
            let page = try extractor.extract(bytes: PageCorpus.bytes(name))
            sum += TextScore(extracted: page.text, expected: try PageCorpus.expectedText(name)).f1
        }
        #expect(sum / Double(PageCorpus.names.count) >= Self.meanFloor)
    }

    @Test(arguments: PageCorpus.names)
    func mainTextKeepsTheNoticeLines(_ name: String) throws {
        let page = try extractor.extract(bytes: PageCorpus.bytes(name))
        let expected = try PageCorpus.expectedText(name).split(separator: "\n").map(String.init)
        let got = page.text.split(separator: "\n").map(String.init)
        // First and last lines (主送 / title … signature / date / 此件主动公开) are where extractors slip.
        #expect(got.first == expected.first, "\(name) starts with \(got.first ?? "nothing")")
        #expect(got.last == expected.last, "\(name) ends with \(got.last ?? "nothing")")
        #expect(got.count == expected.count, "\(name): \(got.count) lines, expected \(expected.count)")
        #expect(!page.text.contains("\u{E000}"))
    }

    @Test(arguments: PageCorpus.names)
    func metadataMatches(_ name: String) throws {
        let page = try extractor.extract(bytes: PageCorpus.bytes(name))
        let want = try PageCorpus.expectedMeta(name)
        #expect(page.meta.title == want.title, "\(name) title")
        #expect(page.meta.docNumber == want.docNumber, "\(name) docNumber")
        #expect(page.meta.issuers == want.issuers, "\(name) issuers")
        #expect(page.meta.indexNumber == want.indexNumber, "\(name) indexNumber")
        #expect(page.meta.validity == want.validity, "\(name) validity")
        #expect(page.meta.signedDate == want.signedDate, "\(name) signedDate")
        #expect(page.meta.publishedDate == want.publishedDate, "\(name) publishedDate")
        #expect(page.subject == want.subject, "\(name) subject")
        #expect(page.genre == want.genre, "\(name) genre")
        #expect(page.siteName == want.siteName, "\(name) siteName")
        #expect(page.column == want.column, "\(name) column")
        #expect(page.encoding == want.encoding, "\(name) encoding")
        #expect(page.attachments.map(\.name) == want.attachments.map(\.name), "\(name) attachment names")
        #expect(page.attachments.map(\.href) == want.attachments.map(\.href), "\(name) attachment hrefs")
        #expect(page.attachments.map(\.fileExtension) == want.attachments.map(\.ext), "\(name) attachment extensions")
        #expect(page.meta.attachments.count == page.attachments.count)
    }
}
