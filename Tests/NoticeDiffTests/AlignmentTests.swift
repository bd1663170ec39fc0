import Testing
import NoticeModel
@testable import NoticeDiff

/// Small statutes written for the cases the alignment must get right.
@Suite struct AlignmentTests {
    static let old = """
    示例管理办法
    第一条　为了规范采购活动，制定本办法。
    第二条　采购人应当在收到申请之日起十五日内作出决定。
    第三条　供应商不得提供虚假材料。
    第四条　监督部门应当每年开展一次检查，检查结果向社会公开。
    第五条　本办法自2024年1月1日起施行。
    """

    @Test func insertedArticleRenumbersWithoutChanges() {
        let new = """
        示例管理办法
        第一条　为了规范采购活动，制定本办法。
        第二条　采购活动应当遵循公开透明原则和诚实信用原则。
        第三条　采购人应当在收到申请之日起十五日内作出决定。
        第四条　供应商不得提供虚假材料。
        第五条　监督部门应当每年开展一次检查，检查结果向社会公开。
        第六条　本办法自2024年1月1日起施行。
        """
        let r = diff(Fixture(Self.old), Fixture(new))
        #expect(r.summary.added == 1 && r.summary.removed == 0 && r.summary.changed == 0 && r.summary.moved == 0)
        #expect(r.unit(new: "第二条")?.change == .added)
        #expect(r.unit(new: "第三条")?.old.map(\.number) == ["第二条"])
        #expect(r.unit(new: "第六条")?.old.map(\.number) == ["第五条"])
        #expect(r.summary.renumbered == 4)
        #expect(r.units.filter { !$0.old.isEmpty && !$0.new.isEmpty }.allSatisfy { $0.change == .unchanged })
        #expect(r.allNumbers.filter { $0.change != .added }.isEmpty)
    }

    @Test func deletedArticleIsRemovedAndTheRestShiftBack() {
        let new = Self.old.replacingOccurrences(of: "第三条　供应商不得提供虚假材料。\n", with: "")
            .replacingOccurrences(of: "第四条　监督", with: "第三条　监督").replacingOccurrences(of: "第五条　本办法", with: "第四条　本办法")
        let r = diff(Fixture(Self.old), Fixture(new))
        #expect(r.summary.removed == 1 && r.summary.added == 0 && r.summary.changed == 0)
        #expect(r.unit(old: "第三条")?.change == .removed)
        #expect(r.unit(old: "第四条")?.new.map(\.number) == ["第三条"])
    }

    @Test func splitArticleIsOneUnitWithTwoNewParts() {
        let old = """
        第一条　为了规范采购活动，制定本办法。
        第二条　采购人应当在收到供应商提交的申请材料之日起十五日内作出是否受理的书面决定。
        供应商对采购人作出的决定不服的，可以在收到决定之日起三十日内向监督部门提出书面投诉。
        第三条　本办法自2024年1月1日起施行。
        """
        let new = """
        第一条　为了规范采购活动，制定本办法。
        第二条　采购人应当在收到供应商提交的申请材料之日起十五日内作出是否受理的书面决定。
        第三条　供应商对采购人作出的决定不服的，可以在收到决定之日起三十日内向监督部门提出书面投诉。
        第四条　本办法自2024年1月1日起施行。
        """
        let r = diff(Fixture(old), Fixture(new))
        let split = r.units.first { $0.relation == .split }
        #expect(split?.old.map(\.number) == ["第二条"])
        #expect(split?.new.map(\.number) == ["第二条", "第三条"])
        #expect(split?.change == .reworded)
        #expect(r.summary.added == 0 && r.summary.removed == 0 && r.summary.split == 1)
        #expect(r.allNumbers.isEmpty)
    }

    @Test func mergedArticlesAreOneUnitWithTwoOldParts() {
        let old = """
        第一条　采购人应当在收到供应商提交的申请材料之日起十五日内作出是否受理的书面决定。
        第二条　供应商对采购人作出的决定不服的，可以在收到决定之日起三十日内向监督部门提出书面投诉。
        第三条　本办法自2024年1月1日起施行。
        """
        let new = """
        第一条　采购人应当在收到供应商提交的申请材料之日起十五日内作出是否受理的书面决定。供应商对采购人作出的决定不服的，可以在收到决定之日起三十日内向监督部门提出书面投诉。
        第二条　本办法自2024年1月1日起施行。
        """
        let r = diff(Fixture(old), Fixture(new))
        let merged = r.units.first { $0.relation == .merge }
        #expect(merged?.old.map(\.number) == ["第一条", "第二条"])
        #expect(merged?.new.map(\.number) == ["第一条"])
        #expect(r.summary.merged == 1 && r.summary.removed == 0)
        #expect(r.allNumbers.isEmpty)
    }

