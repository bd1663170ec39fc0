import Testing
import NoticeModel
@testable import NoticeExtract

/// Layout of synthetic notices: forwarded documents, signatures, 版记, chrome.
@Suite struct DocumentLayoutTests {
    let fx: MetadataFixtures
    init() throws { fx = try MetadataFixtures() }

    static let coverWithForwarded = """
    某市医疗保障局文件

    某医保发〔2024〕3号

    关于转发《某省医疗保障局关于做好药品挂网工作的通知》的通知

    各县医疗保障局：

    现将《某省医疗保障局关于做好药品挂网工作的通知》（某医保发〔2024〕1号）转发给你们，请遵照执行。

    （此件主动公开）

    某省医疗保障局文件

    某医保发〔2024〕1号

    某省医疗保障局关于做好药品挂网工作的通知

    各市医疗保障局：

    一、各地应当及时挂网。

    某省医疗保障局

    2024年1月5日

    """

    /// The inner document has no red header: its title stands above its 文号 line.
    static let forwardedWithoutRedHeader = """
    关于转发省局通知的通知
    某医保发〔2024〕3号
    各县医疗保障局：
    现将省局通知转发给你们，请遵照执行。
    某市医疗保障局
    2024年2月1日
    某省医疗保障局关于做好药品挂网工作的通知
    某医保发〔2024〕1号
    各市医疗保障局：
    一、各地应当及时挂网。
    某省医疗保障局
    二〇二四年一月五日
    """

    /// One notice that cites a 文号 on a line of its own inside the body: not a second document.
    static let singleNotice = """
    某省医疗保障局文件
    某医保发〔2024〕7号
    某省医疗保障局 某省财政厅关于做好结算工作的通知
    各市医疗保障局、财政局：
    一、按照下列文件执行：
    《关于结算的通知》
    二、各地应当按月结算。
    某省医疗保障局      某省财政厅
    2024年3月1日
    抄送：国家医疗保障局。
    某省医疗保障局办公室 2024年3月2日印发
    """

    @Test func coverAndForwardedDocumentAreTwoParts() throws {
        let t = fx.text(Self.coverWithForwarded)
        let layout = fx.layout(t)
        #expect(layout.parts.count == 2)
        let doc = fx.meta(t)
        #expect(doc.docNumber == "某医保发〔2024〕3号")
        #expect(doc.issuers == ["某市医疗保障局"])
        #expect(doc.signedDate == nil)
        #expect(doc.embedded.count == 1)
        let inner = try #require(doc.embedded.first)
        #expect(inner.docNumber == "某医保发〔2024〕1号")
        #expect(inner.title == "某省医疗保障局关于做好药品挂网工作的通知")
        #expect(inner.issuers == ["某省医疗保障局"])
        #expect(inner.signedDate == "2024-01-05")
        #expect(inner.addressees == ["各市医疗保障局"])
        let innerSpan = try #require(inner.span)
        #expect(t.quote(innerSpan.range).hasPrefix("某省医疗保障局文件"))
        #expect(doc.span.map { $0.end } == innerSpan.start)
    }

    @Test func forwardedDocumentWithoutRedHeaderStartsAtItsTitle() throws {
        let t = fx.text(Self.forwardedWithoutRedHeader)
        let doc = fx.meta(t)
        #expect(doc.signedDate == "2024-02-01")
        #expect(doc.issuers == ["某市医疗保障局"])
        let inner = try #require(doc.embedded.first)
        #expect(doc.embedded.count == 1)
        #expect(inner.title == "某省医疗保障局关于做好药品挂网工作的通知")
        #expect(inner.signedDate == "2024-01-05")
        #expect(inner.span.map { t.quote($0.range).hasPrefix("某省医疗保障局关于") } == true)
    }

    @Test func singleNoticeIsOnePartWithSignatureAndColophon() throws {
        let t = fx.text(Self.singleNotice)
        let layout = fx.layout(t)
        #expect(layout.parts.count == 1)
        let part = try #require(layout.parts.first)
        #expect(part.signatureLines.count == 1)
        #expect(part.colophonRange.map { t.quote($0).hasPrefix("抄送") } == true)
        #expect(part.redHeaderRange != nil && part.docNumberLineRange != nil)
        let doc = fx.meta(t)
        #expect(doc.issuers == ["某省医疗保障局", "某省财政厅"])
        #expect(doc.signedDate == "2024-03-01") // not the 版记 印发 date
        #expect(MetadataExtractor(lexicon: fx.lexicon).printedDate(t, layout: layout, part: 0)?.iso == "2024-03-02")
        #expect(doc.addressees == ["各市医疗保障局", "财政局"])
        #expect(doc.embedded.isEmpty)
    }

