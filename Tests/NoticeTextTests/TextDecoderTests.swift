import Testing
import NoticeModel
@testable import NoticeText

/// One input to decode: bytes, an optional declared label, and the UTF-8 text it must give back.
struct DecodeCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let declared: String?
    let expected: String
    var testDescription: String { declared.map { "\(name) declared \($0)" } ?? name }

    init(_ name: String, _ bytes: [UInt8], declared: String? = nil, expected: String) {
        self.name = name; self.bytes = bytes; self.declared = declared; self.expected = expected
    }
}

/// Inputs grouped under the encoding they must be read as.
let decodeCorpus: [String: [DecodeCase]] = {
    let seed001 = TestFiles.utf8(TestFiles.corpus(TestFiles.seed001))
    let seed002 = TestFiles.utf8(TestFiles.corpus(TestFiles.seed002))
    let taiwan = TestFiles.utf8(TestFiles.fixture("encoding/tw_yaohai_jiuji_2020.txt"))
    let f = TestFiles.fixture
    return [
        "UTF-8": [
            DecodeCase("seed 001 UTF-8", TestFiles.corpus(TestFiles.seed001), expected: seed001),
            DecodeCase("seed 001 UTF-8 with BOM", f("encoding/seed001.utf8-bom.txt"), expected: seed001),
            DecodeCase("seed 002 UTF-8 declared gb2312 (mislabelled page)", TestFiles.corpus(TestFiles.seed002), declared: "gb2312", expected: seed002),
            DecodeCase("seed 001 UTF-8 declared utf-8", TestFiles.corpus(TestFiles.seed001), declared: "UTF-8", expected: seed001),
            DecodeCase("ASCII only", Array("Article 5: 30 days.\n".utf8), expected: "Article 5: 30 days.\n"),
        ],
        "UTF-16LE": [
            DecodeCase("seed 001 UTF-16LE with BOM", f("encoding/seed001.utf16le-bom.txt"), expected: seed001),
            DecodeCase("seed 001 UTF-16LE without BOM", f("encoding/seed001.utf16le.txt"), expected: seed001),
        ],
        "UTF-16BE": [
            DecodeCase("seed 001 UTF-16BE with BOM", f("encoding/seed001.utf16be-bom.txt"), expected: seed001),
            DecodeCase("UTF-16BE without BOM", [0x00, 0x41, 0x00, 0x0A, 0x00, 0x42, 0x00, 0x0A], expected: "A\nB\n"),
        ],
        "UTF-32LE": [
            DecodeCase("UTF-32LE with BOM", [0xFF, 0xFE, 0, 0, 0x2D, 0x4E, 0, 0, 0x0A, 0, 0, 0], expected: "中\n"),
        ],
        "UTF-32BE": [
            DecodeCase("UTF-32BE with BOM", [0, 0, 0xFE, 0xFF, 0, 0, 0x4E, 0x2D, 0, 0, 0, 0x0A], expected: "中\n"),
        ],
        "windows-1252": [
            DecodeCase("Latin-1 text without label (ucsdet's guess)",
                       Array("Le d\u{E9}cret n\u{B0} 12 du minist\u{E8}re: d\u{E9}lai de trente jours, \u{E0} compter de la notification.\n".unicodeScalars.map { UInt8($0.value) }),
                       expected: "Le d\u{E9}cret n\u{B0} 12 du minist\u{E8}re: d\u{E9}lai de trente jours, \u{E0} compter de la notification.\n"),
        ],
        "GB18030": [
            DecodeCase("seed 002 GBK (GBK-only characters) declared gb2312", f("encoding/seed002.gbk.txt"), declared: "gb2312", expected: seed002),
            DecodeCase("seed 002 GBK declared GBK", f("encoding/seed002.gbk.txt"), declared: " GBK ", expected: seed002),
            DecodeCase("seed 002 GBK declared x-gbk", f("encoding/seed002.gbk.txt"), declared: "x-gbk", expected: seed002),
            DecodeCase("seed 002 GBK declared gb_2312-80", f("encoding/seed002.gbk.txt"), declared: "gb_2312-80", expected: seed002),
            DecodeCase("seed 002 GBK without label", f("encoding/seed002.gbk.txt"), expected: seed002),
            DecodeCase("seed 001 GB18030 without label", f("encoding/seed001.gb18030.txt"), expected: seed001),
            DecodeCase("seed 001 GB18030 declared utf-8 (wrong label)", f("encoding/seed001.gb18030.txt"), declared: "utf-8", expected: seed001),
            DecodeCase("seed 002 GBK declared big5 (wrong label)", f("encoding/seed002.gbk.txt"), declared: "big5", expected: seed002),
        ],
        "Big5-HKSCS": [
            DecodeCase("Taiwan statute cp950 declared big5", f("encoding/tw_yaohai_jiuji_2020.big5.txt"), declared: "big5", expected: taiwan),
            DecodeCase("Taiwan statute cp950 without label", f("encoding/tw_yaohai_jiuji_2020.big5.txt"), expected: taiwan),
            DecodeCase("seed 002 Big5 without label", f("encoding/seed002.big5.txt"), expected: seed002),
            DecodeCase("Taiwan statute cp950 declared gb2312 (wrong label)", f("encoding/tw_yaohai_jiuji_2020.big5.txt"), declared: "gb2312", expected: taiwan),
            DecodeCase("ETEN circled digit declared big5", [0xB2, 0xC4, 0xC6, 0xA1, 0xB6, 0xB5], declared: "big5", expected: "第①項"),
            DecodeCase("ETEN circled digit alone declared big5", [0xC6, 0xA1], declared: "big5", expected: "①"),
        ],
    ]
}()

