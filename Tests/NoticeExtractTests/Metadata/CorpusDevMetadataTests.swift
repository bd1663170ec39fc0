import Foundation
import Testing
import NoticeModel
@testable import NoticeExtract

/// Hand-checked metadata of statutes from the shared dev corpus (copied into `corpus/`, or `$NOTICE_CORPUS_DEV`).
@Suite struct CorpusDevMetadataTests {
    let fx: MetadataFixtures
    init() throws { fx = try MetadataFixtures() }

    static var dir: String {
        ProcessInfo.processInfo.environment["NOTICE_CORPUS_DEV"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("corpus").path
    }

    func meta(_ name: String) throws -> (DocumentMeta, DocumentLayout) {
        let path = Self.dir + "/" + name
        let raw = try #require(FileManager.default.contents(atPath: path), "missing dev corpus file \(path)")
        let t = fx.text(String(decoding: raw, as: UTF8.self))
        let layout = fx.layout(t)
        return (MetadataExtractor(lexicon: fx.lexicon).extract(t, layout: layout), layout)
    }

    @Test func insuranceLaw2015() throws {
        let (doc, layout) = try meta("cn_baoxian_2015.txt")
        #expect(doc.title == "中华人民共和国保险法")
        #expect(doc.kind == "法")
        #expect(doc.signedDate == "2015-04-24")      // latest header line: 第三次修正
        #expect(doc.publishedDate == nil)             // no 公布 line for this version
        #expect(doc.effectiveDate == "2009-10-01")    // 第一百八十五条　本法自2009年10月1日起施行。
        #expect(doc.docNumber == nil)
        #expect(doc.issuers.isEmpty && doc.addressees.isEmpty)
        #expect(layout.parts.count == 1)
        #expect(layout.parts[0].statuteHeaderRange != nil)
        // 《关于修改<中华人民共和国保险法>的决定》 in the header is not a body reference; body references are.
        #expect(doc.references.first?.title == "中华人民共和国继承法")
    }

    @Test func antiMonopolyLawVersions() throws {
        let (old, _) = try meta("cn_fanlongduan_2007.txt")
        let (new, _) = try meta("cn_fanlongduan_2022.txt")
        #expect(old.title == "中华人民共和国反垄断法" && new.title == old.title)
        #expect(old.signedDate == "2007-08-30")
        #expect(new.signedDate == "2022-06-24")
        #expect(old.effectiveDate == "2008-08-01" && new.effectiveDate == "2008-08-01") // as the article text says
        #expect(old.kind == "法" && new.kind == "法")
    }

    @Test func biddingRegulation() throws {
        let (doc, _) = try meta("cn_ztbf_ssl_2019.txt")
        #expect(doc.title == "中华人民共和国招标投标法实施条例")
        #expect(doc.kind == "条例")
        #expect(doc.signedDate == "2018-03-19")     // 第二次修订
        #expect(doc.publishedDate == nil)            // 国务院令第613号公布 (2011) is the original version's
        #expect(doc.docNumber == nil)
        #expect(doc.effectiveDate == "2012-02-01")
        #expect(doc.references.map(\.title) == ["中华人民共和国招标投标法"])
    }

    @Test func wageRegulationWithoutHeader() throws {
        let (doc, layout) = try meta("cn_nmg_gzzf_2019.txt")
        #expect(doc.title == "保障农民工工资支付条例")
        #expect(doc.kind == "条例")
        #expect(doc.signedDate == nil && doc.publishedDate == nil)
        #expect(doc.effectiveDate == "2020-05-01")
        #expect(layout.parts[0].headerRange == nil)
    }

    @Test func taiwanFairTradeAct2017() throws {
        let (doc, layout) = try meta("tw_gongpingjiaoyi_2017.txt")
        #expect(doc.kind == "法")
        #expect(doc.publishedDate == "2017-06-14")  // 最新異動日期：20170614
        #expect(doc.signedDate == nil)
        #expect(doc.effectiveDate == nil)            // entry 9 names no entry into force
        #expect(layout.parts[0].titleLines.count == 1)
    }

    @Test func taiwanCompulsoryInsurance2022() throws {
        let (doc, _) = try meta("tw_qiangzhi_chexian_2022.txt")
        #expect(doc.publishedDate == "2022-06-15")
        // 施行日期，由行政院定之 / …號令發布定自一百十一年十一月三十日施行
        #expect(doc.effectiveDate == "2022-11-30")
    }

    @Test func taiwanPharmaceuticalAffairsAct() throws {
        let (doc, _) = try meta("tw_yaoshi_2018.txt")
        #expect(doc.publishedDate == "2018-01-31")
        #expect(doc.kind == "法")
    }

    @Test
    func taiwanTitlesAndOrderNumbersFold() throws {
        let (doc, _) = try meta("tw_qiangzhi_chexian_2022.txt")
        #expect(doc.title == "强制汽车责任保险法")
        #expect(doc.docNumber == "华总一经字第11100049751号")
        let (fair, _) = try meta("tw_gongpingjiaoyi_2017.txt")
        #expect(fair.title == "公平交易法")
        #expect(fair.docNumber == "华总一义字第10600073211号")
    }
}
