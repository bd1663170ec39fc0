import Testing
@testable import NoticeCalendar

@Suite struct AnchorLexiconTests {
    typealias S = CalendarTestSupport
    static func lexicon() throws -> AnchorLexicon { try AnchorLexicon.load(directory: S.dictionaries) }

    static let byDate: [(expect: AnchorLexicon.DocumentDate, anchors: [String])] = [
        (.effective, ["执行", "中选结果执行", "落地执行", "本办法施行之日起", "实施之日", "正式执行前"]),
        (.signed, ["本通知印发之日", "印发之日起", "本文件印发", "印发"]),
        (.published, ["本公告发布之日", "发布之日起"]),
    ]

    @Test(arguments: byDate)
    func anchorsResolveToDocumentDates(_ c: (expect: AnchorLexicon.DocumentDate, anchors: [String])) throws {
        let lex = try Self.lexicon()
        for a in c.anchors { #expect(lex.documentDate(forAnchor: a) == c.expect, "\(a)") }
    }

    static let noDocumentDate = ["医疗机构反馈问题", "执行文件的发布", "有效期届满", "收到申请之日", "合同签订", "日", "前"]

    @Test(arguments: noDocumentDate)
    func eventAnchorsDoNot(_ a: String) throws { #expect(try Self.lexicon().documentDate(forAnchor: a) == nil) }

    @Test func cycleSubjects() throws {
        let lex = try Self.lexicon()
        #expect(lex.runsFromGoLive("采购周期"))
        #expect(lex.runsFromGoLive("采购周期为2年"))
        #expect(!lex.runsFromGoLive("不得参加集中采购"))
        #expect(!lex.runsFromGoLive("公示"))
    }

    static let badLexicons: [(text: String, line: Int)] = [
        ("执行\teffective\n执行\teffective\n", 2),
        ("# c\n执行\tgo-live\n", 2),
        ("执行\n", 1),
        ("执行\teffective\textra\n", 1),
    ]

    @Test(arguments: badLexicons)
    func badLineNamesFileAndLine(_ c: (text: String, line: Int)) {
        #expect(throws: CalendarDataError.self) { try AnchorLexicon.parse(c.text, file: "anchors.tsv") }
        do { _ = try AnchorLexicon.parse(c.text, file: "anchors.tsv") } catch let e as CalendarDataError {
            #expect(e.line == c.line)
            #expect(e.file == "anchors.tsv")
        } catch { Issue.record("\(error)") }
    }
}
