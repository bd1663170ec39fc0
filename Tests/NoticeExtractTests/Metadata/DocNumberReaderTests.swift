import Testing
@testable import NoticeExtract

/// 文号 example corpus: inputs grouped under the 文号 they must yield; look-alikes must yield nothing.
@Suite struct DocNumberReaderTests {
    static let positives: [String: [String]] = [
        "赣医保字〔2024〕22号": ["赣医保字〔2024〕22号", "（赣医保字〔2024〕22号）",
                           "出台了《通知》(赣医保字〔2024〕22号,以下简称《通知》)"],
        "渝医保函〔2022〕133号": ["[ 发文字号 ] 渝医保函〔2022〕133号", "渝医保函〔 2022 〕 133 号"],
        // Malformed brackets (GB/T 9704 wants 〔〕): normalised.
        "医保发〔2024〕31号": ["医保发[2024]31号", "(医保发(2024)31号)", "医保发（2024）31号", "医保发【2024】31号"],
        "同政办发〔2020〕7号": ["的通知》（同政办发〔2020〕7号）文件精神"],
        // A lead word in running text is not part of the 代字.
        "国发〔2024〕1号": ["根据国发〔2024〕1号文件", "按照国发[2024]1号要求"],
    ]

    /// Statute header forms, read only with `statuteForms`.
    static let statutePositives: [String: [String]] = [
        "中华人民共和国国务院令第613号": ["2011年12月20日 中华人民共和国国务院令第613号公布"],
        "中华人民共和国主席令第三十一号": ["中华人民共和国主席令第三十一号"],
    ]

    static let negatives: [String] = [
        "京ICP备12039121号-1",
        "电信与信息服务业务经营许可证编号:京ICP证140722号",
        "药品医疗器械网络信息服务备案(京)网药械信息备字(2023)第00464号",
        "市政协五届五次会议第0080号提案",
        "您提出的《我市药品和医用耗材集中带量采购需提质增效》(第0080号)收悉",
        "乳房旋切针省际联盟集中带量采购文件(ZJHCCG-2024-01)",
        "血管介入类医用耗材省际联盟集中带量采购文件(LM-HD2024-01/02/03/04)",
        "〔2024〕22号",
        "赣医保字〔2024〕022号",
        "赣医保字〔24〕22号",
        "赣医保字〔2024〕第22号",
        "中华人民共和国国务院令第613号",
        "2024年6月7日",
    ]

    static var positiveCases: [(String, String)] { positives.flatMap { k, v in v.map { (k, $0) } } }
    static var statuteCases: [(String, String)] { statutePositives.flatMap { k, v in v.map { (k, $0) } } }

    func find(_ input: String, statute: Bool = false) throws -> [DocNumberMatch] {
        let fx = try MetadataFixtures()
        let t = fx.text(input)
        return DocNumberReader(lexicon: fx.lexicon).find(in: t.folded, range: 0..<t.count, statuteForms: statute)
    }

    @Test(arguments: positiveCases)
    func readsDocNumber(expected: String, input: String) throws {
        let found = try find(input)
        #expect(found.map(\.value) == [expected])
    }

    @Test(arguments: statuteCases)
    func readsStatuteOrderNumber(expected: String, input: String) throws {
        #expect(try find(input, statute: true).map(\.value) == [expected])
    }

    @Test(arguments: negatives)
    func rejectsLookAlike(input: String) throws {
        #expect(try find(input).isEmpty)
    }

    @Test func statuteFormsStillRejectProposalNumbers() throws {
        #expect(try find("市政协五届五次会议第0080号提案", statute: true).isEmpty)
    }

    @Test func spanQuotesTheSource() throws {
        let fx = try MetadataFixtures()
        let t = fx.text("根据医保发[2024]31号文件")
        let m = try #require(DocNumberReader(lexicon: fx.lexicon).find(in: t.folded, range: 0..<t.count).first)
        #expect(t.quote(m.range) == "医保发[2024]31号")
    }

    @Test
    func readsTraditional() throws {
        #expect(try find("(醫保發〔2024〕31號)").map(\.value) == ["医保发〔2024〕31号"])
        #expect(try find("中華民國一百零四年六月二十四日總統華總一義字第 10400073861  號令增訂公布", statute: true)
            .map(\.value) == ["华总一义字第10400073861号"])
    }
}
