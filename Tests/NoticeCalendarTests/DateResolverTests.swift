import Foundation
import Testing
import NoticeModel
@testable import NoticeCalendar

/// DateResolver on hand-built items (the shapes the extractor emits).
@Suite struct DateResolverTests {
    typealias S = CalendarTestSupport

    static func deadline(_ quote: String, _ amount: Double, _ unit: TimeUnit, anchor: String?, before: Bool = false,
                         id: String = "d1") -> Deadline {
        Deadline(id: id, quote: quote, span: Span(0, quote.unicodeScalars.count), section: nil, actor: nil,
                 amount: amount, unit: unit, op: .le, anchor: anchor, before: before, rule: "test")
    }

    static func period(_ quote: String, _ amount: Double, _ unit: TimeUnit, subject: String?, start: String? = nil,
                       id: String = "p1") -> Period {
        Period(id: id, quote: quote, span: Span(0, quote.unicodeScalars.count), section: nil, amount: amount,
               unit: unit, subject: subject, start: start, rule: "test")
    }

    func run(_ deadlines: [Deadline] = [], _ periods: [Period] = [], doc: DocumentMeta, mainland: Bool = true)
        throws -> (deadlines: [Deadline], periods: [Period], findings: [Finding]) {
        var d = deadlines, p = periods
        let f = try S.resolver().resolve(deadlines: &d, periods: &p, doc: doc, mainland: mainland)
        return (d, p, f)
    }

    /// Deadlines grouped under the due date they must get.
    static let dueCases: [(due: String, deadline: Deadline, doc: DocumentMeta)] = [
        ("2025-08-15", deadline("执行前10個工作日", 10, .workday, anchor: "中选结果执行", before: true),
         DocumentMeta(signedDate: "2025-07-24", effectiveDate: "2025-08-29")),                     // X14
        ("2024-06-12", deadline("自2024年6月7日起2个工作日内", 2, .workday, anchor: "2024年6月7日"), DocumentMeta()),
        ("2024-07-08", deadline("自本通知印发之日起30日内", 30, .day, anchor: "本通知印发之日"),
         DocumentMeta(signedDate: "2024-06-07")),                                                  // 07-07 Sunday → 203
        ("2025-09-29", deadline("执行后1个月内", 1, .month, anchor: "执行"),
         DocumentMeta(effectiveDate: "2025-08-29")),                                               // 09-29 Monday
        ("2025-10-09", deadline("施行之日起30日内", 30, .day, anchor: "本办法施行之日"),
         DocumentMeta(effectiveDate: "2025-09-05")),                                               // 10-05 国庆 → 10-09
        ("2025-02-28", deadline("落地执行前6个月", 6, .month, anchor: "落地执行", before: true),
         DocumentMeta(effectiveDate: "2025-08-31")),                                               // 202 back: month end
    ]

    @Test(arguments: dueCases)
    func fillsDue(_ c: (due: String, deadline: Deadline, doc: DocumentMeta)) throws {
        let r = try run([c.deadline], doc: c.doc)
        #expect(r.deadlines[0].due == c.due)
        let res = try #require(r.deadlines[0].resolution)
        #expect(!res.estimated)
        #expect(res.anchorDate != nil)
        #expect(r.findings.isEmpty)
    }

    @Test func ruleNamesTheArticleAndTheMove() throws {
        let r = try run([Self.deadline("自本通知印发之日起30日内", 30, .day, anchor: "本通知印发之日")],
                        doc: DocumentMeta(signedDate: "2024-06-07"))
        let rule = try #require(r.deadlines[0].resolution?.rule)
        #expect(rule.hasPrefix("民法典201+203"))
        #expect(rule.contains("2024-07-07"))
        let w = try run([Self.deadline("执行前10个工作日", 10, .workday, anchor: "执行", before: true)],
                        doc: DocumentMeta(effectiveDate: "2025-08-29"))
        #expect(w.deadlines[0].resolution?.rule.contains("国办调休表 2025") == true)
    }

    /// Deadlines that must get no due date and no finding: anchors that are events in the world, not dates.
    static let eventAnchors = ["医疗机构反馈问题", "执行文件的发布", "有效期届满", "收到申请", "中选企业确认"]

