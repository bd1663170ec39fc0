import Testing
import NoticeModel
import NoticeCheck

/// Offset of the first occurrence of `marker` in `text`, in scalars.
func offset(of marker: String, in text: String) -> Int { Fixture.span(marker, in: text).start }

@Suite struct ForwardingDateCheckTests {
    static let text = "某市医疗保障局文件\n某医保发〔2024〕3号\n关于转发《某省医疗保障局关于做好结算工作的通知》的通知\n各县医保局：\n现将文件转发给你们，请遵照执行。\n" + "某省医疗保障局文件\n某医保发〔2024〕1号\n关于做好结算工作的通知\n各市：\n请做好结算工作。\n某省医疗保障局办公室\n2024年3月5日印发"
    static func input(outerDate: String?, extraOuterLine: String = "") -> CheckInput {
        let t = text.replacingOccurrences(of: "请遵照执行。\n", with: "请遵照执行。\n" + extraOuterLine)
        let k = offset(of: "某省医疗保障局文件", in: t), n = t.unicodeScalars.count
        let inner = DocumentMeta(docNumber: "某医保发〔2024〕1号", span: Span(k, n))
        let doc = DocumentMeta(docNumber: "某医保发〔2024〕3号", signedDate: outerDate, embedded: [inner], span: Span(0, k))
        return Fixture.input(t, doc: doc)
    }

    @Test func missingOuterDateIsAWarningAndNotInherited() {
        let fs = ForwardingDateCheck().run(Self.input(outerDate: nil))
        #expect(fs.count == 1)
        #expect(fs.first?.severity == .warning)
        #expect(fs.first?.values["inner.date"] == "2024-03-05")
        #expect(fs.first?.values["outer.signedDate"] == "null")
        #expect(fs.first?.values["constraint"] == "outer date >= 2024-03-05")
    }
    @Test func inheritedDateIsAnError() {
        let fs = ForwardingDateCheck().run(Self.input(outerDate: "2024-03-05"))
        #expect(fs.map(\.values["finding"]) == ["outer_date_inherited"])
        #expect(fs.first?.severity == .error)
    }
    @Test func outerBeforeInnerIsAnError() {
        let fs = ForwardingDateCheck().run(Self.input(outerDate: "2024-03-01", extraOuterLine: "某市医疗保障局\n2024年3月1日\n"))
        #expect(fs.map(\.values["finding"]) == ["outer_before_inner"])
    }
    @Test func ownDateAfterInnerIsSilent() {
        #expect(ForwardingDateCheck().run(Self.input(outerDate: "2024-03-08", extraOuterLine: "某市医疗保障局\n2024年3月8日\n")).isEmpty)
    }
    @Test func documentWithoutEmbeddedIsSilent() {
        #expect(ForwardingDateCheck().run(Fixture.input("关于做好结算工作的通知\n某省医疗保障局\n2024年3月5日", doc: DocumentMeta(signedDate: nil))).isEmpty)
    }
}

@Suite struct SignatureIssuersCheckTests {
    static let issuers = ["甲省医疗保障局", "甲省财政厅"]
    @Test func fewerSignersThanIssuers() {
        let fs = SignatureIssuersCheck().run(Fixture.input("关于做好结算工作的通知\n请做好结算工作。\n甲省医疗保障局\n2024年5月6日", doc: DocumentMeta(issuers: Self.issuers)))
        #expect(fs.first?.values["signed"] == "1")
        #expect(fs.first?.values["finding"] == "signature_incomplete")
        #expect(fs.first?.severity == .info)
    }
    @Test func printedByLineIsNamedAsSuch() {
        let fs = SignatureIssuersCheck().run(Fixture.input("请做好结算工作。\n（此件主动公开）\n甲省医疗保障局\n2024年5月6日印发", doc: DocumentMeta(issuers: Self.issuers)))
        #expect(fs.first?.values["finding"] == "signature_incomplete_or_line_is_版记_印发机关")
    }
    @Test(arguments: [
        "请做好结算工作。\n甲省医疗保障局    甲省财政厅\n2024年5月6日",
        "请做好结算工作。\n甲省医疗保障局\n甲省财政厅\n2024年5月6日",
    ]) func allSign(_ text: String) {
        #expect(SignatureIssuersCheck().run(Fixture.input(text, doc: DocumentMeta(issuers: Self.issuers))).isEmpty)
    }
    @Test func singleIssuerIsSilent() {
        #expect(SignatureIssuersCheck().run(Fixture.input("请做好工作。\n2024年5月6日", doc: DocumentMeta(issuers: ["甲省医疗保障局"]))).isEmpty)
    }
}

@Suite struct MetadataConsistencyCheckTests {
    @Test func headerFieldsDisagree() {
        let fs = MetadataConsistencyCheck().run(Fixture.input("[ 成文日期 ] 2023-01-05 [ 发布日期 ] 2023-02-01\n[ 成文日期 ] 2023-01-06\n正文。\n某局\n2023年1月5日"))
        #expect(fs.map(\.values["finding"]).contains("header_blocks_disagree"))
    }
    @Test func signatureDateDiffersFromHeader() {
        let fs = MetadataConsistencyCheck().run(Fixture.input("[ 成文日期 ] 2023-01-05\n正文。\n某局\n2023年1月6日"))
        #expect(fs.map(\.values["finding"]) == ["signature_date_differs"])
    }
    @Test(arguments: [
        "[ 发文字号 ] 某函〔2023〕5号 [ 成文日期 ] 2023-01-05\n[ 发文字号 ] 某函〔2023〕5号\n[ 成文日期 ] 2023-01-05\n[ 有效性 ]\n正文。\n某局\n2023年1月5日",
        "正文没有元数据。\n某局\n2023年1月5日",
    ]) func consistentHeaders(_ text: String) {
        #expect(MetadataConsistencyCheck().run(Fixture.input(text)).isEmpty)
    }
}

