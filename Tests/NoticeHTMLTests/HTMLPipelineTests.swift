import Testing
import Foundation
import NoticeModel
@testable import NoticeKit

/// `notice extract page.html`: the core pipeline runs on the main text, spans point into `text`.
@Suite struct HTMLPipelineTests {
    let pipeline = try! Pipeline(options: NoticeOptions(dictionaryDirectory: PageCorpus.root.appendingPathComponent("dictionaries")))

    @Test(arguments: PageCorpus.names)
    func pageGivesAnHTMLDocument(_ name: String) throws {
        let outcome = pipeline.process(bytes: try PageCorpus.bytes(name), path: name + ".html")
        guard case .document(let d) = outcome else { Issue.record("\(name) failed: \(outcome)"); return }
        let text = try #require(d.text)
        #expect(d.source.format == .html)
        #expect(d.source.chars == text.unicodeScalars.count)
        let want = try PageCorpus.expectedMeta(name)
        #expect(d.source.encoding == want.encoding)
        // The page fills what the text does not carry.
        if let p = want.publishedDate { #expect(d.doc.publishedDate == p) }
        if let i = want.indexNumber { #expect(d.doc.indexNumber == i) }
        #expect(Set(want.attachments.map(\.href)).isSubset(of: Set(d.doc.attachments.compactMap(\.href))))
        let scalars = Array(text.unicodeScalars)
        func quoted(_ span: Span, _ quote: String) {
            #expect(span.end <= scalars.count)
            if span.end <= scalars.count { #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == quote) }
        }
        for t in d.thresholds { quoted(t.span, t.quote) }
        for x in d.deadlines { quoted(x.span, x.quote) }
        for x in d.obligations { quoted(x.span, x.quote) }
        let json = try outcome.json(pretty: false)
        #expect(json.contains("\"format\":\"html\""))
        #expect(json.contains("\"text\":"))
    }

    @Test func plainTextHasNoTextKey() throws {
        let outcome = pipeline.process(bytes: Array("各设区市医疗保障局：\n请按要求执行。\n".utf8), path: "notice.txt")
        guard case .document(let d) = outcome else { Issue.record("failed"); return }
        #expect(d.text == nil)
        #expect(d.source.format == .text)
    }
}
