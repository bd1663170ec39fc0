import Testing
import Foundation
import NoticeModel
import NoticeKit
@testable import NoticeDiff

/// The real version pairs of /work/shared/corpus-dev (through the whole pipeline). Pinned after reading every hunk
/// of a plain line diff of each pair (Python difflib, numbers with units compared per hunk): every changed number
/// is listed, and nothing else is.
@Suite struct CorpusPairTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The dev statutes, copied into the repository's `corpus/` (or `$NOTICE_CORPUS_DEV`).
    static let corpus = ProcessInfo.processInfo.environment["NOTICE_CORPUS_DEV"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus")

    struct Pair: Sendable, CustomTestStringConvertible {
        var old: String, new: String
        /// `old unit|new unit: change`, in report order.
        var numbers: [String]
        var added: [String]
        var removed: [String] = []
        /// Units in both versions whose written numbers changed.
        var changed: [String]
        var split: [String] = []
        var testDescription: String { "\(old) → \(new)" }
    }

    static let pairs: [Pair] = [
        Pair(old: "cn_fanlongduan_2007", new: "cn_fanlongduan_2022", numbers: [
            "preamble|preamble: 2022年6月24日 added",
            "第四十六条|第五十六条: 五百万元 added",
            "第四十六条|第五十六条: 五十万元 → 三百万元",
            "第四十六条|第五十六条: 一百万元 added",
            "第四十六条|第五十六条: 五十万元 → 三百万元",
            "第四十八条|第五十八条: 五十万元 removed",
            "第四十八条|第五十八条: 百分之十 added",
            "第四十八条|第五十八条: 五百万元 added",
            "第五十二条|第六十二条: 二万元 removed",
            "第五十二条|第六十二条: 二十万元 removed",
            "第五十二条|第六十二条: 十万元 removed",
            "第五十二条|第六十二条: 二十万元 removed",
            "第五十二条|第六十二条: 一百万元 removed",
            "第五十二条|第六十二条: 百分之一 added",
            "第五十二条|第六十二条: 五百万元 added",
            "第五十二条|第六十二条: 二万元 → 五十万元",
            "|第六十三条: 二倍 added",
            "|第六十三条: 五倍 added",
        ], added: ["第五条", "第九条", "第十一条", "第十九条", "第三十二条", "第三十七条", "第四十条", "第五十四条",
                   "第五十五条", "第六十三条", "第六十四条", "第六十七条"],
             changed: ["preamble", "第五十六条", "第五十八条", "第六十二条"],
             split: ["第十三条|第十六条+第十七条"]),
        Pair(old: "tw_gongpingjiaoyi_2015", new: "tw_gongpingjiaoyi_2017", numbers: [
            "preamble|preamble: 一百零六年六月十四日 added",
            "第11條|第11條: 三十日 → 三十工作日",
            "第11條|第11條: 六十日 → 六十工作日",
        ], added: [], changed: ["preamble", "第11條"]),
        Pair(old: "tw_qiangzhi_chexian_2021", new: "tw_qiangzhi_chexian_2022", numbers: [
            "preamble|preamble: 一百十一年六月十五日 added",
            "preamble|preamble: 一百十一年十一月十日 added",
            "preamble|preamble: 一百十一年十一月三十日 added",
            "|第5-1條: 二年 added",
            "第49條|第49條: 七百五十元 added",
            "第49條|第49條: 一千五百元 added",
            "第49條|第49條: 六千元 → 九千元",
            "第49條|第49條: 三萬元 → 三萬二千元",
            "|第51-1條: 六個月 added",
            "第53條|第53條: 一百十一年五月三十日 added",
        ], added: ["第5-1條", "第51-1條"], changed: ["preamble", "第49條", "第53條"]),
    ]

    static func label(_ refs: [UnitRef]) -> String {
        refs.map { $0.number.isEmpty ? $0.style : $0.number.filter { !$0.isWhitespace } }.joined(separator: "+")
    }

    static func report(_ p: Pair) throws -> (DiffReport, DiffInput, DiffInput) {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: root.appendingPathComponent("dictionaries")))
        let a = try pipeline.diffInput(path: corpus.appendingPathComponent(p.old + ".txt").path)
        let b = try pipeline.diffInput(path: corpus.appendingPathComponent(p.new + ".txt").path)
        return (PolicyDiff().diff(old: a, new: b), a, b)
    }

    @Test(arguments: pairs)
    func everyChangedNumberAndNothingElse(_ p: Pair) throws {
        let (r, _, _) = try Self.report(p)
        let numbers = r.units.flatMap { u in u.numbers.map { "\(Self.label(u.old))|\(Self.label(u.new)): \($0.summary)" } }
        #expect(numbers == p.numbers)
        #expect(r.units.filter { $0.change == .added }.map { Self.label($0.new) } == p.added)
        #expect(r.units.filter { $0.change == .removed }.map { Self.label($0.old) } == p.removed)
        #expect(r.units.filter { !$0.numbers.isEmpty && !$0.old.isEmpty && !$0.new.isEmpty }.map { Self.label($0.new) } == p.changed)
        // Any other unit marked changed has a changed item from a real text change (a paragraph added or rewritten).
        for u in r.units where u.change == .changed && u.numbers.isEmpty {
            #expect(!u.items.isEmpty && !u.paragraphs.isEmpty, "\(Self.label(u.new))")
        }
        #expect(r.units.filter { $0.relation != .one }.map { Self.label($0.old) + "|" + Self.label($0.new) } == p.split)
        #expect(r.summary.moved == 0)
    }

    /// Where only wording or numbering changed, no item may change — whatever the extractors find, the same rule
    /// read twice must give the same values. Every item change must touch text that changed: a paragraph added or
    /// removed, or characters inserted or deleted in a rewritten paragraph; a unit whose text is the same (up to its
    /// number) has no item change at all.
    @Test(arguments: pairs)
    func noItemChangeWhereOnlyWordingOrNumberingChanged(_ p: Pair) throws {
        let (r, a, b) = try Self.report(p)
        for u in r.units where !u.old.isEmpty && !u.new.isEmpty {
            let label = "\(Self.label(u.old)) → \(Self.label(u.new))"
            if !u.reworded { #expect(u.items.isEmpty, "\(label): \(u.items.map(\.summary))") }
            var oldChanged: [Span] = [], newChanged: [Span] = []
            for para in u.paragraphs {
                switch para.change {
                case .added, .moved: if let n = para.new { newChanged.append(n) }
                case .removed: if let o = para.old { oldChanged.append(o) }
                case .changed:
                    guard let o = para.old, let n = para.new,
                          let d = CharDiff.diff(Array(a.text.original[o.range]), Array(b.text.original[n.range])) else { continue }
                    oldChanged += d.deleted.map { Span(o.start + $0.lowerBound, o.start + $0.upperBound) }
                    newChanged += d.inserted.map { Span(n.start + $0.lowerBound, n.start + $0.upperBound) }
                }
                if para.change == .moved, let o = para.old { oldChanged.append(o) }
            }
            for c in u.items {
                let touchesOld = c.old.map { s in oldChanged.contains { $0.overlaps(s.span) } } ?? true
                let touchesNew = c.new.map { s in newChanged.contains { $0.overlaps(s.span) } } ?? true
                // A changed value needs changed text on at least one side (a deletion alone can change a value).
                let ok = c.change == .changed ? (touchesOld || touchesNew) : (touchesOld && touchesNew)
                #expect(ok, "\(label): \(c.summary) 「\(c.old?.quote ?? "")」→「\(c.new?.quote ?? "")」")
            }
        }
    }

    @Test func renumberedArticlesPairByContent() throws {
        let (r, _, _) = try Self.report(Self.pairs[0])
        // 审查期限 articles moved from 第二十五、二十六条 to 第三十、三十一条 without a changed number.
        #expect(r.unit(old: "第二十五条")?.new.map(\.number) == ["第三十条"])
        #expect(r.unit(old: "第二十六条")?.new.map(\.number) == ["第三十一条"])
        #expect(r.unit(old: "第二十六条")?.numbers.isEmpty == true)
        #expect(r.unit(old: "第五十七条")?.new.map(\.number) == ["第七十条"])
        #expect(r.summary.renumbered >= 50)
    }

    @Test func renderersShowTheChanges() throws {
        let (r, a, b) = try Self.report(Self.pairs[2])
        let text = DiffTextRenderer().render(r, old: a, new: b)
        // Shown as the threshold change when the extractor read it, else as the number change.
        #expect(text.contains("number 六千元 → 九千元") || text.range(of: #"threshold ge 6000 \w+ → ge 9000 \w+  \(value\)"#, options: .regularExpression) != nil)
        #expect(text.contains("+ 第 5-1 條  added"))
        #expect(text.contains("unchanged: 第 一 章"))
        #expect(!text.contains("第 1 條　為使汽車交通事故"))   // unchanged units stay collapsed
        let html = DiffHTMLRenderer().render(r, old: a, new: b)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        // The changed number is marked on both sides; the changed character inside it struck out / underlined.
        #expect(html.range(of: #"<span class="chg del( item)?" title="[^"]*">六</span>"#, options: .regularExpression) != nil)
        #expect(html.range(of: #"<span class="chg ins( item)?" title="[^"]*">九</span>"#, options: .regularExpression) != nil)
        #expect(html.contains("<span class=\"ins\">及微型電動二輪車</span>"))  // 第 38 條, reworded
        #expect(!html.contains("<script") && !html.contains("http"))
    }

    /// Two 20,000-character statutes (the two long corpus-dev statutes) diff well under a second.
    /// The release-build figure is in the report; this debug-build guard only catches a quadratic blow-up.
    @Test func longStatutesDiffQuickly() throws {
        let pipeline = try Pipeline(options: NoticeOptions(dictionaryDirectory: Self.root.appendingPathComponent("dictionaries")))
        let a = try pipeline.diffInput(path: Self.corpus.appendingPathComponent("tw_yaoshi_2018.txt").path)
        let b = try pipeline.diffInput(path: Self.corpus.appendingPathComponent("tw_yiliao_2023.txt").path)
        #expect(a.text.count > 18_000 && b.text.count > 18_000)
        let clock = ContinuousClock()
        var r: DiffReport?
        let t = clock.measure { r = PolicyDiff().diff(old: a, new: b) }
        #expect(r != nil)
        #expect(t < .seconds(5), "\(t)")
    }
}
