import NoticeModel
import NoticeText

/// Clauses that bind an actor. A modal word (`dictionaries/extract/modals.tsv`) makes a clause binding; the actor is
/// the phrase before it in the clause (a known actor noun when the head is long), inherited from the previous
/// obligation when elided; the action is the text after it to the end of the clause group (`；`/`。`).
struct ObligationExtractor: Sendable {
    let lexicon: ExtractLexicon
    let phrases: PhraseFinder

    init(lexicon: ExtractLexicon) {
        self.lexicon = lexicon
        self.phrases = PhraseFinder(lexicon: lexicon)
    }

    func extract(_ text: SourceText, in range: Range<Int>, excluded: [Range<Int>]) -> [RawObligation] {
        let s = text.folded
        let tb = TextBounds(s: s)
        let traditional = text.script != .simplified
        var out: [RawObligation] = []
        var lastActor: String? = nil
        var lastSentence = -1
        var i = range.lowerBound
        while i < range.upperBound {
            guard let m = lexicon.modals.longest(in: s, at: i) else { i += 1; continue }
            let w = m.word
            if m.payload.traditionalOnly && !traditional { i += 1; continue }
            if excluded.contains(where: { $0.contains(i) }) { i += 1; continue }
            if lexicon.nonModals.covers(s, i) { i += 1; continue }
            if w.count == 1 {
                let c = w[0]
                if !(s.at(i + 1).map(CharClass.isHan) ?? false) { i += 1; continue }
                // 可/得 alone are modal only after a party, an adverb or a clause break (`企业可`, `均可`, `，可`),
                // not inside words (`可替代药品`, `取得`).
                if c == "可" || c == "得", let p = s.at(i - 1), CharClass.isHan(p), !Self.isModalLeadIn(p) {
                    i += 1; continue
                }
            }
            let modalEnd = i + w.count
            // 得禁止 / 不得禁止: a modal right after another modal is the verb it governs.
            if i > 0, let prev = lexicon.modals.longest(in: s, endingAt: i), !(prev.payload.traditionalOnly && !traditional),
               !lexicon.nonModals.covers(s, i - 1) {
                i = modalEnd; continue
            }
            // 应当回避而不回避 / 依法应当公开招标而采用邀请招标: the duty is cited to describe its breach.
            let clauseTail = modalEnd..<tb.clauseEnd(modalEnd, ceiling: range.upperBound)
            if clauseTail.contains(where: { s[$0] == "而" && ($0 + 1 < s.count) && (s[$0 + 1] == "不" || s[$0 + 1] == "未" || s.matches("采用".scalars, at: $0 + 1)) }) {
                i = modalEnd; continue
            }
            // A modal inside a noun phrase (`依法必须进行招标的项目`, `禁止的垄断行为`, `應檢附之資料`) binds no one:
            // an attributive 的/之 soon after it, followed by the head noun.
            if !m.payload.softened, isAttributive(s, from: modalEnd, head: tb.clauseStart(i, floor: range.lowerBound)..<i) {
                i = modalEnd; continue
            }
            // 鼓励/支持 in a purpose clause (`为了…鼓励创新…，制定本法`) state aims, not duties.
            if m.payload.modality == .encouraged, !m.payload.softened, startsWithPurpose(s, tb.sentenceStart(i, floor: range.lowerBound)) {
                i = modalEnd; continue
            }
            let sentStart = tb.sentenceStart(i, floor: range.lowerBound)
            let clauseStart = tb.clauseStart(i, floor: sentStart)
            var end = tb.sentenceEnd(modalEnd, ceiling: range.upperBound)
            // Another modal later in the same sentence starts its own obligation at its clause.
            var k = modalEnd
            while k < end {
                if s[k] == "，" || s[k] == ",", let next = nextModal(s, from: k + 1, to: end, traditional: traditional), next > k {
                    end = k; break
                }
                k += 1
            }
            var actorRange: Range<Int>? = nil
            if clauseStart < i {
                let head = tb.trimmed(clauseStart..<i)
                if !head.isEmpty {
                    if head.count <= 16, let p = phrases.phrase(in: s, endingAt: head.upperBound, floor: head.lowerBound, maxLength: 16) {
                        actorRange = p
                    } else {
                        actorRange = lastKnownActor(s, in: head)
                    }
                }
            }
            if let r = actorRange, lexicon.nonActors.longest(in: s, endingAt: r.upperBound) != nil,
               lexicon.actors.longest(in: s, endingAt: r.upperBound) == nil {
                actorRange = nil
            }
            var actor = actorRange.map { SourceText.string(s[$0]) }
            if let a = actor, Self.isAdverbial(a) { actor = nil; actorRange = nil }
            // 鼓励医疗机构优先使用…: the party encouraged is the object of 鼓励/支持.
            if actor == nil, m.payload.modality == .encouraged, !m.payload.softened,
               let obj = lexicon.actors.longest(in: s, at: modalEnd) {
                actor = SourceText.string(obj.word)
            }
            if actor == nil, sentStart == lastSentence || clauseStart > sentStart { actor = lastActor }
            if actor == nil { actor = lastActor }
            actor = actor.map(Self.withoutQuantifier)
            let start = actorRange?.lowerBound ?? i
            let actionRange = tb.trimmed(modalEnd..<end)
            let action = SourceText.string(s[actionRange])
            if !action.isEmpty {
                out.append(RawObligation(range: start..<max(end, modalEnd), actor: actor, modality: m.payload.modality,
                                         marker: w.isEmpty ? "" : SourceText.string(w), softened: m.payload.softened,
                                         action: action, rule: "modal:" + SourceText.string(w)))
                if actorRange != nil { lastActor = actor }
                lastSentence = sentStart
            }
            i = modalEnd
        }
        return out
    }

