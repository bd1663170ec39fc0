import Testing
import NoticeModel
import NoticeKit
import NoticeCheck

/// Whole notices whose rules are consistent: every check, through the real pipeline, must stay silent.
@Suite struct ConsistentTextTests {
    static let notices = [
        """
        甲市医疗保障局关于做好集采产品结算工作的通知
        各区县医疗保障局：
        一、考核办法
        （一）对配送及时率95%及以上的企业予以加分；对配送及时率低于95%的企业予以约谈。
        （二）报量较上年减少超过20%的医疗机构，应作出说明。
        二、价格
        主要包括甲类、乙类、丙类三类耗材，平均价格从2万元降至5000元，平均降价75%。两批次平均降幅分别达30%和40%。
        本通知自2024年5月6日起执行，执行期为2年。
        甲市医疗保障局
        2024年3月1日
        """,
        """
        乙縣衛生局關於加強藥品採購管理的通知
        各醫療機構：
        一、對合格率達到90%的廠商給予獎勵；對合格率未達到90%的廠商予以警示。
        二、主要包括甲類、乙類兩類藥品，價格從1萬元降至2000元左右，平均降價80%。
        三、醫療機構收到通知後，應於10日內完成自查。
        乙縣衛生局
        2023年3月1日
        """,
    ]

    @Test(arguments: notices) func silentOnConsistentNotice(_ text: String) throws {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Fixture.dictionaries))
        let runner = try pipeline.checkRunner()
        let input = try #require(pipeline.processForCheck(bytes: Array(text.utf8), path: "consistent.txt").input)
        let findings = runner.run(input) + runner.runCross([input])
        #expect(findings.isEmpty, "\(findings.map { "\($0.check): \($0.message)" })")
    }

    /// The first notice with five defects planted: each is found, and nothing else.
    @Test func plantedDefectsAreFound() throws {
        let text = Self.notices[0]
            .replacingOccurrences(of: "配送及时率低于95%", with: "配送及时率95%以下")
            .replacingOccurrences(of: "甲类、乙类、丙类三类", with: "甲类、乙类、丙类、丁类三类")
            .replacingOccurrences(of: "平均降价75%", with: "平均降价80%")
            .replacingOccurrences(of: "分别达30%和40%", with: "分别达30%、35%和40%")
            .replacingOccurrences(of: "本通知自2024年5月6日起执行，执行期为2年。", with: "本通知将于2024年2月底实施。")
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Fixture.dictionaries))
        let runner = try pipeline.checkRunner()
        let input = try #require(pipeline.processForCheck(bytes: Array(text.utf8), path: "planted.txt").input)
        let kinds = runner.run(input).map(\.check).sorted()
        #expect(kinds == ["count_and_respectively_alignment", "count_claim_vs_enumeration", "percent_vs_before_after",
                          "tense_vs_document_date", "threshold_overlap"])
    }
}
