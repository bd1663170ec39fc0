import Testing
import NoticeModel
import NoticeText
@testable import NoticeDiff

@Suite struct NumberScannerTests {
    static func tokens(_ s: String) -> [NumberToken] {
        let t = TextFolder(tables: .emptyTables).fold(s, encoding: "UTF-8")
        return NumberScanner().scan(t, in: 0..<t.count)
    }

    @Test(arguments: [
        ("五十万", 500_000.0), ("三万二千", 32_000), ("零点二", 0.2), ("二〇〇七", 2007), ("5万", 50_000),
        ("一亿五千万", 150_000_000), ("十五", 15), ("1,500", 1500), ("三萬二千", 32_000), ("一百零六", 106), ("二十", 20),
    ])
    func numeralValues(_ text: String, _ value: Double) {
        #expect(ChineseNumeral.value(ArraySlice(Array(text.unicodeScalars))) == value)
    }

    /// Inputs grouped under the one number they must produce: value, kind and the quote it covers.
    @Test(arguments: [
        (500_000.0, "plain", "五十万元", ["可以处五十万元以下的罚款", "处五十万元罚款"]),
        (30, "plain", "三十工作日", ["起算三十工作日內，不得", "在三十工作日内作出"]),
        (30, "plain", "三十日", ["起算三十日內，不得", "三十日内"]),
        (10, "percent", "百分之十", ["销售额百分之十以下", "百分之十"]),
        (0.2, "permille", "千分之零點二", ["千分之零點二至"]),
        (2, "plain", "2个工作日", ["2个工作日内"]),
        (1, "plain", "一年", ["一年以上"]),
        (6, "plain", "六個月", ["逾六個月，仍未"]),
        (90, "percent", "90%", ["配送及时率90%以下"]),
    ])
    func numbersFound(_ value: Double, _ kind: String, _ quote: String, _ inputs: [String]) {
        for input in inputs {
            let found = Self.tokens(input)
            #expect(found.count == 1, "\(input): \(found)")
            guard let t = found.first else { continue }
            #expect(t.value == value, "\(input)")
            #expect(t.kind.rawValue == kind, "\(input)")
            let scalars = Array(input.unicodeScalars)
            #expect(SourceText.string(scalars[t.span.range]) == quote, "\(input)")
        }
    }

    @Test func datesAreOneToken() {
        let t = Self.tokens("本法自2008年8月1日起施行。中華民國一百十一年十一月三十日施行")
        #expect(t.map(\.date) == ["2008-8-1", "111-11-30"])
    }

    /// Numbering and words that contain a digit are not numbers.
    @Test(arguments: [
        "第十五条", "第 11 條", "依照本法第四十六条规定", "第十五条之一", "（一）经营者达成垄断协议", "一、总则", "2. 申报",
        "统一执法", "上一年度销售额", "进一步加强", "一律不得", "同一日", "第 19、25、35 條", "唯一",
    ])
    func numberingIsNotANumber(_ input: String) {
        #expect(Self.tokens(input).isEmpty, "\(input): \(Self.tokens(input))")
    }
}
