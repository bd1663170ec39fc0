import Testing
import NoticeModel
import NoticeCheck

@Suite struct CountClaimCheckTests {
    static let positives: [Example] = [
        Example(text: "主要包括甲产品、乙产品、丙产品、丁产品三类产品。",
                check: "count_claim_vs_enumeration", severity: .warning, values: ["claimed": "3", "listed": "4"]),
        Example(text: "主要包括加强监测、完善预警等三项措施。",
                check: "count_claim_vs_enumeration", severity: .info, values: ["claimed": "3", "listed": "2"]),
        Example(text: "本方案制定十二条措施。一是包括甲、乙、丙、丁、戊等五条措施。二是包括己、庚、辛、壬、癸、子等六条措施。",
                check: "count_claim_vs_enumeration", values: ["claimed": "12", "sum_of_parts": "11"]),
        Example(text: "三个批次平均降幅分别为50%和60%。",
                check: "count_and_respectively_alignment", values: ["claimed": "3", "values": "2"]),
        Example(text: "兩批次分別降價30%、40%和50%。",
                check: "count_and_respectively_alignment", values: ["claimed": "2", "values": "3"]),
        Example(text: "產品範圍\n1.甲類耗材\n2.乙類耗材\n3.丙類耗材\n本次執行的四批次耗材，以平臺數據為準。",
                check: "count_claim_vs_enumeration", severity: .info, values: ["claimed": "4", "listed": "3"]),
    ]
    static let consistent: [Example] = [
        Example(text: "主要包括甲产品、乙产品、丙产品三类产品。"),
        Example(text: "两批次平均降幅分别达30%和40%。"),
        Example(text: "目前各类药品已达443个、医用耗材14种。"),
        Example(text: "本方案制定十二条措施。一是包括甲、乙、丙、丁、戊等五条措施。二是包括己、庚、辛、壬、癸、子、丑等七条措施。"),
        Example(text: "產品範圍\n1.甲類耗材\n2.乙類耗材\n3.丙類耗材\n本次執行的三批次耗材，以平臺數據為準。"),
        Example(text: "第三批集采结果于2021年执行，连续2个季度未达标的予以通报。"),
    ]
    @Test(arguments: positives) func mismatch(_ e: Example) { verify(e, CountClaimCheck(lexicon: Fixture.lexicon)) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, CountClaimCheck(lexicon: Fixture.lexicon)) }
}

@Suite struct PercentChangeCheckTests {
    static let positives: [Example] = [
        Example(text: "吻合器平均价格从2万元降至5000元，平均降价80%。",
                check: "percent_vs_before_after", severity: .warning, values: ["computed_pct": "75", "stated_pct": "80", "implied_after": "4000"]),
        Example(text: "留置針從1萬元降至2000元左右，降幅70%。",
                check: "percent_vs_before_after", values: ["computed_pct": "80", "stated_pct": "70"]),
        Example(text: "结余资金从100万元增至150万元，增长40%。",
                check: "percent_vs_before_after", values: ["computed_pct": "50", "stated_pct": "40"]),
        Example(text: "甲类从1000元降至500元，乙类从1000元降至100元，平均降价60%。",
                check: "percent_vs_before_after", values: ["simple_mean_pct": "70", "pooled_pct": "70"]),
    ]
    static let consistent: [Example] = [
        Example(text: "吻合器平均价格从2万元降至5000元，平均降价75%。"),
        Example(text: "留置針從1萬元降至2000元左右，平均降價81%。"),
        Example(text: "结余资金从100元增至150元，增长50%。"),
        Example(text: "甲类从1000元降至500元，乙类从1000元降至100元，平均降价70%。"),
        Example(text: "中选药品平均降幅53%，覆盖234种药品。"),
    ]
    @Test(arguments: positives) func inconsistent(_ e: Example) { verify(e, PercentChangeCheck()) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, PercentChangeCheck()) }
}

@Suite struct TenseCheckTests {
    static let positives: [Example] = [
        Example(text: "新系统将于6月底上线运行。", doc: DocumentMeta(signedDate: "2023-07-10"),
                check: "tense_vs_document_date", severity: .warning, values: ["resolved": "2023-06-30", "doc_date": "2023-07-10"]),
        Example(text: "本办法将自2023年3月1日起施行。", doc: DocumentMeta(signedDate: "2023-04-01"),
                check: "tense_vs_document_date", values: ["resolved": "2023-03-01"]),
        Example(text: "集採結果將於5月底落地執行。", doc: DocumentMeta(publishedDate: "2022-06-15"),
                check: "tense_vs_document_date", values: ["resolved": "2022-05-31", "doc_date": "2022-06-15"]),
    ]
    static let consistent: [Example] = [
        Example(text: "新系统将于8月底上线运行。", doc: DocumentMeta(signedDate: "2023-07-10")),
        Example(text: "新系统已于6月底上线运行。", doc: DocumentMeta(signedDate: "2023-07-10")),
        Example(text: "新系统将于1月上线运行。", doc: DocumentMeta(signedDate: "2023-12-10")),
        Example(text: "新系统将于6月底上线运行。"),
    ]
    @Test(arguments: positives) func pastFuture(_ e: Example) { verify(e, TenseCheck(lexicon: Fixture.lexicon)) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, TenseCheck(lexicon: Fixture.lexicon)) }
}
