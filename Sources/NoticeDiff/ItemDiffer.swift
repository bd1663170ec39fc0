import NoticeModel
import NoticeText

/// Pairs the items of one aligned unit (all old sides against all new sides) and reports what changed:
/// same values pair first (wording or numbering changes are not item changes), then same role
/// (metric/anchor/subject/action), then similar surrounding text; the rest are added or removed.
struct ItemDiffer: Sendable {
    struct Located: Sendable {
        var item: DiffItem
        /// The clause before the item, numerals masked: tells which rule an item is when values changed.
        var context: ComparisonText
        /// The dozen characters before the item, for ties between equal clauses.
        var wide: ComparisonText
        /// Position in its unit, 0…1, for the last ties.
        var position: Double
    }

    var minContextSimilarity = 0.35
    var minPairScore = 0.4

    static func locate(_ items: [DiffItem], in ranges: [Range<Int>], text: SourceText) -> [Located] {
        items.filter { item in ranges.contains { $0.contains(item.span.start) } && item.span.end <= text.count }
            .sorted { $0.span < $1.span }
            .map { item in
                let range = ranges.first { $0.contains(item.span.start) }!
                var item = item
                let actor = item.value("actor")
                if !actor.isEmpty { item.actorStated = text.normalized(item.span.range).contains(actor) }
                let wide = ComparisonText(text, ranges: [max(range.lowerBound, item.span.start - 12)..<item.span.start], mask: true)
                let position = Double(item.span.start - range.lowerBound) / Double(max(1, range.count))
                return Located(item: item, context: NumberDiffer.context(item.span, in: range, text: text), wide: wide,
                               position: position)
            }
    }

    func diff(old: [Located], new: [Located]) -> [ItemChange] {
        var out: [ItemChange] = []
        for kind in ItemKind.allCases {
            let o = old.filter { $0.item.kind == kind }, n = new.filter { $0.item.kind == kind }
            out.append(contentsOf: diffKind(old: o, new: n))
        }
        return out.sorted { ($0.new?.span ?? $0.old!.span) < ($1.new?.span ?? $1.old!.span) }
    }

    static func bound(_ item: DiffItem) -> Substring? { item.kind == .threshold ? item.role.split(separator: "|", omittingEmptySubsequences: false).last : nil }

    private func diffKind(old: [Located], new: [Located]) -> [ItemChange] {
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var out: [ItemChange] = []
        // 1. Same values (in order): unchanged, whatever the wording — first where the role or clause agrees too.
        for (i, a) in old.enumerated() {
            if let j = new.indices.first(where: { !usedNew.contains($0) && Self.fields(a.item, new[$0].item).isEmpty
                && (new[$0].item.role == a.item.role || new[$0].context.similarity(a.context) >= minContextSimilarity) }) {
                usedOld.insert(i); usedNew.insert(j)
            }
        }
        for (i, a) in old.enumerated() where !usedOld.contains(i) {
            if let j = new.indices.first(where: { !usedNew.contains($0) && Self.fields(a.item, new[$0].item).isEmpty }) {
                usedOld.insert(i); usedNew.insert(j)
            }
        }
        // 2. Changed values: the same clause (what the item is of), the same role (metric/anchor/subject/action),
        //    then nearby text and position; best first.
        var cands: [(Double, Int, Int)] = []
        for (i, a) in old.enumerated() where !usedOld.contains(i) {
            for (j, b) in new.enumerated() where !usedNew.contains(j) {
                if Self.bound(a.item) != Self.bound(b.item) { continue }
                let sameRole = !a.item.role.isEmpty && a.item.role == b.item.role && !a.item.role.hasPrefix("||")
                let score = a.context.similarity(b.context) + (sameRole ? 0.3 : 0) + 0.1 * a.wide.similarity(b.wide)
                    + 0.05 * (1 - abs(a.position - b.position))
                if score >= minPairScore { cands.append((score, i, j)) }
            }
        }
        cands.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        for (_, i, j) in cands where !usedOld.contains(i) && !usedNew.contains(j) {
            usedOld.insert(i); usedNew.insert(j)
            if let c = changed(old[i].item, new[j].item) { out.append(c) }
        }
        for (i, a) in old.enumerated() where !usedOld.contains(i) {
            out.append(ItemChange(kind: a.item.kind, change: .removed, old: a.item.ref, new: nil, fields: [],
                                  summary: "\(a.item.kind.rawValue) \(a.item.display) removed"))
        }
        for (j, b) in new.enumerated() where !usedNew.contains(j) {
            out.append(ItemChange(kind: b.item.kind, change: .added, old: nil, new: b.item.ref, fields: [],
                                  summary: "\(b.item.kind.rawValue) \(b.item.display) added"))
        }
        return out
    }

