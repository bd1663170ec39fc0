import Testing
import NoticeCheck

@Suite struct TextScanTests {
    @Test(arguments: [("十九", 19.0), ("两", 2), ("一百零五", 105), ("1.3万", 13000), ("54.20", 54.2), ("三十", 30), ("兩", 2)])
    func numbers(_ s: String, _ v: Double) { #expect(ChineseNumber.parse(s) == v) }

    @Test(arguments: ["", "万", "进一步", "ZJHCCG", "第一"]) func notNumbers(_ s: String) { #expect(ChineseNumber.parse(s) == nil) }

    @Test func matchOffsetsAreScalarOffsets() {
        // an astral character before the match: scalar offsets, not UTF-16 or grapheme offsets
        let s = TextScan(Array("𠀀甲，配送及时率90%以下。".unicodeScalars))
        let m = s.matches("([0-9]+)%以下")
        #expect(m.first?.range == 8..<13)
        #expect(m.first?.groups.first.map { s.text($0!) } == "90")
        #expect(s.sentence(around: 9) == 0..<14)
        #expect(s.clause(around: 1) == 0..<3)
    }
}
