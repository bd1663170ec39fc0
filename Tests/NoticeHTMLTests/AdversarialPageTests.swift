import Testing
import Foundation
import NoticeModel
import NoticeText
@testable import NoticeHTML
@testable import NoticeKit

/// Hostile or broken inputs: each either extracts correctly or fails with a clear error; none reads a file or the net.
@Suite struct AdversarialPageTests {
    let extractor = HTMLExtractor(decoder: TextDecoder())
    static let paragraph = "各级医疗保障部门应按要求及时发布集采中选结果落地执行文件，明确执行时间和工作要求。"

    @Test func nestingTenThousandDeep() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>\(Self.paragraph)</p>"
            + String(repeating: "</div>", count: 10_000) + "<p>尾段：本通知自印发之日起施行。</p></body></html>"
        let page = try extractor.extract(bytes: Array(html.utf8))
        #expect(page.text.contains(Self.paragraph))
    }

    @Test func nestingTenThousandDeepUnclosed() throws {
        let html = "<html><body>" + String(repeating: "<div><span>", count: 10_000) + "<p>\(Self.paragraph)"
        let page = try extractor.extract(bytes: Array(html.utf8))
        #expect(page.text == Self.paragraph)
    }

    @Test(.timeLimit(.minutes(1))) func fiveMegabyteSingleLine() throws {
        let sentence = "医疗机构应当在2个工作日内反馈问题，配送及时率不得低于90%。"
        let big = String(repeating: sentence, count: 5 * 1024 * 1024 / sentence.utf8.count + 1)
        let html = "<html><head><title>单行页面</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><div id=\"c\"><p>\(big)</p><p>\(Self.paragraph)</p></div></body></html>"
        #expect(html.utf8.count > 5_000_000)
        #expect(!html.contains("\n"))
        let page = try extractor.extract(bytes: Array(html.utf8))
        #expect(page.text.unicodeScalars.count == big.unicodeScalars.count + 1 + Self.paragraph.unicodeScalars.count)
        #expect(page.meta.title == "单行页面")
    }

    @Test(arguments: [
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE html [<!ENTITY % ext SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %ext; <!ENTITY xxe \"&#x25;ext;\">]>",
        "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">",
    ])
    func entityDeclarationsAreNeverRead(_ doctype: String) throws {
        let html = doctype + "<html><body><div><p>甲&xxe;乙</p><p>\(Self.paragraph)</p></div></body></html>"
        let page = try extractor.extract(bytes: Array(html.utf8))
        #expect(!page.text.contains("root:"))
        #expect(!page.text.contains("ENTITY"))
        #expect(!page.text.contains("evil"))
        #expect(page.text.contains(Self.paragraph))
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func binaryGarbageNamedHTML(_ seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        for i in bytes.indices {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            bytes[i] = UInt8(truncatingIfNeeded: state)
        }
        #expect(HTMLSniffer.isHTML(bytes: bytes, path: "garbage.html"))
        do {
            _ = try extractor.extract(bytes: bytes)
            Issue.record("garbage extracted")
        } catch let e as InputError {
            #expect(e.code == "binary")
            #expect(!e.message.isEmpty)
        }
    }

    @Test(arguments: [
        ([UInt8](), "empty"),
        (Array("纯文本，没有任何标记的文件，只是被命名为网页。".utf8), "html"),
        (Array("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div></body></html>".utf8), "html"),
        ([0xC0, 0xFF, 0xFE, 0x3C, 0x70, 0x3E, 0xFF, 0x81, 0xFF], "undecodable"),
    ])
    func clearErrors(_ bytes: [UInt8], _ code: String) {
        #expect(throws: InputError.self) { try extractor.extract(bytes: bytes) }
        do { _ = try extractor.extract(bytes: bytes) } catch let e as InputError { #expect(e.code == code, "\(e.message)") } catch {}
    }

    @Test func pipelineTurnsGarbageIntoAnErrorObject() throws {
        let root = PageCorpus.root
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: root.appendingPathComponent("dictionaries")))
        let outcome = pipeline.process(bytes: [0x00, 0x01, 0x02, 0xFF, 0x3C], path: "bad.html")
        guard case .failure(let e) = outcome else { Issue.record("expected a failure"); return }
        #expect(e.error.code == "binary")
        #expect(e.source.path == "bad.html")
        #expect(e.source.format == .html)
    }
}
