import Testing
import NoticeModel
@testable import NoticeDiff

/// Items built by hand on small texts: value changes are reported side by side; wording and numbering are not.
@Suite struct ItemDiffTests {
    @Test func deadlineAmountChange() {
        var a = Fixture("第一条　采购人应当在收到申请之日起十五日内作出决定。\n")
        var b = Fixture("第一条　采购人应当在收到申请之日起二十日内作出决定。\n")
        a.deadline("十五日内", anchor: "收到申请", 15, .day)
        b.deadline("二十日内", anchor: "收到申请", 20, .day)
        let r = diff(a, b)
        let c = r.allItems
        #expect(c.count == 1)
        #expect(c.first?.change == .changed && c.first?.kind == .deadline)
        #expect(c.first?.fields == [FieldChange(field: "amount", old: "15", new: "20")])
        #expect(c.first?.summary == "deadline le 15 day → le 20 day")
        #expect(c.first?.old?.quote == "十五日内" && c.first?.new?.quote == "二十日内")
        #expect(c.first?.old?.span == a.span("十五日内") && c.first?.new?.span == b.span("二十日内"))
        #expect(r.unit(new: "第一条")?.change == .changed)
    }

    @Test func thresholdComparatorChange() {
        var a = Fixture("一、考核\n配送及时率5%以下的，暂停挂网。\n")
        var b = Fixture("一、考核\n配送及时率低于5%的，暂停挂网。\n")
        a.threshold("5%以下", metric: "配送及时率", .le, 5, .percent)
        b.threshold("低于5%", metric: "配送及时率", .lt, 5, .percent)
        let c = diff(a, b).allItems
        #expect(c.map(\.summary) == ["threshold le 5 percent → lt 5 percent"])
        #expect(c.first?.fields == [FieldChange(field: "op", old: "le", new: "lt")])
    }

    @Test func modalityAndActorChanges() {
        var a = Fixture("第三条　招标人可以公开招标文件。\n第四条　代理机构应当保存资料。\n")
        var b = Fixture("第三条　招标人应当公开招标文件。\n第四条　采购人应当保存资料。\n")
        a.obligation("招标人可以公开招标文件", actor: "招标人", .may, marker: "可以", action: "公开招标文件")
        b.obligation("招标人应当公开招标文件", actor: "招标人", .must, marker: "应当", action: "公开招标文件")
        a.obligation("代理机构应当保存资料", actor: "代理机构", .must, marker: "应当", action: "保存资料")
        b.obligation("采购人应当保存资料", actor: "采购人", .must, marker: "应当", action: "保存资料")
        let c = diff(a, b).allItems
        #expect(c.map(\.summary) == ["modality may → must", "actor 代理机构 → 采购人"])
    }

    @Test func addedTierAndRemovedPeriod() {
        var a = Fixture("第九条　违反规定的，处二千元以上一万元以下罚款。资格暂停期为二年。\n")
        var b = Fixture("第九条　违反规定的，处二千元以上一万元以下罚款；情节严重的，处一万元以上五万元以下罚款。\n")
        a.threshold("二千元以上一万元以下", metric: "罚款", .ge, 2000, .yuan)
        a.threshold("二千元以上一万元以下", metric: "罚款", .le, 10000, .yuan)
        a.period("资格暂停期为二年", subject: "资格暂停期", 2, .year)
        b.threshold("二千元以上一万元以下", metric: "罚款", .ge, 2000, .yuan)
        b.threshold("二千元以上一万元以下", metric: "罚款", .le, 10000, .yuan)
        b.threshold("一万元以上五万元以下", metric: "罚款", .ge, 10000, .yuan)
        b.threshold("一万元以上五万元以下", metric: "罚款", .le, 50000, .yuan)
        let c = diff(a, b).allItems
        #expect(c.filter { $0.change == .added }.compactMap(\.new?.value).sorted() == ["ge 10000 yuan", "le 50000 yuan"])
        #expect(c.filter { $0.change == .removed }.compactMap(\.old?.value) == ["2 year"])
        #expect(c.filter { $0.change == .changed }.isEmpty)
    }

    /// Wording and numbering change, values do not: no item change (the negative list).
    @Test(arguments: [
        ("第二条　采购人应当在收到申请之日起十五日内作出决定。\n", "第五条　采购人须于收到申请之日起十五日内依法作出书面决定。\n"),
        ("第二条　采购人应当在收到申请之日起十五日内作出决定。\n", "第二条　采购人应当自收到申请之日起十五日内作出决定，并告知申请人。\n"),
    ])
    func wordingOnlyGivesNoItemChange(_ old: String, _ new: String) {
        var a = Fixture(old), b = Fixture(new)
        a.deadline("十五日内", anchor: "收到申请", 15, .day)
        b.deadline("十五日内", anchor: "收到申请", 15, .day)
        a.frequency("申请", .year)
        b.frequency("申请", .year)
        let r = diff(a, b)
        #expect(r.allItems.isEmpty)
        #expect(r.allNumbers.isEmpty)
        #expect(r.summary.changed == 0)
        #expect(r.units.last?.change == .reworded)
    }

    @Test func metadataChanges() {
        var a = Fixture("关于印发办法的通知\n"), b = Fixture("关于印发办法的通知\n")
        a.doc.doc = DocumentMeta(title: "关于印发办法的通知", docNumber: "赣医保字〔2023〕28号", issuers: ["江西省医疗保障局"],
                                 signedDate: "2023-05-01")
        b.doc.doc = DocumentMeta(title: "关于印发办法的通知", docNumber: "赣医保字〔2024〕22号",
                                 issuers: ["江西省医疗保障局", "江西省财政厅"], signedDate: "2024-06-07")
        let m = diff(a, b).meta
        #expect(m.map(\.field) == ["docNumber", "issuers", "signedDate"])
        #expect(m.first == FieldChange(field: "docNumber", old: "赣医保字〔2023〕28号", new: "赣医保字〔2024〕22号"))
        #expect(diff(a, a).meta.isEmpty)
    }

    @Test func jsonIsANoticeDiffObjectWithNulls() throws {
        var a = Fixture("第一条　十五日内作出决定。\n"), b = Fixture("第一条　二十日内作出决定。\n第二条　新增条款。\n")
        a.deadline("十五日内", anchor: nil, 15, .day)
        b.deadline("二十日内", anchor: nil, 20, .day)
        let json = try ContractJSON.encode(diff(a, b))
        #expect(json.hasPrefix(#"{"kind":"diff","meta":[],"new":"#))
        #expect(json.contains(#""schema":"notice/1""#))
        #expect(json.contains(#""fields":[{"field":"amount","new":"20","old":"15"}]"#))
        #expect(json.contains(#""new":[{"number":"第二条","ordinal":2,"section":null,"span":[14,24],"style":"article"}],"numbers":[],"old":[]"#))
        let back = try JSONDecoder().decode(DiffReport.self, from: Data(json.utf8))
        #expect(back.units.count == 2)
    }
}

import Foundation
