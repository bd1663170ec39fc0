import Testing
@testable import NoticeCalendar

@Suite struct CalendarPhraseTests {
    typealias S = CalendarTestSupport

    /// Text → the dates its phrases name from the anchor, grouped under the expected dates.
    static let cases: [(dates: [String], text: String, anchor: String)] = [
        (["2025-09-30"], "各级医保部门在落地执行的次月底前将医保预付金的50%预付给医疗机构", "2025-08-29"),  // X15
        (["2026-01-31", "2026-02-28"], "在采购期第6个月末,预付剩余金额", "2025-08-29"),                      // X15
        (["2026-01-31", "2026-02-28"], "在采購期第6個月末", "2025-08-29"),
        (["2022-05-31"], "国家组织开展人工关节集中带量采购结果将在5月底落地", "2022-06-02"),                  // X10
        (["2022-05-31"], "二〇二二年五月底前完成", "2022-06-02"),
        (["2024-12-31"], "于12月末前报送", "2024-06-07"),
        (["2024-06-30"], "当月底前", "2024-06-07"),
        (["2025-09-30", "2026-01-31", "2026-02-28"], "次月底前预付50%，第六个月末预付剩余", "2025-08-29"),
    ]

    @Test(arguments: cases)
    func resolves(_ c: (dates: [String], text: String, anchor: String)) {
        let found = CalendarPhrase.find(in: c.text)
        #expect(found.flatMap { $0.resolve(anchor: S.date(c.anchor)).map(\.date) } == c.dates)
        for p in found {
            let scalars = Array(c.text.unicodeScalars)[p.range]
            #expect(String(String.UnicodeScalarView(scalars)) == p.quote)
        }
    }

    /// Texts with no calendar phrase.
    static let none = ["每月底前报送", "6个月末", "采购周期为2年", "自2025年8月29日起执行", "13月底", "按月结算", "第6个月内", "月底前"]

    @Test(arguments: none)
    func findsNothing(_ text: String) { #expect(CalendarPhrase.find(in: text).isEmpty) }

    @Test func quoteAndRangeOfNextMonthEnd() {
        let p = CalendarPhrase.find(in: "在落地执行的次月底前")
        #expect(p.count == 1)
        #expect(p.first?.quote == "次月底")
        #expect(p.first?.range == 6..<9)
        #expect(p.first?.kind == .nextMonthEnd)
    }
}

@Suite struct SmallNumberTests {
    static let values: [(Int, [String])] = [
        (6, ["6", "六"]), (10, ["十", "10"]), (12, ["十二", "12"]), (24, ["二十四"]), (20, ["二十"]),
    ]
    @Test(arguments: values)
    func parses(_ c: (Int, [String])) { for s in c.1 { #expect(SmallNumber.parse(s) == c.0, "\(s)") } }

    @Test(arguments: ["", "十十", "一百", "零十", "二〇二二", "a"])
    func rejects(_ s: String) { #expect(SmallNumber.parse(s) == nil) }
}