    @Test(arguments: eventAnchors)
    func eventAnchorsStayUnresolvedQuietly(_ anchor: String) throws {
        let r = try run([Self.deadline("在2个工作日内", 2, .workday, anchor: anchor)],
                        doc: DocumentMeta(signedDate: "2024-06-07", publishedDate: "2024-06-10", effectiveDate: "2024-07-01"))
        #expect(r.deadlines[0].due == nil)
        #expect(r.deadlines[0].resolution == nil)
        #expect(r.findings.isEmpty)
    }

    @Test func deadlineWithoutAnchorGetsAFinding() throws {
        for anchor in [nil, "", " "] as [String?] {
            let r = try run([Self.deadline("企业须于30日内提出", 30, .day, anchor: anchor)],
                            doc: DocumentMeta(signedDate: "2024-06-07", effectiveDate: "2024-07-01"))
            #expect(r.deadlines[0].due == nil)
            #expect(r.findings.map(\.check) == ["deadline_without_anchor"])
            #expect(r.findings.first?.severity == .warning)
            #expect(r.findings.first?.items == ["d1"])
            #expect(r.findings.first?.basis.contains("民法典201") == true)
        }
    }

    @Test func goLiveAnchorWithoutGoLiveDateGetsAnInfoFinding() throws {
        let r = try run([Self.deadline("执行前10个工作日", 10, .workday, anchor: "执行", before: true)],
                        doc: DocumentMeta(signedDate: "2025-07-24"))
        #expect(r.deadlines[0].due == nil)
        #expect(r.findings.map(\.check) == ["deadline_without_anchor"])
        #expect(r.findings.first?.severity == .info)
    }

    @Test func beyondTheTablesIsEstimated() throws {
        let r = try run([Self.deadline("执行后5个工作日内", 5, .workday, anchor: "执行")],
                        doc: DocumentMeta(effectiveDate: "2026-12-25"))
        #expect(r.deadlines[0].due == "2027-01-01")
        #expect(r.deadlines[0].resolution?.estimated == true)
        #expect(r.deadlines[0].resolution?.rule.contains("estimated") == true)
    }

    /// Cycles from go-live: end read with the start as day 1, the 201 reading as the alternative (X16).
    static let cycleCases: [(end: String, alternative: String, period: Period)] = [
        ("2027-08-28", "2027-08-29", period("采購周期為2年", 2, .year, subject: "采购周期")),
        ("2028-08-28", "2028-08-29", period("采购周期为3年", 3, .year, subject: "采购周期")),
        ("2027-08-28", "2027-08-29", period("采购周期为2年", 2, .year, subject: nil)),   // subject missing: the quote
        ("2026-08-28", "2026-08-29", period("协议期1年", 1, .year, subject: "协议期")),
    ]

    @Test(arguments: cycleCases)
    func cycleFromGoLive(_ c: (end: String, alternative: String, period: Period)) throws {
        let r = try run([], [c.period], doc: DocumentMeta(signedDate: "2025-07-24", effectiveDate: "2025-08-29"))
        let p = r.periods[0]
        #expect(p.start == "2025-08-29")
        #expect(p.end == c.end)
        #expect(p.resolution?.alternatives.map(\.date) == [c.alternative])
        #expect(p.resolution?.alternatives.first?.rule.contains("民法典201+202") == true)
        #expect(r.findings.map(\.check) == ["ambiguous_period_end"])
        #expect(r.findings.first?.values["alternative"] == c.alternative)
    }

    @Test func periodWithItsOwnStart() throws {
        let r = try run([], [Self.period("自2024年1月1日起有效期1年", 1, .year, subject: "有效期", start: "2024-01-01")],
                        doc: DocumentMeta(effectiveDate: "2025-08-29"))
        #expect(r.periods[0].start == "2024-01-01")
        #expect(r.periods[0].end == "2024-12-31")
        #expect(r.periods[0].resolution?.alternatives.map(\.date) == ["2025-01-01"])
    }

    /// Periods that must stay open: bans and windows do not run from go-live; no date, nothing to report.
    static let openPeriods: [(Period, DocumentMeta)] = [
        (period("3年内不得参加", 3, .year, subject: "不得参加集中采购"), DocumentMeta(effectiveDate: "2025-08-29")),
        (period("公示30日", 30, .day, subject: "公示"), DocumentMeta(effectiveDate: "2025-08-29")),
        (period("采购周期为2年", 2, .year, subject: "采购周期"), DocumentMeta(signedDate: "2025-07-24")),
    ]

