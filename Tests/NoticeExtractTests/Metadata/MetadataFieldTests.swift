import Testing
import NoticeModel
@testable import NoticeExtract

/// Example corpora for single fields: 主送 splitting, 文种, references, attachments, effective dates.
@Suite struct MetadataFieldTests {
    let fx: MetadataFixtures
    init() throws { fx = try MetadataFixtures() }

    func meta(_ s: String) -> DocumentMeta { fx.meta(fx.text(s)) }

    // MARK: 主送

    static let addresseeLines: [(String, [String])] = [
        ("各设区市医疗保障局、卫生健康委、财政局、市场监管局，各相关单位：",
         ["各设区市医疗保障局", "卫生健康委", "财政局", "市场监管局", "各相关单位"]),
        ("蒙格丽委员:", ["蒙格丽委员"]),
        ("各县（区）医疗保障局，市药械集中招标采购中心、各级医保经办机构，市直各医疗机构，相关企业：",
         ["各县（区）医疗保障局", "市药械集中招标采购中心", "各级医保经办机构", "市直各医疗机构", "相关企业"]),
        ("各市医疗保障局、卫生健康委,省药械集中招标采购中心；各医疗机构:", ["各市医疗保障局", "卫生健康委", "省药械集中招标采购中心", "各医疗机构"]),
        ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]),
    ]

    @Test(arguments: addresseeLines)
    func splitsAddressees(line: String, expected: [String]) {
        let doc = meta("某局关于某事项的通知\n" + line + "\n一、各单位应当执行。\n")
        #expect(doc.addressees == expected)
    }

    /// Lines ending with a colon that are not a 主送 line.
    static let notAddressees: [String] = [
        "为持续巩固集采改革成果，出台了《关于某事项的通知》（赣医保字〔2024〕22号），现解读如下：",
        "附件：某某名单",
        "[ 发布机构 ] 市医保局:",
        "正文:",
        "本法规定的垄断行为包括：第一项内容。现说明如下：",
        "为加强集采管理，现将有关事项通知如下：",
        "根据工作安排，请各地报送以下材料：",
    ]

    @Test(arguments: notAddressees)
    func rejectsAddressee(line: String) {
        #expect(meta("某局关于某事项的通知\n" + line + "\n一、各单位应当执行。\n").addressees.isEmpty)
    }

    @Test
    func splitsTraditionalAddressees() {
        let doc = meta("某局關於某事項的通知\n各區縣(自治縣)醫療保障局,兩江新區社會保障局、有關企業:\n一、應當執行。\n")
        #expect(doc.addressees == ["各区县(自治县)医疗保障局", "两江新区社会保障局", "有关企业"])
    }

    // MARK: 文种

    static let kinds: [String: [String]] = [
        "通知": ["关于进一步加强医药集中带量采购中选产品落地执行工作的通知", "关于转发《某省关于某事项的复函》的通知"],
        "复函": ["重庆市医疗保障局关于市政协五届五次会议第0080号提案的复函"],
        "政策解读": ["《关于进一步加强医药集中带量采购中选产品落地执行工作的通知》政策解读"],
        "条例": ["中华人民共和国招标投标法实施条例", "保障农民工工资支付条例"],
        "法": ["中华人民共和国反垄断法"],
        "办法": ["某省医疗保障基金使用监督管理实施办法"],
        "意见": ["关于深化医疗保障制度改革的意见"],
        "函": ["关于商请提供有关材料的函"],
        "方案": ["某市药耗采购平台分类挂网采购工作实施方案"],
    ]
    static var kindCases: [(String, String)] { kinds.flatMap { k, v in v.map { (k, $0) } } }

    @Test(arguments: kindCases)
    func readsKind(expected: String, title: String) {
        #expect(MetadataExtractor(lexicon: fx.lexicon).kind(of: title) == expected)
    }

    @Test(arguments: ["某市2024年医保工作要点", "关于某事项的说明", "附件清单目录表"])
    func noKind(title: String) {
        #expect(MetadataExtractor(lexicon: fx.lexicon).kind(of: title) == nil)
    }

    // MARK: references

    static let referenceText = """
    某局关于某事项的通知
    各市医疗保障局：
    根据《某省医疗保障局关于做好挂网工作的通知》（某医保发〔2024〕1号，以下简称《通知》）和《某市采购文件(ZJHCCG-2024-01)》，按照某医保函[2023]2号要求，落实《通知》规定。
    """

    @Test func readsReferences() throws {
        let t = fx.text(Self.referenceText)
        let doc = fx.meta(t)
        #expect(doc.references.map(\.title) == ["某省医疗保障局关于做好挂网工作的通知", "某市采购文件(ZJHCCG-2024-01)", nil])
        #expect(doc.references.map(\.docNumber) == ["某医保发〔2024〕1号", nil, "某医保函〔2023〕2号"])
        #expect(doc.references.map(\.quote) == ["《某省医疗保障局关于做好挂网工作的通知》（某医保发〔2024〕1号，以下简称《通知》）",
                                                "《某市采购文件(ZJHCCG-2024-01)》", "某医保函[2023]2号"])
        for r in doc.references { #expect(t.quote(r.span.range) == r.quote) }
    }

    @Test func noReferencesInPlainText() {
        #expect(meta("某局关于某事项的通知\n各市医疗保障局：\n一、各地应当按月结算，2024年底前完成。\n").references.isEmpty)
    }

    // MARK: attachments

    @Test func readsAttachments() throws {
        let t = fx.text("""
        某局关于某事项的通知
        各市医疗保障局：
        一、中选结果(详见附件3)。
        附件：1.中选产品清单
        2.配送企业名单
        附件4 联系人表
        """)
        let doc = fx.meta(t)
        #expect(doc.attachments.map(\.name) == ["附件3", "1.中选产品清单", "2.配送企业名单", "附件4 联系人表"])
        #expect(doc.attachments.allSatisfy { $0.href == nil })
        for a in doc.attachments { #expect(a.span.map { t.quote($0.range) } == a.name) }
    }

    @Test(arguments: ["一、按附件材料要求报送。", "二、附件名称以系统为准。", "三、做好附件管理工作。"])
    func noAttachment(line: String) {
        #expect(meta("某局关于某事项的通知\n各市医疗保障局：\n" + line + "\n").attachments.isEmpty)
    }

    // MARK: effective date

    static let effective: [String: [String]] = [
        "2025-01-01": ["本办法自2025年1月1日起施行。", "本通知自2025年1月1日起执行，有效期5年。", "自2025年1月1日起正式实施。"],
        "2024-03-01": ["本通知自印发之日起执行。"], // the signed date under the signature
    ]
    static var effectiveCases: [(String, String)] { effective.flatMap { k, v in v.map { (k, $0) } } }

    @Test(arguments: effectiveCases)
    func readsEffectiveDate(expected: String, sentence: String) {
        let doc = meta("某局关于某事项的通知\n各市医疗保障局：\n一、" + sentence + "\n某局\n2024年3月1日\n")
        #expect(doc.effectiveDate == expected)
    }

    @Test(arguments: ["自2024年1月1日至2024年12月31日开展检查。", "截至2024年6月30日，已完成。", "2025年1月1日起执行。",
                      "本办法自发布之日起施行。"])
    func noEffectiveDate(sentence: String) {
        // Without a signature date or a publication date, 自发布之日起 cannot be resolved.
        #expect(meta("某局关于某事项的通知\n各市医疗保障局：\n一、" + sentence + "\n").effectiveDate == nil)
    }

    // MARK: statute headers

    @Test func statuteHeaderLines() {
        let doc = meta("""
        某某条例
        2019年12月30日 中华人民共和国国务院令第724号公布 自2020年5月1日起施行

        第一章　总则
        第一条　为了规范某事项，制定本条例。
        第二条　本条例自公布之日起施行。
        """)
        #expect(doc.title == "某某条例")
        #expect(doc.kind == "条例")
        #expect(doc.docNumber == "中华人民共和国国务院令第724号")
        #expect(doc.publishedDate == "2019-12-30")
        #expect(doc.signedDate == nil)
        #expect(doc.effectiveDate == "2020-05-01") // the header line wins over the body
    }

    @Test func statuteAdoptionLineIsSignedDate() {
        let doc = meta("""
        某某法
        2007年8月30日 第十届全国人民代表大会常务委员会第二十九次会议通过

        第一条　本法自2008年8月1日起施行。
        """)
        #expect(doc.signedDate == "2007-08-30")
        #expect(doc.publishedDate == nil && doc.docNumber == nil)
        #expect(doc.effectiveDate == "2008-08-01")
    }

    @Test func taiwanHistoryPublishedThatDay() {
        let doc = meta("""
        某某法
        最新異動日期：20200115
        沿革：
        1.中华民国八十九年五月三十一日总统令制定公布全文 28 条
        2.中华民国一百零九年一月十五日总统令修正公布第 2 条条文；并自公布日施行

        第 1 条　为某目的，特制定本法。
        """)
        #expect(doc.title == "某某法")
        #expect(doc.publishedDate == "2020-01-15")
        #expect(doc.effectiveDate == "2020-01-15")
        #expect(doc.signedDate == nil)
    }

    @Test func taiwanHistoryWithoutEntryIntoForce() {
        let doc = meta("""
        某某法
        最新異動日期：20200115
        沿革：
        1.中华民国八十九年五月三十一日总统令制定公布全文 28 条；并自公布日起施行
        2.中华民国一百零九年一月十五日总统令修正公布第 2 条条文

        第 1 条　为某目的，特制定本法。
        """)
        #expect(doc.effectiveDate == nil) // entry 1's clause belongs to the 1989 version
    }

    @Test func datedBodyLineIsNotAStatuteHeader() {
        let doc = meta("""
        某局关于某事项的通知
        各市医疗保障局：
        一、总体要求。
        2023年6月1日通过的方案自2023年7月1日起施行，各地继续执行。
        某局
        2024年3月1日
        """)
        #expect(doc.signedDate == "2024-03-01")
        #expect(doc.publishedDate == nil)
        // Known approximation: any 自…起施行 clause of the body is read as the document's own.
        #expect(doc.effectiveDate == "2023-07-01")
    }

    @Test func wrappedAddresseeLine() {
        let doc = meta("某局关于某事项的通知\n各市医疗保障局、卫生健康委，\n省药械集中招标采购中心：\n一、各单位应当执行。\n")
        #expect(doc.addressees == ["各市医疗保障局", "卫生健康委", "省药械集中招标采购中心"])
    }

    @Test func sentenceBeforeColonLineIsNotAWrappedAddressee() {
        let doc = meta("某局关于某事项的通知\n一、各地应当加强监管，落实责任。\n具体要求：\n（一）按月报送。\n")
        #expect(doc.addressees.isEmpty)
    }

    // MARK: titles

    static let titles: [(String, String)] = [
        ("江西省医疗保障局 江西省财政厅关于进一步加强\n\n集中带量采购工作的通知", "江西省医疗保障局 江西省财政厅关于进一步加强集中带量采购工作的通知"),
        ("江西省医疗保障局\n江西省财政厅关于加强监管的通知", "江西省医疗保障局 江西省财政厅关于加强监管的通知"),
        ("山西省医疗保障局 山西省卫生健康委员会 关于进一步做好公立医疗机构药品 采购使用工作的通知",
         "山西省医疗保障局 山西省卫生健康委员会关于进一步做好公立医疗机构药品采购使用工作的通知"),
        ("某局关于某事项的复函\n\n某局关于某事项的复函", "某局关于某事项的复函"),
    ]

    @Test(arguments: titles)
    func joinsTitleLines(lines: String, expected: String) {
        #expect(meta(lines + "\n各市医疗保障局：\n一、各单位应当执行。\n").title == expected)
    }

    // MARK: issuers

    static let issuerTitles: [(String, [String])] = [
        ("国家医保局国家卫生健康委员会关于完善医药集中带量采购和执行工作机制的通知", ["国家医保局", "国家卫生健康委员会"]),
        ("江西省医疗保障局江西省财政厅关于加强监管的通知", ["江西省医疗保障局", "江西省财政厅"]),
        ("江西省医疗保障局、江西省财政厅关于加强监管的通知", ["江西省医疗保障局", "江西省财政厅"]),
        ("中国银行保险监督管理委员会关于加强监管的通知", ["中国银行保险监督管理委员会"]),
        ("国家卫生健康委员会关于加强监管的通知", ["国家卫生健康委员会"]),
        ("关于加强监管的通知", []),
        ("《关于某事项的通知》政策解读", []),
    ]

    @Test(arguments: issuerTitles)
    func issuersFromTitle(title: String, expected: [String]) {
        #expect(meta(title + "\n各市医疗保障局：\n一、各单位应当执行。\n").issuers == expected)
    }

    @Test func portalBlockFields() {
        let doc = meta("""
        [ 索引号 ] 000014349/2024-00012 [ 标题 ] 关于某事项的通知
        [ 发文字号 ] 医保发[2024]3号 [ 有效性 ] 有效
        [ 成文日期 ] 2024-01-05 [ 发布日期 ] 2024-01-09

        各省医疗保障局：
        一、各地应当执行。
        """)
        #expect(doc.title == "关于某事项的通知")
        #expect(doc.kind == "通知")
        #expect(doc.indexNumber == "000014349/2024-00012")
        #expect(doc.docNumber == "医保发〔2024〕3号")
        #expect(doc.validity == "有效")
        #expect(doc.signedDate == "2024-01-05" && doc.publishedDate == "2024-01-09")
        #expect(doc.addressees == ["各省医疗保障局"])
    }
}
