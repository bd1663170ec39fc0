import Testing
@testable import NoticeText

@Suite struct TextFolderTests {
    let folder = TextFolder(tables: TextTables(t2s: [0x689D: 0x6761, 0x6703: 0x4F1A, 0x8B70: 0x8BAE])) // 條→条, 會→会, 議→议

    @Test func foldKeepsOneScalarPerScalar() {
        let s = folder.fold("第５條　會議？９５％", encoding: "UTF-8")
        #expect(s.original.count == s.folded.count)
        #expect(SourceText.string(s.folded) == "第5条 会议？95%")
        #expect(s.quote(1..<3) == "５條")
        #expect(s.normalized(1..<3) == "5条")
    }

    @Test func questionMarkPaddingAtLineStartBecomesSpace() {
        let s = folder.fold("前\n????(一)提高認識?", encoding: "UTF-8")
        #expect(SourceText.string(s.folded) == "前\n    (一)提高認識?")
    }

    @Test func scriptDetection() {
        #expect(TextFolder.script(traditional: 0, simplified: 30) == .simplified)
        #expect(TextFolder.script(traditional: 50, simplified: 3) == .traditional)
        #expect(TextFolder.script(traditional: 20, simplified: 20) == .mixed)
    }
}
