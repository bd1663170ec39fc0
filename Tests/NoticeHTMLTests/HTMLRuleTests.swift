import Testing
import NoticeModel
import NoticeText
@testable import NoticeHTML

/// One rule per test, each with inputs grouped under the value they must produce and a list that must produce nothing.
@Suite struct HTMLRuleTests {
    let kinds = LineKinds(vocabulary: .standard)
    let metadata = PageMetadata(vocabulary: .standard, kinds: LineKinds(vocabulary: .standard))
    let extractor = HTMLExtractor(decoder: TextDecoder())
    /// GBK bytes of "联系人：王喆，围碁协会。各设区市医疗保障局应当按要求及时组织签订购销协议并在规定期限内完成采购工作。"
    /// (Python 3.11 `str.encode("gbk")`); 喆 and 碁 are in GBK but not in GB2312.
    static let gbkSentence: [UInt8] = [0xC1, 0xAA, 0xCF, 0xB5, 0xC8, 0xCB, 0xA3, 0xBA, 0xCD, 0xF5, 0x86, 0xB4, 0xA3, 0xAC, 0xCE, 0xA7, 0xB3, 0x9E, 0xD0, 0xAD, 0xBB, 0xE1, 0xA1, 0xA3, 0xB8, 0xF7, 0xC9, 0xE8, 0xC7, 0xF8, 0xCA, 0xD0, 0xD2, 0xBD, 0xC1, 0xC6, 0xB1, 0xA3, 0xD5, 0xCF, 0xBE, 0xD6, 0xD3, 0xA6, 0xB5, 0xB1, 0xB0, 0xB4, 0xD2, 0xAA, 0xC7, 0xF3, 0xBC, 0xB0, 0xCA, 0xB1, 0xD7, 0xE9, 0xD6, 0xAF, 0xC7, 0xA9, 0xB6, 0xA9, 0xB9, 0xBA, 0xCF, 0xFA, 0xD0, 0xAD, 0xD2, 0xE9, 0xB2, 0xA2, 0xD4, 0xDA, 0xB9, 0xE6, 0xB6, 0xA8, 0xC6, 0xDA, 0xCF, 0xDE, 0xC4, 0xDA, 0xCD, 0xEA, 0xB3, 0xC9, 0xB2, 0xC9, 0xB9, 0xBA, 0xB9, 0xA4, 0xD7, 0xF7, 0xA1, 0xA3]

    // MARK: dates come only from date values, never from codes or 文号 years

