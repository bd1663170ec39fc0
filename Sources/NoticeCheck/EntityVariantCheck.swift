import NoticeModel

/// One named programme written several ways in one document (`血管介入类医用耗材…`, `血管介入类(外周血管介入导引
/// 通路等4种)医用耗材…`, `外周血管介类(…)…`), and the typo among them: a qualifier printed once that becomes a
/// qualifier used elsewhere by inserting one character. Names are the qualifiers before a head phrase from
/// `dictionaries/check/entity_heads.tsv`; two qualifiers name the same thing when they share a parenthetical or
/// agree after the head's generic words are dropped. Info.
public struct EntityVariantCheck: Check {
    public let name = "entity_name_variants"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    struct Candidate { let range: Range<Int>; let surface: String; let head: String; let core: String; let paren: String? }

    public func run(_ input: CheckInput) -> [Finding] {
        var out: [Finding] = []
        for (head, generic) in lexicon.entityHeads {
            out.append(contentsOf: variants(head: head, generic: generic, input))
        }
        return out
    }

    func variants(head: String, generic: [String], _ input: CheckInput) -> [Finding] {
        let s = input.scan
        let stops: Set<Unicode.Scalar> = ["。", "，", ",", "；", ";", "：", ":", "《", "“", "”", "\n", "》", " "]
        var cands: [Candidate] = []
        var lastEnd = 0
        for h in s.occurrences(of: head) {
            var i = h, depth = 0
            while i > lastEnd {
                let c = s.scalars[i - 1]
                if c == ")" || c == "）" { depth += 1 } else if c == "(" || c == "（" { if depth == 0 { break }; depth -= 1 }
                else if depth == 0 && stops.contains(c) { break }
                i -= 1
            }
            lastEnd = h + head.unicodeScalars.count
            var q = s.text(i..<h)
            var start = i
            func drop(_ p: String) { q.removeFirst(p.count); start += p.unicodeScalars.count }
            if let r = q.range(of: "关于", options: .backwards) {
                let n = q[..<r.upperBound].count; q.removeFirst(n); start = h - q.unicodeScalars.count
            }
            if let m = q.prefixMatch(of: /^[0-9]+[\.．、]/) { drop(String(m.output)) }
            var changed = true
            while changed {
                changed = false
                for p in ["和", "及", "与", "本次", "此次", "按照", "参加", "开展", "的"] where q.hasPrefix(p) { drop(p); changed = true }
            }
            guard q.count >= 4 else { continue }
            var paren: String? = nil
            var core = q
            if let o = q.firstIndex(where: { $0 == "(" || $0 == "（" }), let c = q.lastIndex(where: { $0 == ")" || $0 == "）" }), o < c {
                let inner = String(q[q.index(after: o)..<c])
                if inner.count >= 4 { paren = inner }
                core = String(q[..<o]) + String(q[q.index(after: c)...])
            }
            for g in generic { core = core.replacingOccurrences(of: g, with: "") }
            guard core.count >= 2 else { continue }
            cands.append(Candidate(range: start..<(h + head.unicodeScalars.count), surface: q, head: head, core: core, paren: paren))
        }
        // union by shared core or shared parenthetical
        var parent = Array(cands.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
        for i in cands.indices { for j in cands.indices where j > i {
            if cands[i].core == cands[j].core || (cands[i].paren != nil && cands[i].paren == cands[j].paren) { parent[find(j)] = find(i) }
        } }
        var groups: [Int: [Int]] = [:]
        for i in cands.indices { groups[find(i), default: []].append(i) }
        var out: [Finding] = []
        for root in groups.keys.sorted() {
            let members = groups[root]!
            var surfaces: [String] = []
            var firsts: [Candidate] = []
            for m in members where !surfaces.contains(cands[m].surface) { surfaces.append(cands[m].surface); firsts.append(cands[m]) }
            guard surfaces.count >= 2 else { continue }
            let typos = firsts.compactMap { c in typo(c, s).map { (c, $0) } }
            guard !typos.isEmpty || surfaces.count >= 3 else { continue }
            let typoText = typos.map { "'\($0.0.surface.prefix { $0 != "(" && $0 != "（" })' looks like a typo of '\($0.1)'" }
            out.append(Finding(
                check: name, severity: .info,
                message: "One \(head) is named \(surfaces.count) ways: " + surfaces.map { "'\($0)'" }.joined(separator: ", ")
                    + (typoText.isEmpty ? "." : "; " + typoText.joined(separator: "; ") + "."),
                quotes: firsts.map { input.quote($0.range) },
                basis: "internal: same parenthetical or same name after dropping generic words (\(generic.joined(separator: "、"))); typo = printed once, one inserted character gives a name used elsewhere",
                values: ["variants": String(surfaces.count), "typo": typos.map { String($0.0.surface.prefix { $0 != "(" && $0 != "（" }) }.joined(separator: "|"),
                         "finding": "name_variant"]))
        }
        return out
    }

    /// The name part before any parenthetical, if it is printed once and one inserted character turns it into a
    /// string used elsewhere in the text.
    func typo(_ c: Candidate, _ s: TextScan) -> String? {
        let name = Array(String(c.surface.prefix { $0 != "(" && $0 != "（" }).unicodeScalars)
        guard name.count >= 4, s.occurrences(of: String(String.UnicodeScalarView(name))).count == 1 else { return nil }
        for i in 1..<name.count {
            let prefix = String(String.UnicodeScalarView(name[..<i])), suffix = Array(name[i...])
            for o in s.occurrences(of: prefix) {
                let x = o + i
                guard x + 1 + suffix.count <= s.count, s.scalars[x] != name[i] else { continue }
                if Array(s.scalars[(x + 1)..<(x + 1 + suffix.count)]) == suffix, !stopLike(s.scalars[x]) {
                    return s.text(o..<(x + 1 + suffix.count))
                }
            }
        }
        return nil
    }

    func stopLike(_ c: Unicode.Scalar) -> Bool { "。，,；;：:、()（）《》 \n".unicodeScalars.contains(c) }
}
