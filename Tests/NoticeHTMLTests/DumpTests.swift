import Testing
import Foundation
import NoticeText
@testable import NoticeHTML

@Suite struct DumpTests {
    @Test func dump() throws {
        guard let name = ProcessInfo.processInfo.environment["DUMP_PAGE"] else { return }
        let page = try HTMLExtractor(decoder: TextDecoder()).extract(bytes: PageCorpus.bytes(name))
        try page.text.write(toFile: "/tmp/hx/\(name).got.txt", atomically: true, encoding: .utf8)
    }
}