    @Test(arguments: openPeriods)
    func periodsWithoutStartStayOpen(_ c: (Period, DocumentMeta)) throws {
        let r = try run([], [c.0], doc: c.1)
        #expect(r.periods[0].start == nil)
        #expect(r.periods[0].end == nil)
        #expect(r.periods[0].resolution == nil)
        #expect(r.findings.isEmpty)
    }

    @Test func sixthMonthEndGivesBothReadings() throws {
        let r = try run([Self.deadline("在采購期第6個月末,預付剩余金額", 6, .month, anchor: "落地执行")],
                        [Self.period("采购期第6个月末", 6, .month, subject: "采购期", start: "2025-08-29")],
                        doc: DocumentMeta(effectiveDate: "2025-08-29"))
        #expect(r.deadlines[0].due == nil)
        #expect(r.deadlines[0].resolution?.alternatives.map(\.date) == ["2026-01-31", "2026-02-28"])
        #expect(r.periods[0].end == nil)
        #expect(r.periods[0].resolution?.alternatives.map(\.date) == ["2026-01-31", "2026-02-28"])
        #expect(r.findings.map(\.check) == ["ambiguous_period_end", "ambiguous_period_end"])
        #expect(r.findings.allSatisfy { $0.severity == .warning })
        #expect(Set(r.findings.map(\.id)).count == 2)
    }

    @Test func taiwanIsNeverResolvedWithTheMainlandTable() throws {
        let r = try run([Self.deadline("應於三十工作日內", 30, .workday, anchor: "2025年8月29日"),
                         Self.deadline("十日內", 10, .day, anchor: "施行", id: "d2")],
                        [Self.period("有效期間為五年", 5, .year, subject: "有效期", start: "2025-08-29")],
                        doc: DocumentMeta(effectiveDate: "2025-08-29"), mainland: false)
        #expect(r.deadlines.allSatisfy { $0.due == nil })
        #expect(r.deadlines.allSatisfy { $0.resolution?.rule == DateResolver.taiwanRule })
        #expect(r.periods[0].end == nil)
        #expect(r.findings.map(\.check) == ["calendar_unresolved_taiwan"])
        #expect(r.findings[0].items == ["d1", "d2", "p1"])
    }

    @Test func taiwanWithNoItemsReportsNothing() throws {
        #expect(try run(doc: DocumentMeta(), mainland: false).findings.isEmpty)
    }

    @Test func ordinalMonthEndReadsChineseNumerals() throws {
        let r = try S.resolver()
        #expect(r.ordinalMonthEnd(in: "第6个月末") == 6)
        #expect(r.ordinalMonthEnd(in: "第十二个月底") == 12)
        #expect(r.ordinalMonthEnd(in: "第二十四個月末") == 24)
        #expect(r.ordinalMonthEnd(in: "6个月末") == nil)
        #expect(r.ordinalMonthEnd(in: "第6个月内") == nil)
    }
}

@Suite struct DateResolverWorkdayPeriodTests {
    @Test func workdayPeriodFromAWorkingDay() throws {
        var d: [Deadline] = []
        var p = [DateResolverTests.period("公示期为5个工作日", 5, .workday, subject: "公示期", start: "2024-06-05")]
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: DocumentMeta(), mainland: true)
        #expect(p[0].end == "2024-06-12")                                          // 06-05,06,07,11,12 (06-10 端午)
        #expect(p[0].resolution?.alternatives.map(\.date) == ["2024-06-13"])      // 201: 06-06 … 06-13
        #expect(f.map(\.check) == ["ambiguous_period_end"])
    }

    @Test func workdayPeriodFromARestDayHasOneReading() throws {
        var d: [Deadline] = []
        var p = [DateResolverTests.period("公示期为2个工作日", 2, .workday, subject: "公示期", start: "2024-06-08")]
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: DocumentMeta(), mainland: true)
        #expect(p[0].end == "2024-06-12")
        #expect(p[0].resolution?.alternatives == [])
        #expect(f.isEmpty)
    }

    @Test func hourPeriodHasNoCalendarReading() throws {
        var d: [Deadline] = []
        var p = [DateResolverTests.period("24小时", 24, .hour, subject: "有效期", start: "2024-06-08")]
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: DocumentMeta(), mainland: true)
        #expect(p[0].end == nil)
        #expect(p[0].resolution?.rule.hasPrefix("no calendar reading") == true)
        #expect(f.isEmpty)
    }
}