    @Test func chromeLinesAreExposedAndSkipped() throws {
        let page = """
        您好:某某科技有限公司
        当前位置: 首页> 动态详情
        某省医疗保障局关于做好结算工作的通知
        发布时间:2024/06/18
        正文:
        各市医疗保障局：
        一、各地应当按月结算，详见附件1。
        某省医疗保障局
        2024年6月7日
        留言板
        附件1和附件2在哪里下载
        2024/12/2 17:31:15
        网络备案:京ICP备12039121号-1
        """
        let t = fx.text(page)
        let layout = fx.layout(t)
        let chrome = layout.chromeRanges.map { t.quote($0) }
        #expect(chrome.contains("发布时间:2024/06/18"))
        #expect(chrome.contains("2024/12/2 17:31:15"))
        #expect(chrome.contains("附件1和附件2在哪里下载")) // after 留言板: everything is chrome
        #expect(!chrome.contains("某省医疗保障局关于做好结算工作的通知"))
        let doc = fx.meta(t)
        #expect(doc.title == "某省医疗保障局关于做好结算工作的通知")
        #expect(doc.signedDate == "2024-06-07")
        #expect(doc.publishedDate == "2024-06-18")
        #expect(doc.docNumber == nil)
        #expect(doc.attachments.map(\.name) == ["附件1"])
        #expect(doc.attachments.allSatisfy { a in !layout.isChrome(a.span!.range) })
    }

    @Test func timestampAfterBodyIsNotAPublicationDate() throws {
        let page = """
        某省医疗保障局关于做好结算工作的通知
        各市医疗保障局：
        一、各地应当按月结算。
        发布时间:2024/12/2 17:31:15
        """
        let doc = fx.meta(fx.text(page))
        #expect(doc.publishedDate == nil)
    }

    @Test func noticeWithoutChromeHasNone() throws {
        #expect(fx.layout(fx.text(Self.singleNotice)).chromeRanges.isEmpty)
    }
}

extension DocumentLayoutTests {
    /// Red-header look-alikes: a title naming 文件 at the top; inside the text, an organ + 文件 line that is not
    /// followed by a 文号 line.
    @Test(arguments: ["关于转发省医疗保障局文件的通知", "各级医疗保障部门文件"])
    func notARedHeaderAtTop(line: String) throws {
        let t = fx.text(line + "\n各市医疗保障局：\n一、各地应当执行。\n")
        #expect(fx.layout(t).parts.first?.redHeaderRange == nil)
    }

    @Test(arguments: ["请各地认真学习省局文件", "某省医疗保障局文件"])
    func notARedHeaderInside(line: String) throws {
        let t = fx.text("某局关于某事项的通知\n各市医疗保障局：\n一、各地应当执行。\n" + line + "\n二、各地应当报告。\n")
        let layout = fx.layout(t)
        #expect(layout.parts.count == 1)
        #expect(layout.parts.first?.redHeaderRange == nil)
    }

    @Test(arguments: ["某市医疗保障局文件", "山西省医疗保障局文件 山西省卫生健康委员会", "某省医疗保障局 某省财政厅文件"])
    func redHeader(line: String) throws {
        let t = fx.text(line + "\n某医保发〔2024〕1号\n某局关于某事项的通知\n各市医疗保障局：\n一、各地应当执行。\n")
        let part = try #require(fx.layout(t).parts.first)
        #expect(part.redHeaderRange.map { t.quote($0) } == line)
    }
}

