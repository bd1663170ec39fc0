import Testing
@testable import NoticeCheck

/// The line prefilter of `TextScan.matches`: a pattern runs only on lines holding a literal every match contains.
@Suite struct TextScanPrefilterTests {
    @Test(arguments: [
        ("([0-9]+|[一二三]+)个?工作日", ["工作日"]),
        ("(?:发布|印发)[^。；]{0,12}?(?:落地|执行)[^。；]{0,12}?不少于([0-9]+)个?工作日", ["不少于"]),
        ("自[^。；]{0,20}?起(?:执行|实施|施行)", ["执行", "实施", "施行"]),
        ("([0-9]+)(条|项|批)", ["条", "项", "批"]),
        ("第([0-9]+)个月(?:末|底)", ["个月"]),
        ("\\[ *([^\\[\\]\\n]{2,8}?) *\\] *([^\\[\\n]*)", ["["]),
    ])
    func literalEveryMatchContains(pattern: String, expected: [String]) {
        #expect(TextScan.requiredLiterals(pattern) == expected)
    }

    @Test(arguments: ["a|b", "[0-9]+", "(?:x)?[0-9]{4}", "(甲|乙)?丙?"])
    func noLiteralWhenNoneIsRequired(pattern: String) {
        let lits = TextScan.requiredLiterals(pattern)
        #expect(lits == nil || pattern == "(?:x)?[0-9]{4}" && lits == nil)
    }

    @Test func prefilteredMatchesEqualUnfilteredOnes() {
        let text = "甲方应在3个工作日内答复。\n乙方无期限。\n丙方应于10个工作日内、5个工作日内办结。"
        let scan = TextScan(Array(text.unicodeScalars))
        let got = scan.matches("([0-9]+)个?工作日").map(\.range)
        #expect(got == [4..<9, 25..<31, 33..<38])
    }
}