    private func nextModal(_ s: [Unicode.Scalar], from: Int, to: Int, traditional: Bool) -> Int? {
        var i = from
        while i < to {
            if let m = lexicon.modals.longest(in: s, at: i), !(m.payload.traditionalOnly && !traditional), m.word.count > 1,
               !lexicon.nonModals.covers(s, i),
               !isAttributive(s, from: i + m.word.count, head: TextBounds(s: s).clauseStart(i, floor: from)..<i) { return i }
            i += 1
        }
        return nil
    }

    /// Characters after which a lone 可/得 is a modal: ends of party nouns and adverbs.
    static func isModalLeadIn(_ c: Unicode.Scalar) -> Bool {
        "者构门业位人关局委院府会商司方户员师所部厅也亦则还并均即仍时的等况要皆都不地家".unicodeScalars.contains(c)
    }

    /// Verbs and adverbs that, right before a modal, put it inside a noun phrase (`依法必须进行招标的项目`,
    /// `从事本法禁止的垄断行为`, `作出禁止经营者集中的决定`).
    static let attributiveHeads: [[Unicode.Scalar]] = ["依法", "从事", "作出", "参加", "属于", "编制", "发布", "不予", "认为", "是否", "予以"].map(\.scalars)

    private func isAttributive(_ s: [Unicode.Scalar], from i: Int, head: Range<Int>) -> Bool {
        var j = i
        while j < i + 8, let c = s.at(j), !CharClass.endsClause(c) {
            if c == "的" || c == "之" {
                guard let n = s.at(j + 1), CharClass.isHan(n) else { return false }
                // 之日起 / 之前 / 的时候 start an adverbial, not a noun head.
                if c == "之", n == "日" || n == "前" || n == "后" || n == "内" { return false }
                // `依法必须进行招标的项目`, `从事本法禁止的垄断行为`: a head that cannot be a party.
                let h = TextBounds(s: s).trimmed(head)
                if Self.attributiveHeads.contains(where: { w in h.contains { s.matches(w, at: $0) } }) { return true }
                // `招标代理机构不得在所代理的项目中投标`: a party before the modal binds it, whatever 的 follows.
                if !h.isEmpty, lexicon.actors.longest(in: s, endingAt: h.upperBound) != nil { return false }
                // `必须进行招标的项目`, `农民工应当获得的劳动报酬`: a short verb phrase and 的 right after the modal.
                return j - i <= (h.isEmpty ? 4 : 2)
            }
            j += 1
        }
        return false
    }

    private func startsWithPurpose(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        var k = start
        while let c = s.at(k), CharClass.isSpace(c) { k += 1 }
        // Skip an article label (`第一条　为了…`).
        if s.at(k) == "第", let e = (k + 1..<min(k + 10, s.count)).first(where: { s[$0] == "条" }) {
            k = e + 1
            while let c = s.at(k), CharClass.isSpace(c) { k += 1 }
        }
        return s.at(k) == "为" && (s.at(k + 1) == "了" || s.at(k + 1).map(CharClass.isHan) == true)
    }

    /// The last known actor noun in a long clause head.
    private func lastKnownActor(_ s: [Unicode.Scalar], in head: Range<Int>) -> Range<Int>? {
        var j = head.upperBound
        while j > head.lowerBound {
            if let a = lexicon.actors.longest(in: s, endingAt: j), j - a.word.count >= head.lowerBound {
                return (j - a.word.count)..<j
            }
            j -= 1
        }
        return nil
    }

    /// `各级医疗保障部门` / `各医疗机构` name the same party as `医疗保障部门` / `医疗机构` (the contract's normal form).
    static func withoutQuantifier(_ a: String) -> String {
        for q in ["各级", "各"] where a.hasPrefix(q) && a.count >= q.count + 2 { return String(a.dropFirst(q.count)) }
        return a
    }

    /// Heads that are adverbs or conditions, not parties (`原则上`, `必要时`, `同时`).
    static func isAdverbial(_ a: String) -> Bool {
        let adverbial = ["原则上", "必要时", "同时", "仍", "但", "则", "最长", "最多", "最高", "最低", "其中", "此外", "另外", "确需", "如需", "凡", "均", "一律", "及时", "按规定", "也", "还", "并"]
        if adverbial.contains(a) { return true }
        if a.hasSuffix("时") || a.hasSuffix("的") || a.hasSuffix("后") || a.hasSuffix("前") { return true }
        return false
    }
}
