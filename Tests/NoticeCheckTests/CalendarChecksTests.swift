import Testing
import NoticeModel
import NoticeCalendar
import NoticeCheck

/// Calendar checks on the real holiday table (dictionaries/holidays), with dates around 国庆+中秋 2023
/// (09-29…10-06 off, Sat 10-07 and Sun 10-08 working) — not seed dates.
@Suite struct CalendarChecksTests {
    static let calendar = HolidayCalendar(resolver: try! DateResolver.load(directory: Fixture.dictionaries))

    @Test func publicationLagBeyond20WorkingDays() {
        let f = PublicationLagCheck(calendar: Self.calendar).run(Fixture.input("[ 成文日期 ] 2023-09-01 [ 发布日期 ] 2023-10-20\n正文。",
            doc: DocumentMeta(signedDate: "2023-09-01", publishedDate: "2023-10-20"))).first
        #expect(f?.severity == .info)
        #expect(f?.values["calendar_days"] == "49")
        #expect(f?.values["20th_working_day"] == "2023-10-07")
    }
    @Test func publicationWithin20WorkingDaysIsSilent() {
        #expect(PublicationLagCheck(calendar: Self.calendar).run(Fixture.input("正文。", doc: DocumentMeta(signedDate: "2023-09-01", publishedDate: "2023-09-15"))).isEmpty)
    }
    @Test func taiwanDocumentsAreNotOnTheMainlandCalendar() {
        let t = "藥事法\n沿革：中華民國一百零七年一月三十一日修正公布\n第 1 條　主管機關應於十日內公告。"
        #expect(PublicationLagCheck(calendar: Self.calendar).run(Fixture.input(t, doc: DocumentMeta(signedDate: "2023-09-01", publishedDate: "2023-10-20"))).isEmpty)
    }

    @Test func countedBackFromGoLive() {
        let check = EventAnchoredDeadlineCheck(lexicon: Fixture.lexicon, calendar: Self.calendar)
        let f = check.run(Fixture.input("各单位在新系统上线前5个工作日完成测试。", doc: DocumentMeta(signedDate: "2023-09-20", effectiveDate: "2023-10-10"))).first
        #expect(f?.values["deadline"] == "2023-09-27")
        #expect(f?.values["working_days_after_doc_date_to_deadline_strictly_between"] == "4")
        #expect(f?.severity == .info)
        let late = check.run(Fixture.input("各单位在新系统上线前5个工作日完成测试。", doc: DocumentMeta(signedDate: "2023-09-28", effectiveDate: "2023-10-10"))).first
        #expect(late?.severity == .error)
        #expect(check.run(Fixture.input("各单位在新系统上线前5个工作日完成测试。", doc: DocumentMeta(signedDate: "2023-09-20"))).isEmpty)
    }

    @Test func nthMonthEndHasTwoReadings() {
        let check = PeriodEndAmbiguityCheck(calendar: Self.calendar)
        let f = check.run(Fixture.input("在执行期第3个月末结算剩余款项。", doc: DocumentMeta(effectiveDate: "2025-01-31"))).first
        #expect(f?.values["candidate_calendar_month"] == "2025-03-31")
        #expect(f?.values["candidate_民法典202"] == "2025-04-30")
        #expect(f?.severity == .warning)
        #expect(check.run(Fixture.input("在执行期满后结算剩余款项。", doc: DocumentMeta(effectiveDate: "2025-01-31"))).isEmpty)
    }

    @Test func ruleOverBatchesWithDifferentCycles() {
        let t = "甲类产品采购周期为2年。乙类产品采购周期为3年,可视情况延长1年。以上产品均自2024年3月1日起执行。采购周期结束后,按新规则结算。"
        let f = CycleCheck().run(Fixture.input(t, doc: DocumentMeta(effectiveDate: "2024-03-01"))).first
        #expect(f?.values["end_2y"] == "2026-02-28")
        #expect(f?.values["end_3y"] == "2027-02-28")
        #expect(f?.values["finding"]?.contains("conditional_extension") == true)
        let same = "甲类产品采购周期为2年。乙类产品采购周期为2年。以上产品均自2024年3月1日起执行。采购周期结束后,按新规则结算。"
        #expect(CycleCheck().run(Fixture.input(same, doc: DocumentMeta(effectiveDate: "2024-03-01"))).isEmpty)
        let noRef = "甲类产品采购周期为2年。乙类产品采购周期为3年。以上产品均自2024年3月1日起执行。"
        #expect(CycleCheck().run(Fixture.input(noRef, doc: DocumentMeta(effectiveDate: "2024-03-01"))).isEmpty)
    }

    @Test func workingDaysOverAHoliday() {
        let check = HolidayWindowCheck(calendar: Self.calendar)
        let f = check.run(Fixture.input("企业应在3个工作日内答复。", doc: DocumentMeta(signedDate: "2023-09-27"))).first
        #expect(f?.values["due"] == "2023-10-08")
        #expect(f?.values["weekday_only_due"] == "2023-10-02")
        #expect(check.run(Fixture.input("企业应在3个工作日内答复。", doc: DocumentMeta(signedDate: "2023-03-01"))).isEmpty)
        #expect(check.run(Fixture.input("公示期不少于3个工作日。", doc: DocumentMeta(signedDate: "2023-09-27"))).isEmpty)
    }

    @Test func deadlineWithoutStart() {
        let check = UnanchoredDeadlineCheck(calendar: Self.calendar)
        let f = check.run(Fixture.input("相关企业须于15日内提交材料。\n某局\n2023年9月20日")).first
        #expect(f?.severity == .warning)
        #expect(f?.values["if_anchored_to_document_date"] == "2023-10-05 (Thu) -> 2023-10-07")
        #expect(check.run(Fixture.input("相关企业须自收到通知之日起15日内提交材料。\n某局\n2023年9月20日")).isEmpty)
        #expect(check.run(Fixture.input("3年内2次以上违规的，取消资格。\n某局\n2023年9月20日")).isEmpty)
        // a condition (…的) before the deadline is a state, not the event it runs from
        #expect(!check.run(Fixture.input("如供货价格高于周边省份价格的，企业应于10日内申请调整。\n某局\n2023年9月20日")).isEmpty)
        // an event clause right before it anchors it
        #expect(check.run(Fixture.input("采购合同终止，医疗机构应于10日内报告。\n某局\n2023年9月20日")).isEmpty)
        #expect(check.run(Fixture.input("醫療法人應於年度終了五個月內申報財務報告。")).isEmpty)
    }

    @Test func leadTimeBetweenPublicationAndGoLive() {
        let rule = Fixture.input("执行文件的发布时间与落地时间之间不少于10个工作日。", path: "rule.txt")
        let short = Fixture.input("本方案自2023年10月9日起执行。", doc: DocumentMeta(signedDate: "2023-09-20", effectiveDate: "2023-10-09"), path: "a.txt")
        let long = Fixture.input("本方案自2023年11月1日起执行。", doc: DocumentMeta(signedDate: "2023-09-20", effectiveDate: "2023-11-01"), path: "b.txt")
        let fs = LeadTimeCheck(calendar: Self.calendar).run([rule, short, long])
        let a = fs.first { $0.message.hasPrefix("a.txt") }, b = fs.first { $0.message.hasPrefix("b.txt") }
        #expect(a?.severity == .warning && a?.values["working_days_strictly_between"] == "8")
        #expect(a?.values["earliest_compliant_go_live"] == "2023-10-11")
        #expect(b?.severity == .info && b?.values["finding"] == "pass")
        #expect(LeadTimeCheck(calendar: Self.calendar).run([short, long]).isEmpty)
    }
}