    @Test(arguments: [
        ("2022-06-02", "2022-06-02"), ("2022年6月2日", "2022-06-02"), ("2025年07月24日", "2025-07-24"),
        ("2024/06/18 10:23", "2024-06-18"), ("2024.6.18", "2024-06-18"), (" 2023-07-03 09:12", "2023-07-03"),
    ])
    func dateValues(_ input: String, _ iso: String) { #expect(PageMetadata.isoDate(input) == iso) }

    @Test(arguments: ["LM-HD2024-01/02/03/04", "赣医保字〔2024〕22号", "2024", "第0080号", "11500000MB17640107/2022-00219",
                      "2024-13-01", "2024-02-32", "ZJHCCG-2024-01", "20240618", "查看", ""])
    func notDates(_ input: String) { #expect(PageMetadata.isoDate(input) == nil) }

    // MARK: page titles lose their site / column suffix

    @Test(arguments: [
        ("重庆市医疗保障局关于市政协五届五次会议第0080号提案的复函_重庆市医疗保障局", "重庆市医疗保障局关于市政协五届五次会议第0080号提案的复函"),
        ("《关于进一步加强医药集中带量采购中选产品落地执行工作的通知》政策解读-泰茂医疗器械招标网", "《关于进一步加强医药集中带量采购中选产品落地执行工作的通知》政策解读"),
        ("关于做好医保工作的通知_通知公告_江西省医疗保障局", "关于做好医保工作的通知"),
        ("关于转发某某文件的通知 - 政策法规 - 大同市医疗保障局", "关于转发某某文件的通知"),
        ("重慶市醫療保障局辦公室關於做好集採工作的通知_重慶市醫療保障局", "重慶市醫療保障局辦公室關於做好集採工作的通知"),
        ("藥害救濟法-全國法規資料庫", "藥害救濟法"),
    ])
    func titleSuffixes(_ title: String, _ clean: String) {
        #expect(metadata.cleanTitle(title, siteName: nil, column: nil) == clean)
    }

    @Test(arguments: ["乳房旋切针省际联盟集中带量采购文件(ZJHCCG-2024-01)", "关于印发《医保基金监管办法》的通知",
                      "2024年第一季度-集采执行情况通报", "中华人民共和国反垄断法", "A-B"])
    func titlesKeptWhole(_ title: String) {
        #expect(metadata.cleanTitle(title, siteName: nil, column: nil) == title)
    }

    // MARK: toolbar, footer and info lines are chrome

    @Test(arguments: ["【字体：大 中 小】", "打印本页 关闭窗口", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页",
                      "【字體：大 中 小】 打印", "[ 打印 ] [ 关闭 ]", "正文:"])
    func toolbarLines(_ line: String) { #expect(kinds.isToolbar(line)) }

    @Test(arguments: ["（此件主动公开）", "2024年6月7日", "大同市医疗保障局", "中小企业", "小型微型企业划型标准", "一、总体要求"])
    func notToolbarLines(_ line: String) { #expect(!kinds.isToolbar(line)) }

    @Test(arguments: ["网络备案:京ICP备12039121号-1", "渝公網安備 50010302001234號", "©2017-2025 泰茂股份版权所有",
                      "主办单位：江西省医疗保障局 网站标识码：3600000031"])
    func footerLines(_ line: String) { #expect(kinds.isFooter(line)) }

    @Test(arguments: ["各级医疗保障部门应及时签订购销协议。", "江西省医疗保障局 江西省卫生健康委员会", "（此件主动公开）"])
    func notFooterLines(_ line: String) { #expect(!kinds.isFooter(line)) }

    @Test(arguments: ["发布时间:2024/06/18", "发布时间：2024-06-13 16:30 来源：江西省医疗保障局 浏览次数：3021",
                      "来源：大同市医疗保障局", "当前位置: 标讯信息> 集中标讯动态> 动态详情"])
    func infoLines(_ line: String) { #expect(kinds.isInfoLine(line)) }

    @Test(arguments: ["来源于群众的意见要及时回应。", "作者应当在三十日内提交。", "发布时间应当不晚于执行前10个工作日"])
    func notInfoLines(_ line: String) { #expect(!kinds.isInfoLine(line)) }

    // MARK: 政府信息公开 labels, in table, list and `[ 索引号 ] …` forms

    @Test func bracketFormWithTwoLabels() throws {
        let pairs = try #require(kinds.labelled("[ 索引号 ] 11500000MB17640107/2022-00219 [ 发文字号 ] 渝医保函〔2022〕133号"))
        #expect(pairs.map(\.field) == [.indexNumber, .docNumber])
        #expect(pairs.map(\.value) == ["11500000MB17640107/2022-00219", "渝医保函〔2022〕133号"])
    }

    @Test(arguments: [("索引號：11500000MB17640107/2025-00321", HTMLVocabulary.MetadataField.indexNumber, "11500000MB17640107/2025-00321"),
                      ("成文日期：2024-06-07", .signedDate, "2024-06-07"), ("发布机构", .issuer, ""),
                      ("[ 有效性 ]", .validity, ""), ("體裁分類：通知", .genre, "通知")])
    func singleLabels(_ line: String, _ field: HTMLVocabulary.MetadataField, _ value: String) throws {
        let pairs = try #require(kinds.labelled(line))
        #expect(pairs.count == 1)
        #expect(pairs.first?.field == field)
        #expect(pairs.first?.value == value)
    }

    @Test(arguments: ["来源于群众的意见", "各发布机构应当及时更新索引号", "有效性评价工作", "本通知自发布日期起施行",
                      "文号相同的文件"])
    func notLabels(_ line: String) { #expect(kinds.labelled(line) == nil) }

    // MARK: sniffing and charset labels

    @Test(arguments: [("a.html", ""), ("b.HTM", ""), ("c.shtml", ""), ("noext", "<!DOCTYPE html><p>x"),
                      ("x.txt", "  <html><body>"), ("-", "\u{FEFF}<!doctype HTML>")])
    func sniffedAsHTML(_ path: String, _ head: String) { #expect(HTMLSniffer.isHTML(bytes: Array(head.utf8), path: path)) }

    @Test(arguments: [("a.txt", "正文"), ("html.txt", "abc <html>"), ("dir.html/notice", "各设区市医疗保障局：")])
    func notSniffedAsHTML(_ path: String, _ head: String) { #expect(!HTMLSniffer.isHTML(bytes: Array(head.utf8), path: path)) }

    @Test(arguments: [("<meta charset=\"gb2312\">", "gb2312"), ("<META http-equiv=Content-Type content=\"text/html; charset=GBK\">", "gbk"),
                      ("<meta charset='UTF-8' />", "utf-8"), ("<head><meta content=\"text/html;charset=x-gbk\" http-equiv=\"Content-Type\">", "x-gbk")])
    func declaredCharsets(_ head: String, _ label: String) { #expect(HTMLCharset.declaredLabel(Array(head.utf8)) == label) }

    @Test(arguments: ["<p>set charset=gbk in the header</p>", "<title>charset</title>", ""])
    func noDeclaredCharset(_ head: String) { #expect(HTMLCharset.declaredLabel(Array(head.utf8)) == nil) }

    @Test func gb2312LabelledPageWithGBKOnlyCharactersKeepsEverything() throws {
        // 喆 and 碁 are in GBK but not in GB2312: a literal GB2312 decoder stops at the first one.
        let body = Self.gbkSentence
        let tail = Array("<p>The end of the notice: 2024 ABC.</p></div></body></html>".utf8)
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><div><p>".utf8) + body + Array("</p>".utf8) + tail
        let page = try extractor.extract(bytes: bytes)
        #expect(page.encoding == "GB18030")
        #expect(page.text.contains("王喆"))
        #expect(page.text.contains("完成采购工作。"))
        #expect(page.text.hasSuffix("The end of the notice: 2024 ABC."))
    }

    @Test func gb2312LabelOnUTF8BytesReadsUTF8() throws {
        let html = "<html><head><meta charset=\"gb2312\"></head><body><div><p>各设区市医疗保障局应当按要求及时组织签订购销协议并在规定期限内完成采购工作。</p></div></body></html>"
        let page = try extractor.extract(bytes: Array(html.utf8))
        #expect(page.encoding == "UTF-8")
        #expect(page.text == "各设区市医疗保障局应当按要求及时组织签订购销协议并在规定期限内完成采购工作。")
    }

    @Test func undeclaredGBKBytesAreDetected() throws {
        // No <meta charset>: UTF-8 fails, GB18030 fits.
        let body = Self.gbkSentence
        let bytes = Array("<html><body><div><p>".utf8) + body + Array("</p></div></body></html>".utf8)
        let page = try extractor.extract(bytes: bytes)
        #expect(page.encoding == "GB18030")
        #expect(page.text.hasPrefix("联系人：王喆"))
    }

    // MARK: rendering: paragraphs as lines

    func render(_ inner: String) throws -> String {
        let filler = "各级医疗保障部门应按要求及时发布集采中选结果落地执行文件，明确执行时间和工作要求。"
        let html = "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div>\(inner)<p>\(filler)</p></div></body></html>"
        let text = try extractor.extract(bytes: Array(html.utf8)).text
        #expect(text.hasSuffix(filler))
        return String(text.dropLast(filler.count)).trimmingCharacters("\n")
    }

    @Test(arguments: [
        ("<p>江西省医疗保障局关于进一步加强<br>集中带量采购工作的通知</p>", "江西省医疗保障局关于进一步加强集中带量采购工作的通知"),
        ("<p>word<br>next</p>", "word next"),
        ("<div>第一行<br>第二行</div>", "第一行\n第二行"),
        ("<td>第一行<BR>第二行</td>", "第一行\n第二行"),
        ("<P class=MsoNormal>前半<o:p></o:p>后半</P>", "前半后半"),
        ("<p>&nbsp;</p><p>甲</p><p> </p><p>　</p>", "甲"),
        ("<P>甲<P>乙", "甲\n乙"),
        ("<p>甲<!-- 注释 --><script>document.write('<p>脚本</p>')</script><style>p{font-family:宋体}</style>乙</p>", "甲乙"),
        ("<p style=\"text-indent:2em\">　　縮排的段落</p>", "縮排的段落"),
        ("<p>江西省医疗保障局&nbsp;&nbsp;&nbsp;&nbsp;江西省卫生健康委员会</p>", "江西省医疗保障局 江西省卫生健康委员会"),
        ("<p>药品\n医用耗材</p>", "药品医用耗材"),
        ("<p><a name=\"1\">第 1 條</a></p><p>本法所稱主管機關為衛生福利部。</p>", "第 1 條\n本法所稱主管機關為衛生福利部。"),
    ])
    func rendering(_ inner: String, _ expected: String) throws { #expect(try render(inner) == expected) }

    @Test(arguments: ["<p>&nbsp;</p>", "<!-- <p>注释里的段落</p> -->", "<script>document.write('<p>脚本段落</p>')</script>",
                      "<noscript>请开启脚本</noscript>", "<div class=\"share\">分享到：微信 微博</div>",
                      "<p>【字体：大 中 小】 打印本页 关闭窗口</p>",
                      "<p><a href=\"/art/1.html\">相关文件：关于开展药品集中带量采购工作的通知</a></p>"])
    func renderingAddsNothing(_ inner: String) throws { #expect(try render(inner) == "") }

    // MARK: the content box grows over 主送 and signature boxes beside it, never over titles, links or chrome

    static let body = ["药品医用耗材集采中选产品落地执行是保障群众享受集采改革红利的关键环节，各地要高度重视。",
                       "各级医疗保障部门应按要求及时发布集采中选结果落地执行文件，明确执行时间和工作要求。",
                       "医疗机构应当在规定时间内完成约定采购量，不得以任何理由拒绝采购中选产品。"]

    func article(before: String, after: String) throws -> [String] {
        let paras = Self.body.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div class=\"wrap\">\(before)<div class=\"con\">\(paras)</div>\(after)</div></body></html>"
        return try extractor.extract(bytes: Array(html.utf8)).text.split(separator: "\n").map(String.init)
    }

    @Test func addresseeAndSignatureBoxesJoin() throws {
        let lines = try article(before: "<h1>关于做好集采工作的通知</h1><div class=\"zs\">各设区市医疗保障局：</div>",
                                after: "<div class=\"sign\">江西省医疗保障局</div><div class=\"date\">2024年6月7日</div><div class=\"share\"><a href=\"#\">微信</a></div>")
        #expect(lines == ["各设区市医疗保障局："] + Self.body + ["江西省医疗保障局", "2024年6月7日"])
    }

    @Test(arguments: ["<h2>关于做好集采工作的通知</h2>", "<div class=\"title\">关于做好集采工作的通知</div>",
                      "<div class=\"info\">发布时间：2024-06-13 来源：江西省医疗保障局</div>",
                      "<div><a href=\"/x.html\">上一篇：关于开展集采工作的通知</a></div>", "<div class=\"nav\">首页 通知公告</div>"])
    func titlesLinksAndChromeStayOut(_ box: String) throws {
        #expect(try article(before: box, after: "") == Self.body)
        #expect(try article(before: "", after: box) == Self.body)
    }

    @Test func newsListBesideAShortNoticeStaysOut() throws {
        let news = ["近日，国家医保局召开新闻发布会，介绍了第十批药品集中带量采购的有关情况和下一步安排。",
                    "为进一步规范医保基金使用，本市将于下半年开展定点医药机构专项检查，重点检查串换项目。",
                    "记者从市医保局获悉，今年以来全市医保基金运行平稳，门诊共济保障改革持续推进落实。",
                    "医保电子凭证在全市定点医疗机构实现全覆盖，参保群众可使用手机扫码就医购药结算。"]
        let items = news.enumerated().map { "<div class=\"item\"><a href=\"/n/\($0.offset).html\">要闻\($0.offset)</a><p>\($0.element)</p></div>" }
        let html = "<html><body><div class=\"w\"><div class=\"l\"><h1>关于做好集采工作的通知</h1><div class=\"c\">"
            + Self.body.map { "<p>\($0)</p>" }.joined() + "</div></div><div class=\"r\"><h3>要闻</h3>" + items.joined() + "</div></div></body></html>"
        #expect(try extractor.extract(bytes: Array(html.utf8)).text.split(separator: "\n").map(String.init) == Self.body)
    }

    @Test func aShortNoticeWithALinkBesideItIsStillText() throws {
        let html = "<html><body><div><p>" + Self.body[0] + "</p><p><a href=\"/x.html\">上一篇</a></p></div></body></html>"
        #expect(try extractor.extract(bytes: Array(html.utf8)).text == Self.body[0])
    }

    // MARK: attachments

    @Test(arguments: [("/a/b/附件1.PDF", "pdf"), ("./P0202406.docx?v=2", "docx"), ("x.ofd#page=1", "ofd"), ("f.wps", "wps"), ("t.xlsx", "xlsx")])
    func attachmentExtensions(_ href: String, _ ext: String) { #expect(PageAttachments.fileExtension(href) == ext) }

    @Test(arguments: [("附件1：责任分工表", "附件1"), ("附件１．清单", "附件1"), ("附件 12 名单", "附件12"), ("附表2", "附表2")])
    func attachmentKeys(_ name: String, _ key: String) { #expect(HTMLPage.attachmentKey(name) == key) }

    @Test(arguments: ["附件", "附件：名单", "关于附件1的说明", "相关附件3"])
    func noAttachmentKey(_ name: String) { #expect(HTMLPage.attachmentKey(name) == nil) }

    @Test func pageLinksCompleteTextAttachments() {
        let page = HTMLPage(text: "", encoding: "UTF-8", meta: DocumentMeta(attachments: [
            Attachment(name: "附件1：责任分工表", href: "./a.docx", span: nil), Attachment(name: "附件3：名单", href: "./c.pdf", span: nil)]))
        let text = DocumentMeta(attachments: [Attachment(name: "附件1", href: nil, span: Span(3, 6)),
                                              Attachment(name: "附件2", href: nil, span: Span(9, 12))])
        let merged = page.merged(into: text).attachments
        #expect(merged.map(\.href) == ["./a.docx", nil, "./c.pdf"])
        #expect(merged.map(\.name) == ["附件1", "附件2", "附件3：名单"])
    }

    @Test(arguments: ["/news/", "https://www.example.gov.cn", "detail?id=12"])
    func noExtension(_ href: String) { #expect(PageAttachments.fileExtension(href) == nil) }
}