@Suite struct DocNumberLookalikeCheckTests {
    static let check = DocNumberLookalikeCheck(lexicon: Fixture.lexicon)
    @Test(arguments: [
        ("页脚 网络备案:京ICP备12345678号-2", "京ICP备12345678号"),
        ("关于市政协三届二次会议第0123号提案的答复", "第0123号"),
        ("网药械信息备字(2022)第00101号", "(2022)第00101号"),
    ]) func lookalike(_ text: String, _ number: String) {
        let fs = Self.check.run(Fixture.input(text, doc: DocumentMeta(docNumber: number)))
        #expect(fs.first?.severity == .error)
        #expect(fs.first?.values["value"] == number)
    }
    @Test(arguments: [("某医保发〔2024〕3号\n关于做好结算工作的通知", "某医保发〔2024〕3号"),
                      ("北市衛字第1100123號函", "北市衛字第1100123號")])
    func realDocNumber(_ text: String, _ number: String) {
        #expect(Self.check.run(Fixture.input(text, doc: DocumentMeta(docNumber: number))).isEmpty)
    }
}

@Suite struct ChromeDatesCheckTests {
    static let page = "《某通知》政策解读\n发布时间:2024/03/20\n正文。\n留言板\n  • 挂网价格怎么查\n    2024/5/6 10:11:12\n"
    @Test func dateFromTimestamp() {
        let fs = ChromeDatesCheck().run(Fixture.input(Self.page, doc: DocumentMeta(signedDate: "2024-05-06")))
        #expect(fs.map(\.values["field"]) == ["signedDate"])
    }
    @Test func pageDateIsNotChrome() {
        #expect(ChromeDatesCheck().run(Fixture.input(Self.page, doc: DocumentMeta(publishedDate: "2024-03-20"))).isEmpty)
    }
    @Test func writtenDateSameDayIsNotChrome() {
        #expect(ChromeDatesCheck().run(Fixture.input(Self.page + "本通知自2024年5月6日起施行。", doc: DocumentMeta(effectiveDate: "2024-05-06"))).isEmpty)
    }
}

@Suite struct EntityVariantCheckTests {
    static let check = EntityVariantCheck(lexicon: Fixture.lexicon)
    static let positives: [Example] = [
        Example(text: "1.骨科创伤类医用耗材省际联盟集中带量采购文件已发布。\n2.骨科创伤类(脊柱等3种)医用耗材省际联盟集中带量采购周期为2年。\n3.骨科创类(脊柱等3种)医用耗材省际联盟集中带量采购中选结果见附件。",
                check: "entity_name_variants", severity: .info, values: ["variants": "3", "typo": "骨科创类"]),
        Example(text: "1.骨科創傷類醫用耗材省際聯盟集中帶量採購文件已發布。\n2.骨科創傷類(脊柱等3種)醫用耗材省際聯盟集中帶量採購週期為2年。\n3.骨科創類(脊柱等3種)醫用耗材省際聯盟集中帶量採購中選結果見附件。",
                check: "entity_name_variants", values: ["variants": "3", "typo": "骨科创类"]),
    ]
    static let consistent: [Example] = [
        Example(text: "1.乳房旋切针省际联盟集中带量采购中选结果。\n2.糖代谢等生化类检测试剂省际联盟集中带量采购中选结果。"),
        Example(text: "骨科创伤类医用耗材省际联盟集中带量采购周期为2年。骨科创伤类医用耗材省际联盟集中带量采购中选结果见附件。"),
        Example(text: "骨科创伤类医用耗材省际联盟集中带量采购文件。骨科创伤类(脊柱等3种)医用耗材省际联盟集中带量采购周期为2年。"),
    ]
    @Test(arguments: positives) func variants(_ e: Example) { verify(e, Self.check) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, Self.check) }
}

@Suite struct BatchCountCheckTests {
    static let check = BatchCountCheck(lexicon: Fixture.lexicon)
    @Test func countedBatchesNextToAFutureBatch() {
        let e = Example(text: "本省已实施五批国家组织药品集中带量采购结果。近期将落地执行国家组织中成药专项集中带量采购结果。",
                        check: "stale_or_inconsistent_batch_count", severity: .info, values: ["claimed": "5"])
        verify(e, Self.check)
    }
    @Test(arguments: [
        "本省已实施五批国家组织药品集中带量采购结果。",
        "本省已实施五批国家组织药品集中带量采购结果。\n下一步将继续推进医保支付方式改革。",
    ]) func silent(_ text: String) { verifySilent(Example(text: text), Self.check) }
}

@Suite struct NormalisationCheckTests {
    static let check = NormalisationCheck(lexicon: Fixture.lexicon)
    @Test func paddingAndHiddenHeading() {
        let fs = Self.check.run(Fixture.input("??(一)加强监管。要做好工作。\n各单位应执行。?\n??????某局"))
        #expect(fs.first?.values["question_mark_padding_chars"] == "9")
        #expect(fs.first?.values["hidden_headings"] == "1")
        #expect(fs.first?.quotes.first?.quote.hasPrefix("??(一)") == true)
    }
    @Test(arguments: ["这个要在哪里确认?\n是否需要密封?", "各单位应执行。"]) func questionsAreNotPadding(_ text: String) {
        #expect(Self.check.run(Fixture.input(text)).isEmpty)
    }
}
