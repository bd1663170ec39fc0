import Testing
import NoticeModel
import NoticeCheck

@Suite struct InterpretationCheckTests {
    static let check = InterpretationCheck(lexicon: Fixture.lexicon, calendar: WeekendOnlyCalendar())
    static let notice = "甲省医疗保障局 甲省卫生健康委员会关于做好结算工作的通知\n甲医保发〔2024〕5号\n各市：\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n（五）戊。\n（六）己。\n甲省医疗保障局 甲省卫生健康委员会\n2024年3月8日"
    static func interpretation(claim: String = "六", issuers: String = "甲省医疗保障局联合甲省卫健委", date: String = "2024-03-20") -> String {
        "《关于做好结算工作的通知》政策解读\n发布时间:\(date.replacingOccurrences(of: "-", with: "/"))\n近日，\(issuers)出台了《关于做好结算工作的通知》（甲医保发〔2024〕5号），细化\(claim)条措施。"
    }
    static func run(_ a: String, date: String = "2024-03-20") -> [Finding] {
        let ai = Fixture.input(a, doc: DocumentMeta(kind: "政策解读", publishedDate: date), path: "a.txt")
        let bi = Fixture.input(notice, doc: DocumentMeta(docNumber: "甲医保发〔2024〕5号", issuers: ["甲省医疗保障局", "甲省卫生健康委员会"], signedDate: "2024-03-08"), path: "b.txt")
        return check.run([ai, bi])
    }

    @Test func matchingPairIsLinkedWithComputedValues() {
        let fs = Self.run(Self.interpretation())
        #expect(fs.count == 1)
        let v = fs.first?.values ?? [:]
        #expect(v["finding"] == "pass" && v["issuers_match"] == "true" && v["文号_match"] == "true")
        #expect(v["calendar_days"] == "12" && v["working_days_strictly_between"] == "7")
        #expect(v["claimed"] == "6" && v["items_in_notice"] == "6")
        #expect(fs.first?.severity == .info)
    }
    @Test func countMismatch() {
        let f = Self.run(Self.interpretation(claim: "七")).first
        #expect(f?.values["finding"] == "mismatch" && f?.severity == .warning)
    }
    @Test func missingIssuer() {
        #expect(Self.run(Self.interpretation(issuers: "甲省医疗保障局")).first?.values["issuers_match"] == "false")
    }
    @Test func pageBeforeNotice() {
        let f = Self.run(Self.interpretation(date: "2024-03-01"), date: "2024-03-01").first
        #expect(f?.severity == .error)
    }
    @Test func notAnInterpretation() {
        let a = Fixture.input("关于做好结算工作的补充通知\n根据甲医保发〔2024〕5号文件，现补充如下。", path: "a.txt")
        let b = Fixture.input(Self.notice, doc: DocumentMeta(docNumber: "甲医保发〔2024〕5号"), path: "b.txt")
        #expect(Self.check.run([a, b]).isEmpty)
    }
}

@Suite struct ReferenceResolutionCheckTests {
    static let check = ReferenceResolutionCheck()
    @Test func unresolvedReferencesAndVagueOnes() {
        let t = "根据《乙省关于某事的通知》（乙医保发〔2023〕1号）提出的五条措施，结合国家医疗保障局办公室印发通知的要求，现通知如下。"
        let r = Reference(quote: "《乙省关于某事的通知》（乙医保发〔2023〕1号）", span: Fixture.span("《乙省关于某事的通知》（乙医保发〔2023〕1号）", in: t), title: "乙省关于某事的通知", docNumber: "乙医保发〔2023〕1号")
        let fs = Self.check.run([Fixture.input(t, doc: DocumentMeta(references: [r]))])
        #expect(fs.first?.values["unresolved"] == "2")
        #expect(fs.first?.message.contains("五条措施") == true)
    }
    @Test func referenceInTheSetResolves() {
        let t = "根据《乙省关于某事的通知》（乙医保发〔2023〕1号），现通知如下。"
        let r = Reference(quote: "乙医保发〔2023〕1号", span: Fixture.span("乙医保发〔2023〕1号", in: t), title: nil, docNumber: "乙医保发〔2023〕1号")
        let a = Fixture.input(t, doc: DocumentMeta(references: [r]), path: "a.txt")
        let b = Fixture.input("乙医保发〔2023〕1号\n乙省关于某事的通知", doc: DocumentMeta(docNumber: "乙医保发[2023]1号"), path: "b.txt")
        #expect(Self.check.run([a, b]).isEmpty)
    }
}