    @Test func movedParagraphIsAMoveNotAnAdditionAndARemoval() {
        let old = """
        第一条　为了规范采购活动，制定本办法。
        第二条　采购人应当在收到申请之日起十五日内作出决定。
        采购人应当自决定作出之日起五个工作日内将决定书面告知供应商并说明理由。
        第三条　供应商不得提供虚假材料。
        第四条　监督部门应当每年开展一次检查，检查结果向社会公开。
        """
        let new = """
        第一条　为了规范采购活动，制定本办法。
        第二条　采购人应当在收到申请之日起十五日内作出决定。
        第三条　供应商不得提供虚假材料。
        第四条　监督部门应当每年开展一次检查，检查结果向社会公开。
        采购人应当自决定作出之日起五个工作日内将决定书面告知供应商并说明理由。
        """
        var a = Fixture(old), b = Fixture(new)
        a.deadline("五个工作日内", anchor: "决定作出", 5, .workday)
        b.deadline("五个工作日内", anchor: "决定作出", 5, .workday)
        let r = diff(a, b)
        let moves = r.units.flatMap(\.paragraphs).filter { $0.change == .moved }
        #expect(Set(moves.map { [$0.oldUnit ?? "", $0.newUnit ?? ""] }) == [["第二条", "第四条"]])
        #expect(r.summary.paragraphMoves == 1)
        #expect(r.summary.changed == 0 && r.summary.itemChanges == 0 && r.summary.numberChanges == 0)
        #expect(r.allItems.map(\.change) == [.moved])
        #expect(r.allNumbers.map(\.change) == [.moved])
        #expect(r.unit(new: "第四条")?.change == .reworded)
    }

    @Test func movedArticleIsNamedOnce() {
        let new = """
        示例管理办法
        第一条　为了规范采购活动，制定本办法。
        第二条　供应商不得提供虚假材料。
        第三条　监督部门应当每年开展一次检查，检查结果向社会公开。
        第四条　采购人应当在收到申请之日起十五日内作出决定。
        第五条　本办法自2024年1月1日起施行。
        """
        let r = diff(Fixture(Self.old), Fixture(new))
        #expect(r.summary.moved == 1 && r.summary.added == 0 && r.summary.removed == 0)
        let moved = r.units.filter(\.moved)
        #expect(moved.count == 1)
        #expect(moved.first?.old.map(\.number) == ["第二条"] && moved.first?.new.map(\.number) == ["第四条"])
        let text = DiffTextRenderer().render(r, old: Fixture(Self.old).input, new: Fixture(new).input)
        #expect(text.components(separatedBy: "第二条 → 第四条").count == 2)
    }

    @Test func rewrittenArticleKeepsItsNumberWhereNumberingHolds() {
        let new = Self.old.replacingOccurrences(of: "第五条　本办法自2024年1月1日起施行。",
                                                with: "第五条　除另有规定外，自国务院决定的日期起生效执行。")
        let r = diff(Fixture(Self.old), Fixture(new))
        #expect(r.unit(new: "第五条")?.old.map(\.number) == ["第五条"])
        #expect(r.summary.added == 0 && r.summary.removed == 0)
    }

    @Test func sectionsFromTheDocumentAreUsedWhenPresent() {
        let text = "一、总体要求\n各地应当加强管理。\n二、工作任务\n医疗机构应当在十五日内报送数据。\n"
        let newText = "一、总体要求\n各地应当加强管理。\n二、工作任务\n医疗机构应当在二十日内报送数据。\n"
        func fixture(_ t: String) -> Fixture {
            var f = Fixture(t)
            let second = f.span("二、").start
            f.doc.sections = [
                Section(id: "s1", number: "一、", level: 1, heading: "总体要求", span: Span(0, second), parent: nil, ordinal: 1, style: "cn"),
                Section(id: "s2", number: "二、", level: 1, heading: "工作任务", span: Span(second, t.unicodeScalars.count),
                        parent: nil, ordinal: 2, style: "cn"),
            ]
            return f
        }
        let r = diff(fixture(text), fixture(newText))
        #expect(r.units.map { $0.new.first?.section } == ["s1", "s2"])
        #expect(r.unit(new: "二、")?.numbers.map(\.summary) == ["十五日 → 二十日"])
        #expect(r.unit(new: "一、")?.change == .unchanged)
    }

    @Test func textOutsideEverySectionIsStillCompared() {
        func fixture(_ date: String) -> Fixture {
            let t = "关于加强管理的通知\n一、总体要求\n各地应当加强管理。\n江西省医疗保障局\n\(date)\n"
            var f = Fixture(t)
            let one = f.span("一、").start, tail = f.span("江西省医疗保障局").start
            f.doc.sections = [Section(id: "s1", number: "一、", level: 1, heading: "总体要求", span: Span(one, tail),
                                      parent: nil, ordinal: 1, style: "cn")]
            return f
        }
        let r = diff(fixture("2024年6月7日"), fixture("2024年7月1日"))
        #expect(r.allNumbers.map(\.summary) == ["2024年6月7日 → 2024年7月1日"])
        #expect(r.units.map(\.change) == [.unchanged, .unchanged, .changed])
    }

    @Test func unnumberedNoticesAlignByParagraph() {
        let old = "关于做好集采工作的通知\n各地要按季度报送进展。\n中选企业应当在2个工作日内响应。\n本通知自印发之日起施行。\n"
        let new = "关于做好集采工作的通知\n中选企业应当在3个工作日内响应。\n各地要按季度报送进展。\n本通知自印发之日起施行。\n"
        let r = diff(Fixture(old), Fixture(new))
        #expect(r.allNumbers.map(\.summary) == ["2个工作日 → 3个工作日"])
        #expect(r.units.filter(\.moved).count == 1)
        #expect(r.summary.added == 0 && r.summary.removed == 0)
    }
}