    /// Fields whose values differ. An actor counts only when written in both items' own words, and compares
    /// with numerals masked (an article number is never an actor change).
    static func fields(_ a: DiffItem, _ b: DiffItem) -> [FieldChange] {
        var fields: [FieldChange] = []
        for (name, value) in a.fields where b.value(name) != value {
            if name == "actor" && (!(a.actorStated && b.actorStated) || masked(value) == masked(b.value(name))) { continue }
            fields.append(FieldChange(field: name, old: value.isEmpty ? nil : value, new: b.value(name).isEmpty ? nil : b.value(name)))
        }
        return fields
    }

    static func masked(_ s: String) -> String {
        var out = String.UnicodeScalarView(), last = false
        for c in s.unicodeScalars {
            if ChineseNumeral.isNumeralScalar(c) { if !last { out.append("#") }; last = true } else { out.append(c); last = false }
        }
        return String(out)
    }

    func changed(_ a: DiffItem, _ b: DiffItem) -> ItemChange? {
        let fields = Self.fields(a, b)
        guard !fields.isEmpty else { return nil }
        let summary: String
        if fields.count == 1, ["modality", "actor"].contains(fields[0].field) {
            summary = "\(fields[0].field) \(fields[0].old ?? "—") → \(fields[0].new ?? "—")"
        } else {
            summary = "\(a.kind.rawValue) \(a.display) → \(b.display)"
        }
        return ItemChange(kind: a.kind, change: .changed, old: a.ref, new: b.ref, fields: fields, summary: summary)
    }
}

/// Compares the numbers written in an aligned unit: equal numbers (value, kind and unit) cancel out; the rest pair
/// by unit and surrounding text into changes (`五十万元 → 三百万元`), or stand alone as added or removed.
struct NumberDiffer: Sendable {
    struct Located: Sendable {
        var token: NumberToken
        var ref: NumberRef
        var context: ComparisonText
        /// The dozen characters before the number, for ties between equal clauses.
        var wide: ComparisonText
        /// Position in the unit, 0…1, for the last ties.
        var position: Double
    }

    static func locate(_ tokens: [NumberToken], in range: Range<Int>, text: SourceText) -> [Located] {
        tokens.map { t in
            let ref = NumberRef(quote: text.quote(t.span.range), span: t.span, value: t.value, kind: t.kind.rawValue,
                                unit: t.unit, date: t.date)
            let wide = ComparisonText(text, ranges: [max(range.lowerBound, t.span.start - 12)..<t.span.start], mask: true)
            let position = Double(t.span.start - range.lowerBound) / Double(max(1, range.count))
            return Located(token: t, ref: ref, context: context(t.span, in: range, text: text), wide: wide, position: position)
        }
    }

    /// The clause before the number (`对个人可以处` in `…，对个人可以处二万元以下的罚款`): what the number is
    /// of. When the number opens its clause, the dozen characters before it.
    static func context(_ span: Span, in range: Range<Int>, text: SourceText) -> ComparisonText {
        let wide = max(range.lowerBound, span.start - 12)
        var start = span.start
        while start > max(range.lowerBound, span.start - 16), !clauseBreak(text.folded[start - 1]) { start -= 1 }
        if span.start - start < 2 { start = wide }
        return ComparisonText(text, ranges: [start..<span.start], mask: true)
    }

    static func clauseBreak(_ c: Unicode.Scalar) -> Bool {
        "，；。：\n,;:、".unicodeScalars.contains(c)
    }

    func diff(old: [Located], new: [Located]) -> [NumberChange] {
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        for (i, a) in old.enumerated() {
            if let j = new.indices.first(where: { !usedNew.contains($0) && new[$0].token.key == a.token.key }) {
                usedOld.insert(i); usedNew.insert(j)
            }
        }
        var out: [NumberChange] = []
        var cands: [(Double, Int, Int)] = []
        for (i, a) in old.enumerated() where !usedOld.contains(i) {
            for (j, b) in new.enumerated() where !usedNew.contains(j) {
                let sameKind = a.token.kind == b.token.kind
                let sameUnit = a.token.unit == b.token.unit
                let s = a.context.similarity(b.context)
                guard sameKind, sameUnit || s >= 0.5 else { continue }
                let tie = 0.1 * a.wide.similarity(b.wide) + 0.05 * (1 - abs(a.position - b.position))
                cands.append((s + (sameUnit ? 0.2 : 0) + tie, i, j))
            }
        }
        cands.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        for (s, i, j) in cands where s >= 0.4 && !usedOld.contains(i) && !usedNew.contains(j) {
            usedOld.insert(i); usedNew.insert(j)
            out.append(NumberChange(change: .changed, old: old[i].ref, new: new[j].ref,
                                    summary: "\(old[i].ref.quote) → \(new[j].ref.quote)"))
        }
        for (i, a) in old.enumerated() where !usedOld.contains(i) {
            out.append(NumberChange(change: .removed, old: a.ref, new: nil, summary: "\(a.ref.quote) removed"))
        }
        for (j, b) in new.enumerated() where !usedNew.contains(j) {
            out.append(NumberChange(change: .added, old: nil, new: b.ref, summary: "\(b.ref.quote) added"))
        }
        return out.sorted { ($0.new?.span ?? $0.old!.span) < ($1.new?.span ?? $1.old!.span) }
    }
}
