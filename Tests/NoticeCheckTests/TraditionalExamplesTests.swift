import Testing
import NoticeModel
import NoticeCheck

/// The same kinds in traditional script (mainland notices printed in traditional characters, like seed 002):
/// checks read the folded text, quotes stay in the source script.
@Suite struct TraditionalExamplesTests {
    static let calendar = CalendarChecksTests.calendar

    @Test func eventAnchoredDeadline() {
        let f = EventAnchoredDeadlineCheck(lexicon: Fixture.lexicon, calendar: Self.calendar)
            .run(Fixture.input("各單位在新系統上線前5個工作日完成測試。", doc: DocumentMeta(signedDate: "2023-09-20", effectiveDate: "2023-10-10"))).first
        #expect(f?.values["deadline"] == "2023-09-27")
        #expect(f?.quotes.first?.quote.contains("上線前5個工作日") == true)
    }
    @Test func holidayWindow() {
        let f = HolidayWindowCheck(calendar: Self.calendar).run(Fixture.input("企業應在3個工作日內答覆。", doc: DocumentMeta(signedDate: "2023-09-27"))).first
        #expect(f?.values["due"] == "2023-10-08")
    }
    @Test func unanchoredDeadline() {
        let check = UnanchoredDeadlineCheck(calendar: Self.calendar)
        #expect(!check.run(Fixture.input("如供貨價格高於周邊省份價格的，企業應於10日內申請調整。\n某局\n2023年9月20日")).isEmpty)
        #expect(check.run(Fixture.input("採購合同終止，醫療機構應於10日內報告。\n某局\n2023年9月20日")).isEmpty)
    }
    @Test func cycleEnds() {
        let t = "甲類產品採購週期為2年。乙類產品採購週期為3年。以上產品均自2024年3月1日起執行。採購週期結束後，按新規則結算。"
        let f = CycleCheck().run(Fixture.input(t, doc: DocumentMeta(effectiveDate: "2024-03-01"))).first
        #expect(f?.values["end_2y"] == "2026-02-28" && f?.values["end_3y"] == "2027-02-28")
    }
    @Test func periodEnd() {
        let f = PeriodEndAmbiguityCheck(calendar: Self.calendar).run(Fixture.input("在執行期第3個月末結算剩餘款項。", doc: DocumentMeta(effectiveDate: "2025-01-31"))).first
        #expect(f?.values["candidate_calendar_month"] == "2025-03-31" && f?.values["candidate_民法典202"] == "2025-04-30")
    }
    @Test func batchCount() {
        let t = "本省已實施五批國家組織藥品集中帶量採購結果。近期將落地執行國家組織中成藥專項集中帶量採購結果。"
        #expect(BatchCountCheck(lexicon: Fixture.lexicon).run(Fixture.input(t)).first?.values["claimed"] == "5")
    }
    @Test func vagueReference() {
        let fs = ReferenceResolutionCheck().run([Fixture.input("國家醫療保障局辦公室印發通知，要求各省加強供應保障。")])
        #expect(fs.first?.values["unresolved"] == "1")
        #expect(ReferenceResolutionCheck().run([Fixture.input("各省加強供應保障。")]).isEmpty)
    }
    @Test func signature() {
        let issuers = ["甲省医疗保障局", "甲省财政厅"]
        #expect(!SignatureIssuersCheck().run(Fixture.input("請做好結算工作。\n甲省醫療保障局\n2024年5月6日", doc: DocumentMeta(issuers: issuers))).isEmpty)
        #expect(SignatureIssuersCheck().run(Fixture.input("請做好結算工作。\n甲省醫療保障局  甲省財政廳\n2024年5月6日", doc: DocumentMeta(issuers: issuers))).isEmpty)
    }
    @Test func docNumberLookalike() {
        let f = DocNumberLookalikeCheck(lexicon: Fixture.lexicon).run(Fixture.input("網路備案:京ICP備12345678號-2", doc: DocumentMeta(docNumber: "京ICP備12345678號"))).first
        #expect(f?.severity == .error)
    }
    @Test func metadataSignatureDate() {
        #expect(MetadataConsistencyCheck().run(Fixture.input("[ 成文日期 ] 2023-01-05\n正文。\n某局\n2023年1月6日")).map(\.values["finding"]) == ["signature_date_differs"])
        #expect(MetadataConsistencyCheck().run(Fixture.input("[ 成文日期 ] 2023-01-05\n正文。\n某局\n二〇二三年一月五日")).isEmpty)
    }
}
