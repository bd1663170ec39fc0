import Testing
@testable import NoticeExtract

/// Date example corpus: inputs grouped under the ISO date they must yield; the negatives yield nothing.
@Suite struct DateReaderTests {
    static let positives: [String: [String]] = [
        "2024-06-07": ["2024年6月7日", "江西省财政厅\n2024年6月7日 ", "2024 年 6 月 7 日"],
        "2023-06-29": ["二〇二三年六月二十九日", "2023年6月29日印发", "二○二三年六月二十九日"],
        "2020-01-15": ["中华民国一百零九年一月十五日", "一百零九年一月十五日", "民国109年1月15日"],
        "2022-11-30": ["号令发布定自一百十一年十一月三十日施行"],
        "2025-08-29": ["以上批次均自2025年8月29日起执行"],
        "1995-06-30": ["1995年6月30日 第八届全国人民代表大会常务委员会第十四次会议通过"],
        "2024-02-29": ["2024年2月29日"],
    ]

    static let negatives: [String] = [
        "2024/12/2 17:31:15", "LM-HD2024-01", "ZJHCCG-2024-01", "2024年初", "国家组织结果将在5月底落地", "2022年",
        "2024年13月1日", "2023年2月29日", "第3个月", "采购周期为2年", "所属项目:2019年关于开展江西省第三批医",
        "在采购期第6个月末", "24年6月7日",
    ]

    static let labelled: [String: [String]] = [
        "2022-06-02": [" 2022-06-02", "2022-06-02 [ 发布日期 ] 2022-12-23"],
        "2024-06-18": ["2024/06/18   ", "2024/6/18", "2024年6月18日"],
        "2015-06-24": ["20150624"],
    ]

    static let labelledNegatives: [String] = ["2024/12/2 17:31:15", "", "   ", "2024/13/01", "LM-HD2024-01", "2024-6", "202406181"]

    static var cases: [(String, String)] { positives.flatMap { k, v in v.map { (k, $0) } } }
    static var labelledCases: [(String, String)] { labelled.flatMap { k, v in v.map { (k, $0) } } }

    @Test(arguments: cases)
    func findsDate(expected: String, input: String) throws {
        let t = try MetadataFixtures().text(input)
        #expect(DateReader.find(in: t.folded, range: 0..<t.count).map(\.iso) == [expected])
    }

    @Test(arguments: negatives)
    func findsNoDate(input: String) throws {
        let t = try MetadataFixtures().text(input)
        #expect(DateReader.find(in: t.folded, range: 0..<t.count).isEmpty)
    }

    @Test(arguments: labelledCases)
    func readsLabelledValue(expected: String, input: String) throws {
        let t = try MetadataFixtures().text(input)
        #expect(DateReader.labelledValue(in: t.folded, range: 0..<t.count)?.iso == expected)
    }

    @Test(arguments: labelledNegatives)
    func rejectsLabelledValue(input: String) throws {
        let t = try MetadataFixtures().text(input)
        #expect(DateReader.labelledValue(in: t.folded, range: 0..<t.count) == nil)
    }

    @Test func spanCoversRocPrefix() throws {
        let t = try MetadataFixtures().text("于中华民国一百零九年一月十五日公布")
        let m = try #require(DateReader.find(in: t.folded, range: 0..<t.count).first)
        #expect(t.quote(m.range) == "中华民国一百零九年一月十五日")
        #expect(m.roc)
    }

    @Test
    func readsTraditionalRocDate() throws {
        let t = try MetadataFixtures().text("3.中華民國一百零九年一月十五日總統華總一義字第 10900003911  號令修正公布第 2  條條文")
        let m = try #require(DateReader.find(in: t.folded, range: 0..<t.count).first)
        #expect(m.iso == "2020-01-15")
        #expect(t.quote(m.range) == "中華民國一百零九年一月十五日")
    }
}
