import Testing
import NoticeModel
@testable import NoticeExtract

/// Hand-checked metadata of the five seed notices (corpus/).
@Suite struct SeedMetadataTests {
    let fx: MetadataFixtures
    init() throws { fx = try MetadataFixtures() }

    func seed(_ name: String) throws -> (MetadataFixtures, DocumentMeta, DocumentLayout, String) {
        let t = try fx.file("corpus/" + name)
        let layout = fx.layout(t)
        return (fx, MetadataExtractor(lexicon: fx.lexicon).extract(t, layout: layout), layout, t.text)
    }

    /// 000: a portal page with a policy interpretation; chrome all around.
    @Test func seed000InterpretationPage() throws {
        let (_, doc, layout, _) = try seed("000_25dda312e40fb083.txt")
        #expect(doc.title == "《关于进一步加强医药集中带量采购中选产品落地执行工作的通知》政策解读")
        #expect(doc.kind == "政策解读")
        // The footer's 京ICP备12039121号-1 and 网药械信息备字(2023)第00464号 are not this page's 文号.
        #expect(doc.docNumber == nil)
        #expect(doc.issuers.isEmpty && doc.addressees.isEmpty)
        #expect(doc.signedDate == nil)
        // `发布时间:2024/06/18` in the page header is the page's publication date (see MetadataExtractor).
        #expect(doc.publishedDate == "2024-06-18")
        #expect(doc.effectiveDate == nil)
        #expect(doc.references.map(\.docNumber) == ["赣医保字〔2024〕22号", "赣医保字〔2023〕28号"])
        #expect(doc.references.map(\.title) == ["关于进一步加强医药集中带量采购中选产品落地执行工作的通知",
                                                "关于进一步加强药品和医用耗材集中带量采购监管的通知"])
        // The message board mentions 附件1 and 附件2: chrome, not attachments.
        #expect(doc.attachments.isEmpty)
        #expect(doc.embedded.isEmpty)
        #expect(layout.parts.count == 1)
    }

    @Test func seed001JointNotice() throws {
        let (_, doc, layout, text) = try seed("001_884cb13d2a3f3a0c.txt")
        #expect(doc.title == "江西省医疗保障局 江西省卫生健康委员会 江西省财政厅 江西省药品监督管理局关于进一步加强医药集中带量采购中选产品落地执行工作的通知")
        #expect(doc.kind == "通知")
        #expect(doc.docNumber == "赣医保字〔2024〕22号")
        #expect(doc.issuers == ["江西省医疗保障局", "江西省卫生健康委员会", "江西省财政厅", "江西省药品监督管理局"])
        #expect(doc.addressees == ["各设区市医疗保障局", "卫生健康委", "财政局", "市场监管局", "各相关单位"])
        #expect(doc.signedDate == "2024-06-07")
        #expect(doc.publishedDate == nil && doc.effectiveDate == nil)
        #expect(doc.indexNumber == nil && doc.validity == nil)
        #expect(doc.references.count == 1)
        let ref = try #require(doc.references.first)
        #expect(ref.docNumber == "赣医保字〔2023〕28号")
        #expect(ref.title == "江西省医疗保障局 江西省财政厅 江西省卫生健康委员会关于进一步加强药品和医用耗材集中带量采购监管的通知")
        #expect(ref.quote == String(Array(text.unicodeScalars)[ref.span.range].map(Character.init)))
        #expect(ref.quote.hasPrefix("《江西省医疗保障局") && ref.quote.hasSuffix("（赣医保字〔2023〕28号）"))
        #expect(doc.attachments.isEmpty && doc.embedded.isEmpty)
        let part = try #require(layout.parts.first)
        #expect(layout.parts.count == 1)
        #expect(part.titleLines.count == 2)
        #expect(part.signatureLines.count == 2)
        #expect(part.publicityRange != nil)
        #expect(layout.chromeRanges.isEmpty)
    }

    /// 002 without the T→S table: layout and script-independent fields.
    @Test func seed002Layout() throws {
        let (_, doc, layout, _) = try seed("002_3c2483d3016c1a44.txt")
        #expect(doc.title == nil)
        #expect(doc.kind == "通知") // from 通知如下: the text has no title
        #expect(doc.docNumber == nil)
        #expect(doc.signedDate == "2025-07-24")
        #expect(doc.addressees.count == 6)
        #expect(doc.attachments.map(\.name) == ["附件1", "附件2", "附件3", "附件4"])
        // Procurement codes inside 《…》 are not 文号.
        #expect(doc.references.count == 6)
        #expect(layout.parts.count == 1)
        #expect(layout.parts[0].dateLineRange != nil)
    }

    @Test
    func seed002Traditional() throws {
        let (_, doc, layout, _) = try seed("002_3c2483d3016c1a44.txt")
        #expect(layout.parts[0].signatureLines.count == 1)
        #expect(doc.issuers == ["重庆市医疗保障局办公室"])
        #expect(doc.addressees == ["各区县(自治县)医疗保障局", "两江新区社会保障局", "高新区政务服务和社会事务中心",
                                   "万盛经开区人力社保局", "有关医疗机构", "有关企业"])
        #expect(doc.effectiveDate == "2025-08-29")
        #expect(doc.references.compactMap(\.docNumber) == ["医保办发〔2024〕8号", "医保发〔2024〕31号"])
    }

    /// 003: portal metadata block and title printed twice; a 复函 to a CPPCC member.
    @Test func seed003Reply() throws {
        let (_, doc, layout, _) = try seed("003_1f10d95e4c7a9389.txt")
        #expect(doc.title == "重庆市医疗保障局关于市政协五届五次会议第0080号提案的复函")
        #expect(doc.kind == "复函")
        #expect(doc.docNumber == "渝医保函〔2022〕133号")
        #expect(doc.issuers == ["重庆市医疗保障局"])
        #expect(doc.addressees == ["蒙格丽委员"])
        #expect(doc.signedDate == "2022-06-02")
        #expect(doc.publishedDate == "2022-12-23")
        #expect(doc.indexNumber == "11500000MB17640107/2022-00219")
        #expect(doc.validity == nil) // `[ 有效性 ]` printed empty
        // 第0080号 is a proposal number, not a 文号.
        #expect(doc.references.count == 1)
        #expect(doc.references.first?.docNumber == nil)
        #expect(doc.references.first?.title == "我市药品和医用耗材集中带量采购需提质增效")
        #expect(layout.parts.count == 1)
        #expect(layout.parts[0].metaBlockRange != nil)
        #expect(layout.chromeRanges.count == 2) // 扫一扫…, 链接:…
    }

    /// 004: a cover notice forwarding 晋医保发〔2023〕9号, printed in full after it.
    @Test func seed004Forwarding() throws {
        let (_, doc, layout, _) = try seed("004_6203a03ee080efe0.txt")
        #expect(layout.parts.count == 2)
        #expect(doc.docNumber == "同医保发〔2023〕18号")
        #expect(doc.title == "关于转发《山西省医疗保障局 山西省卫生健康委员会关于进一步做好公立医疗机构药品采购使用工作的通知》的通知")
        #expect(doc.kind == "通知")
        #expect(doc.issuers == ["大同市医疗保障局"])
        #expect(doc.addressees == ["各县（区）医疗保障局", "市药械集中招标采购中心", "各级医保经办机构", "市直各医疗机构", "相关企业"])
        // The only date of the text is the inner document's 印发 date: the cover has no 成文日期.
        #expect(doc.signedDate == nil)
        #expect(doc.attachments.count == 1)
        #expect(doc.attachments.first?.name.hasSuffix("（晋医保发〔2023〕9号）") == true)
        #expect(doc.references.compactMap(\.docNumber) == ["晋医保发〔2023〕9号", "同政办发〔2020〕7号", "同医保发〔2022〕6号",
                                                           "同医保函〔2022〕52号", "同医保函〔2022〕13号", "同医保发〔2022〕9号",
                                                           "晋医保发〔2023〕9号"])
        let inner = try #require(doc.embedded.first)
        #expect(doc.embedded.count == 1)
        #expect(inner.docNumber == "晋医保发〔2023〕9号")
        #expect(inner.title == "山西省医疗保障局 山西省卫生健康委员会关于进一步做好公立医疗机构药品采购使用工作的通知")
        #expect(inner.kind == "通知")
        #expect(inner.issuers == ["山西省医疗保障局", "山西省卫生健康委员会"])
        #expect(inner.addressees.count == 6)
        // `山西省医疗保障局 / 2023年6月29日印发` is the 版记 (印发机关 and 印发日期), not a signature and 成文日期.
        #expect(inner.signedDate == nil)
        #expect(layout.parts[1].signatureLines.isEmpty)
        #expect(layout.parts[1].colophonRange != nil)
        let t = try fx.file("corpus/004_6203a03ee080efe0.txt")
        let printed = try #require(MetadataExtractor(lexicon: fx.lexicon).printedDate(t, layout: layout, part: 1))
        #expect(printed.iso == "2023-06-29" && t.quote(printed.range) == "2023年6月29日")
        #expect(MetadataExtractor(lexicon: fx.lexicon).printedDate(t, layout: layout, part: 0) == nil)
        let outerSpan = try #require(doc.span), innerSpan = try #require(inner.span)
        #expect(outerSpan.end <= innerSpan.start)
    }
}