/// Inputs that must be refused, grouped under the error code.
let refuseCorpus: [String: [DecodeCase]] = {
    let f = TestFiles.fixture
    return [
        "empty": [
            DecodeCase("no bytes", [], expected: ""),
            DecodeCase("only a UTF-8 BOM", [0xEF, 0xBB, 0xBF], expected: ""),
        ],
        "binary": [
            DecodeCase("random bytes", f("encoding/binary-random.bin"), expected: ""),
            DecodeCase("control bytes without NUL", f("encoding/binary-controls.bin"), expected: ""),
            DecodeCase("UTF-8 text with NULs on both lanes", Array("第一条\0\0 \0内容 \0".utf8), expected: ""),
            DecodeCase("UTF-16LE BOM then NUL characters", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], expected: ""),
        ],
        "undecodable": [
            DecodeCase("UTF-8 cut inside a character", f("encoding/seed001.utf8-truncated.txt"), expected: ""),
            DecodeCase("UTF-8 with one bad byte in the middle", f("encoding/seed001.utf8-damaged.txt"), expected: ""),
            DecodeCase("UTF-16BE BOM, odd byte count", [0xFE, 0xFF, 0x4E, 0x2D, 0x4E], expected: ""),
            DecodeCase("UTF-8 BOM then invalid UTF-8", [0xEF, 0xBB, 0xBF, 0xE4, 0xB8, 0x41], expected: ""),
        ],
    ]
}()

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test(arguments: decodeCorpus.flatMap { enc, cases in cases.map { (enc, $0) } })
    func decodes(encoding: String, input: DecodeCase) throws {
        let (text, found) = try decoder.decode(input.bytes, declared: input.declared)
        #expect(found == encoding)
        #expect(text == input.expected)
        #expect(text.unicodeScalars.count == input.expected.unicodeScalars.count)
    }

    @Test(arguments: refuseCorpus.flatMap { code, cases in cases.map { (code, $0) } })
    func refuses(code: String, input: DecodeCase) {
        #expect {
            _ = try decoder.decode(input.bytes, declared: input.declared)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.code == code && !e.message.isEmpty
        }
    }

    @Test func messagesSayWhereTheProblemIs() {
        func message(_ bytes: [UInt8]) -> String {
            do { _ = try decoder.decode(bytes); return "" } catch let e as InputError { return e.message } catch { return "\(error)" }
        }
        let truncated = TestFiles.fixture("encoding/seed001.utf8-truncated.txt")
        #expect(message(truncated).contains("truncated"))
        #expect(message(truncated).contains("byte \(truncated.count - 1)"))
        #expect(message(TestFiles.fixture("encoding/seed001.utf8-damaged.txt")).contains("damaged"))
        let pngHeader: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                                  0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]
        #expect(message(pngHeader).contains("NUL"))
    }

    /// An unknown label is ignored, not an error: the bytes decide.
    @Test func unknownLabelIsIgnored() throws {
        let (text, enc) = try decoder.decode(Array("第一条".utf8), declared: "x-no-such-charset")
        #expect(text == "第一条" && enc == "UTF-8")
    }

    @Test(arguments: [("gb2312", EncodingLabel.legacy("GB18030")), ("GBK", .legacy("GB18030")), ("x-gbk", .legacy("GB18030")),
                      ("gb_2312-80", .legacy("GB18030")), ("\"big5\"", .legacy("Big5-HKSCS")), ("UTF-8", .utf8),
                      ("utf-16", .utf16LE), ("Shift_JIS", .legacy("ibm-943_P15A-2003"))])
    func labels(label: String, expected: EncodingLabel) {
        #expect(EncodingLabel(label) == expected)
    }

    @Test(arguments: ["", "  ", "no-such-charset"])
    func labelsThatMeanNothing(label: String) {
        #expect(EncodingLabel(label) == nil)
    }

    /// The common-character set is GB2312 level 1 (3,755) ∪ Big5 level 1 (5,401), which overlap.
    @Test func commonCharacters() {
        let p = CJKPlausibility()
        #expect(p.commonCount > 5401 && p.commonCount < 3755 + 5401)
        #expect(p.isCommon(0x7684)) // 的
        #expect(p.isCommon(0x9AD4)) // 體
        #expect(!p.isCommon(0x4E28)) // 丨, rare
        #expect(p.score("医疗保障局") > 0)
        #expect(p.score("\u{E000}\u{E001}\u{FFFD}") < 0)
    }
}