@Suite struct DateResolverSeedTests {
    /// X21: `企业须于30日内提出价格调整申请` has no start event; if read from the forwarded notice's 印发 date
    /// 2023-06-29, day 30 is Saturday 2023-07-29 and 203 moves it to 2023-07-31. Reported, never used as `due`.
    @Test func unanchoredDeadlineReportsTheIssueDateReading() throws {
        let quote = "企业须于30日内提出价格调整申请"
        var d = [Deadline(id: "d1", quote: quote, span: Span(500, 500 + quote.unicodeScalars.count), section: nil,
                          actor: "企业", amount: 30, unit: .day, op: .le, anchor: nil, rule: "test")]
        var p: [Period] = []
        let inner = DocumentMeta(docNumber: "晋医保发〔2023〕9号", signedDate: "2023-06-29", span: Span(100, 2000))
        let doc = DocumentMeta(docNumber: "同医保发〔2023〕18号", embedded: [inner])
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: doc, mainland: true)
        #expect(d[0].due == nil)
        #expect(f.map(\.check) == ["deadline_without_anchor"])
        #expect(f[0].values["ifAnchoredToIssueDate"] == "2023-07-31")
        #expect(f[0].values["issueDate"] == "2023-06-29")
        #expect(f[0].values["rule"] == "民法典201+203")
    }

    @Test func unanchoredDeadlineOutsideTheEmbeddedDocumentUsesTheOuterDate() throws {
        var d = [DateResolverTests.deadline("须于10日内", 10, .day, anchor: nil)]
        var p: [Period] = []
        let inner = DocumentMeta(signedDate: "2023-06-29", span: Span(100, 200))
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: DocumentMeta(embedded: [inner]), mainland: true)
        #expect(f[0].values.isEmpty)   // span 0..<5 is outside the forwarded document, and the outer date is missing
    }

    /// X25: 成文 2024-06-07, page 2024-06-18: 11 calendar days, 5 working days strictly between.
    @Test func interpretationLag() throws {
        let r = try CalendarTestSupport.calendar().workdays(between: CalendarTestSupport.date("2024-06-07"),
                                                             and: CalendarTestSupport.date("2024-06-18"))
        #expect(r.strictlyBetween == 5)
        #expect(CalendarTestSupport.date("2024-06-07").days(to: CalendarTestSupport.date("2024-06-18")) == 11)
    }

    /// X26: a 48-hour lapse ending Sunday 2024-06-09, then `在1个工作日内`: 06-10 is 端午, so 06-11.
    @Test func listDueAfterTheDragonBoatHoliday() throws {
        let r = try CalendarTestSupport.calendar().addWorkdays(1, to: CalendarTestSupport.date("2024-06-09"))
        #expect(r.date.iso == "2024-06-11")
    }
}

@Suite struct DateResolverForwardedTests {
    static let quote = "自本通知印发之日起10日内"
    static func item(at start: Int) -> Deadline {
        Deadline(id: "d1", quote: quote, span: Span(start, start + quote.unicodeScalars.count), section: nil, actor: nil,
                 amount: 10, unit: .day, op: .le, anchor: "本通知印发之日", rule: "test")
    }
    static let doc = DocumentMeta(signedDate: "2024-03-01",
                                  embedded: [DocumentMeta(signedDate: "2023-06-29", span: Span(100, 2000))])

    /// Inside the forwarded notice: its own 印发 date; outside: the outer one. Never each other's.
    @Test(arguments: [(150, "2023-07-10"), (10, "2024-03-11")])
    func spanPicksTheDocument(_ c: (Int, String)) throws {
        var d = [Self.item(at: c.0)]
        var p: [Period] = []
        _ = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: Self.doc, mainland: true)
        #expect(d[0].due == c.1)
    }

    @Test func forwardedNoticeWithoutItsDateDoesNotBorrowTheOuterOne() throws {
        var d = [Self.item(at: 150)]
        var p: [Period] = []
        let doc = DocumentMeta(signedDate: "2024-03-01", embedded: [DocumentMeta(span: Span(100, 2000))])
        let f = try CalendarTestSupport.resolver().resolve(deadlines: &d, periods: &p, doc: doc, mainland: true)
        #expect(d[0].due == nil)
        #expect(f.map(\.check) == ["deadline_without_anchor"])
    }
}
