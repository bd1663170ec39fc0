import Testing
import NoticeModel
@testable import NoticeText

/// The real tables, loaded once per suite instance.
func realFolder() throws -> TextFolder {
    TextFolder(tables: try TextTables.load(directory: TestFiles.dictionaries))
}

/// Inputs grouped under the folded text they must produce (same length always).
let foldCorpus: [String: [String]] = [
    "第5条 会议?95%": ["第５條　會議?９５％", "第５條\u{00A0}會議?95%"],
    "关于采购范围": ["關於採購範圍", "關于采購范圍", "关于采购范围"],
    "12.5-3+4:AZaz": ["１２．５－３＋４：ＡＺａｚ"],
    "    为贯彻落实": ["????為貫徹落實", "　　　　為貫徹落實"],
    "执行。 \n ": ["執行。?\n?"],
    "重庆市      医疗保障局": ["重慶市??????醫療保障局"],
    "第一条\n     内容": ["第一條\n  ?? 內容", "第一條\n\u{3000}\u{3000}?? 內容"],
    "    ": ["????"],
    "著作权法": ["著作權法"],
    "乾隆": ["乾隆"],
    "径行咨询抵触": ["逕行諮詢牴觸"],
    "计划书面回复": ["計畫書面回覆"],
    "乾隆年间干净": ["乾隆年間乾淨"],
    "图画颠覆": ["圖畫顛覆"],
]

/// Inputs that must fold to themselves: punctuation, real question marks, simplified text.
let identityCorpus: [String] = [
    "「通知」（一）《办法》", "截止到什么时候?", "A?B", "Is it?", "第(一)项", "医疗保障局", "“引号”", "？", "⑴①",
    "你好??吗", "是否?\n", "x = a ?? b",
]

@Suite struct TextFolderTests {
    let folder: TextFolder
    init() throws { folder = try realFolder() }

    @Test(arguments: foldCorpus.flatMap { out, inputs in inputs.map { (out, $0) } })
    func folds(expected: String, input: String) {
        let s = folder.fold(input, encoding: "UTF-8")
        #expect(SourceText.string(s.folded) == expected)
        #expect(s.original.count == s.folded.count)
        #expect(SourceText.string(s.original) == input)
    }

    @Test(arguments: identityCorpus)
    func foldsToItself(input: String) {
        #expect(SourceText.string(folder.fold(input, encoding: "UTF-8").folded) == input)
    }

    /// Same length, quote = the original slice, normalized = the folded slice, on every corpus file.
    @Test(arguments: [TestFiles.seed000, TestFiles.seed001, TestFiles.seed002, TestFiles.seed003, TestFiles.seed004])
    func invariantsOnSeeds(name: String) {
        let text = TestFiles.utf8(TestFiles.corpus(name))
        let s = folder.fold(text, encoding: "UTF-8")
        let scalars = Array(text.unicodeScalars)
        #expect(s.count == scalars.count && s.folded.count == scalars.count)
        #expect(s.original == scalars)
        for start in stride(from: 0, to: scalars.count - 7, by: 97) {
            let r = start..<(start + 7)
            #expect(s.quote(r) == SourceText.string(scalars[r]))
            #expect(s.normalized(r).unicodeScalars.count == 7)
        }
        // Every changed scalar is a T→S, width or padding fold: never a newline, never ASCII into something else.
        for (o, f) in zip(s.original, s.folded) where o != f {
            #expect(o.value >= 0x80 || o == "?")
            #expect(o != "\n" && f != "\n")
        }
    }

    @Test(arguments: [(TestFiles.seed000, Script.simplified), (TestFiles.seed001, .simplified), (TestFiles.seed002, .traditional),
                      (TestFiles.seed003, .simplified), (TestFiles.seed004, .simplified)])
    func scriptOfSeeds(name: String, expected: Script) {
        #expect(folder.fold(TestFiles.utf8(TestFiles.corpus(name)), encoding: "UTF-8").script == expected)
    }

    @Test(arguments: TestFiles.opencc)
    func taiwanStatutesAreTraditional(name: String) {
        let text = TestFiles.utf8(TestFiles.fixture("opencc/\(name).txt"))
        #expect(folder.fold(text, encoding: "UTF-8").script == .traditional)
    }

    /// Half a simplified notice and half a Taiwan statute is mixed.
    @Test func mixedScript() {
        let simp = Array(TestFiles.utf8(TestFiles.corpus(TestFiles.seed001)).prefix(2500))
        let trad = Array(TestFiles.utf8(TestFiles.fixture("opencc/tw_yaohai_jiuji_2020.txt")).prefix(2500))
        #expect(folder.fold(String(simp + trad), encoding: "UTF-8").script == .mixed)
    }

    /// Seed 002's simplified leftovers (采, 于, 范, 后) are ordinary traditional characters, so they are no evidence.
    @Test(arguments: ["采", "于", "范", "后", "里", "干"])
    func leftoversAreNoEvidence(ch: String) {
        #expect(!folder.tables.simplifiedOnly.contains(ch.unicodeScalars.first!.value))
    }

    @Test(arguments: [(0, 30, Script.simplified), (50, 3, .traditional), (20, 20, .mixed), (0, 0, .simplified), (3, 0, .traditional)])
    func scriptRule(traditional: Int, simplified: Int, expected: Script) {
        #expect(TextFolder.script(traditional: traditional, simplified: simplified) == expected)
    }

    /// A small hand table: a mapping to a non-BMP character still keeps one scalar per scalar.
    @Test func astralMappingKeepsLength() {
        let f = TextFolder(tables: TextTables(t2s: [0x689D: 0x6761, 0x4E00: 0x20000]))
        let s = f.fold("條一", encoding: "UTF-8")
        #expect(s.folded.map(\.value) == [0x6761, 0x20000])
    }
}