extension DocumentLayoutTests {
    @Test func excludedRangesLeaveOnlyBodies() throws {
        let t = fx.text(Self.singleNotice)
        let layout = fx.layout(t)
        let excluded = layout.excludedRanges
        let body = try #require(layout.parts.first?.bodyRange)
        #expect(!excluded.contains { $0.overlaps(body) })
        let quoted = excluded.map { t.quote($0) }.joined()
        #expect(quoted.contains("某医保发〔2024〕7号") && quoted.contains("2024年3月1日") && quoted.contains("印发"))
        #expect(!quoted.contains("按月结算"))
        #expect(zip(excluded, excluded.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    }

    @Test func excludedRangesCoverChromeInsideTheText() throws {
        let t = fx.text("某局关于某事项的通知\n各市医疗保障局：\n一、各地应当执行。\n当前位置: 首页\n二、各地应当报告。\n")
        let layout = fx.layout(t)
        #expect(layout.excludedRanges.map { t.quote($0) }.contains("当前位置: 首页"))
    }
}

extension DocumentLayoutTests {
    @Test(arguments: ["", "\n", "  \n\n", "某局关于某事项的通知", "2024年6月7日", "（此件主动公开）", "附件：", "[ 索引号 ]"])
    func degenerateTexts(input: String) throws {
        let t = fx.text(input)
        let layout = fx.layout(t)
        #expect(layout.parts.count == 1)
        #expect(layout.parts[0].range.upperBound <= t.count)
        _ = fx.meta(t)
    }

    /// Every cut of every seed: parts stay ordered, disjoint and inside the text; every span quotes the source.
    @Test(arguments: ["000_25dda312e40fb083.txt", "001_884cb13d2a3f3a0c.txt", "002_3c2483d3016c1a44.txt",
                      "003_1f10d95e4c7a9389.txt", "004_6203a03ee080efe0.txt"])
    func truncatedSeedsStayConsistent(name: String) throws {
        let full = Array(try fx.file("corpus/" + name).text.unicodeScalars)
        for cut in stride(from: 0, through: full.count, by: max(1, full.count / 25)) {
            let t = fx.text(SourceTextString.of(full[0..<cut]))
            let layout = fx.layout(t)
            var previousEnd = 0
            for part in layout.parts {
                #expect(part.range.lowerBound >= previousEnd && part.range.upperBound <= t.count)
                previousEnd = part.range.upperBound
                for r in [part.bodyRange, part.headerRange, part.addresseeRange, part.dateLineRange].compactMap({ $0 }) {
                    #expect(part.range.contains(r.lowerBound) && r.upperBound <= part.range.upperBound)
                }
            }
            let doc = fx.meta(t)
            for r in doc.references { #expect(t.quote(r.span.range) == r.quote) }
            for a in doc.attachments { #expect(a.span.map { $0.end <= t.count } == true) }
        }
    }
}

enum SourceTextString {
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }
}

extension DocumentLayoutTests {
    /// The common shape of a ministry notice: title, 文号, 主送, body, attachment list, signature, date, 公开属性.
    @Test func ministryNoticeShape() throws {
        let t = fx.text("""
        国家医疗保障局办公室关于做好医药集中采购提质扩面的通知

        医保办发〔2024〕8号

        各省、自治区、直辖市及新疆生产建设兵团医疗保障局：

        为深化医药集中带量采购改革，现将有关事项通知如下：

        一、各省应当按月报送采购数据。

        附件：1.省际联盟采购品种清单
              2.采购数据报送表

        国家医疗保障局办公室

        2024年4月9日

        （此件主动公开）
        """)
        let layout = fx.layout(t)
        let part = try #require(layout.parts.first)
        #expect(layout.parts.count == 1)
        #expect(part.titleLines.count == 1 && part.docNumberLineRange != nil)
        #expect(part.signatureLines.count == 1 && part.dateLineRange != nil && part.publicityRange != nil)
        let doc = fx.meta(t)
        #expect(doc.title == "国家医疗保障局办公室关于做好医药集中采购提质扩面的通知")
        #expect(doc.docNumber == "医保办发〔2024〕8号")
        #expect(doc.issuers == ["国家医疗保障局办公室"])
        #expect(doc.addressees == ["各省", "自治区", "直辖市及新疆生产建设兵团医疗保障局"])
        #expect(doc.signedDate == "2024-04-09")
        #expect(doc.attachments.map(\.name) == ["1.省际联盟采购品种清单", "2.采购数据报送表"])
        #expect(doc.kind == "通知")
    }
}
