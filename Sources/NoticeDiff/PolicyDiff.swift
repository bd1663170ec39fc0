import NoticeModel
import NoticeText

/// What changed between two versions of a policy, rule by rule.
///
/// Units (articles, headings, top-level sections or paragraphs) are aligned by content with numerals masked, so
/// an inserted article that renumbers every later one, a split, a merge or a move still pairs the right texts.
/// Within each aligned unit the extracted items are paired and compared value by value, and the numbers written
/// in the text are compared too (so a changed amount shows even where no item was extracted).
public struct PolicyDiff: Sendable {
    public init() {}

    public func diff(old: DiffInput, new: DiffInput) -> DiffReport {
        let builder = UnitBuilder()
        let oldUnits = builder.units(old), newUnits = builder.units(new)
        let pairs = UnitAligner().align(old: oldUnits, new: newUnits)
        let oldItems = DiffItem.all(old.document), newItems = DiffItem.all(new.document)
        let scanner = NumberScanner()

        var oldPair = [Int?](repeating: nil, count: oldUnits.count)
        var newPair = [Int?](repeating: nil, count: newUnits.count)
        for (p, pair) in pairs.enumerated() {
            for i in pair.old { oldPair[i] = p }
            for j in pair.new { newPair[j] = p }
        }

        // Output order: new order, with removed units after their old predecessor.
        enum Slot { case pair(Int), removed(Int), added(Int) }
        var slots: [Slot] = []
        var emittedOld = Set<Int>()
        func flushRemoved(upTo limit: Int) {
            for i in 0..<limit where oldPair[i] == nil && !emittedOld.contains(i) {
                emittedOld.insert(i); slots.append(.removed(i))
            }
        }
        var emittedPairs = Set<Int>()
        for j in newUnits.indices {
            if let p = newPair[j] {
                guard !emittedPairs.contains(p) else { continue }
                emittedPairs.insert(p)
                if !pairs[p].moved { flushRemoved(upTo: pairs[p].old.min()!) }
                slots.append(.pair(p))
            } else {
                slots.append(.added(j))
            }
        }
        flushRemoved(upTo: oldUnits.count)

        let itemDiffer = ItemDiffer(), numberDiffer = NumberDiffer()
        var units: [UnitDiff] = []
        var paraPool = ParagraphPool()
        for slot in slots {
            let o: [DiffUnit], n: [DiffUnit], pair: UnitAligner.Pair?
            switch slot {
            case .pair(let p): pair = pairs[p]; o = pairs[p].old.map { oldUnits[$0] }; n = pairs[p].new.map { newUnits[$0] }
            case .removed(let i): pair = nil; o = [oldUnits[i]]; n = []
            case .added(let j): pair = nil; o = []; n = [newUnits[j]]
            }
            let oRanges = o.map(\.span), nRanges = n.map(\.span)
            let items = itemDiffer.diff(old: ItemDiffer.locate(oldItems, in: oRanges, text: old.text),
                                        new: ItemDiffer.locate(newItems, in: nRanges, text: new.text))
            let oTokens = o.flatMap { u in NumberDiffer.locate(scanner.scan(old.text, in: u.bodyStart..<u.span.upperBound),
                                                                in: u.span, text: old.text) }
            let nTokens = n.flatMap { u in NumberDiffer.locate(scanner.scan(new.text, in: u.bodyStart..<u.span.upperBound),
                                                                in: u.span, text: new.text) }
            let numbers = numberDiffer.diff(old: oTokens, new: nTokens)
            let unitIndex = units.count
            let paragraphs = paraPool.diff(unit: unitIndex, old: o, new: n, oldText: old.text, newText: new.text)
            let oldRefs = o.map { $0.ref }, newRefs = n.map { $0.ref }
            // A split or merge is a rewording even when not one character changed.
            let reworded = !o.isEmpty && !n.isEmpty
                && (o.count != n.count || o.flatMap(\.plain.scalars) != n.flatMap(\.plain.scalars))
            let renumbered = !o.isEmpty && !n.isEmpty && zip(o, n).contains { !Self.sameNumber($0, $1) }
            let relation: UnitRelation = o.count > 1 ? .merge : n.count > 1 ? .split : .one
            units.append(UnitDiff(id: "u\(unitIndex + 1)", change: .unchanged, relation: relation, old: oldRefs, new: newRefs,
                                  moved: pair?.moved ?? false, renumbered: renumbered, reworded: reworded,
                                  similarity: pair.map { Self.round($0.similarity) } ?? 0,
                                  items: items, numbers: numbers, paragraphs: paragraphs))
        }
        paraPool.resolveMoves(into: &units, oldText: old.text, newText: new.text)
        Self.resolveMoves(&units)
        for k in units.indices { units[k].change = Self.status(units[k]) }
        return DiffReport(old: old.document.source, new: new.document.source, summary: Self.summary(units),
                          meta: MetadataDiffer().diff(old.document.doc, new.document.doc), units: units)
    }

    static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    static func sameNumber(_ a: DiffUnit, _ b: DiffUnit) -> Bool {
        if let x = a.ordinal, let y = b.ordinal { return x == y && a.style == b.style }
        return a.number.filter { !$0.isWhitespace } == b.number.filter { !$0.isWhitespace }
    }

    static func status(_ u: UnitDiff) -> UnitChange {
        if u.old.isEmpty { return .added }
        if u.new.isEmpty { return .removed }
        if u.items.contains(where: { $0.change != .moved }) || u.numbers.contains(where: { $0.change != .moved }) {
            return .changed
        }
        if u.moved { return .moved }
        if u.reworded || !u.paragraphs.isEmpty { return .reworded }
        return .unchanged
    }

    /// Items and numbers removed from one unit and added, with the same value and similar text, to another
    /// (a moved paragraph) are moves, not changes.
    static func resolveMoves(_ units: inout [UnitDiff]) {
        // Items.
        var removed: [(Int, Int)] = [], added: [(Int, Int)] = []
        for (u, unit) in units.enumerated() {
            for (k, c) in unit.items.enumerated() {
                if c.change == .removed { removed.append((u, k)) } else if c.change == .added { added.append((u, k)) }
            }
        }
        var dropItems = Set<[Int]>()
        var usedAdded = Set<[Int]>()
        for (ru, rk) in removed {
            let r = units[ru].items[rk]
            guard let (au, ak) = added.first(where: { a in
                let x = units[a.0].items[a.1]
                guard a.0 != ru, !usedAdded.contains([a.0, a.1]), x.kind == r.kind, x.new?.value == r.old?.value,
                      let ns = x.new?.span, let os = r.old?.span else { return false }
                // Only items whose paragraph moved (the paragraph pool marks those) move.
                return units[a.0].paragraphs.contains { $0.change == .moved && $0.new.map { $0.contains(ns) } == true
                    && $0.old.map { $0.contains(os) } == true }
            }) else { continue }
            usedAdded.insert([au, ak]); dropItems.insert([ru, rk])
            let x = units[au].items[ak]
            units[au].items[ak] = ItemChange(kind: r.kind, change: .moved, old: r.old, new: x.new, fields: [],
                                             summary: "\(r.kind.rawValue) \(x.new!.value) moved from \(units[ru].old.first?.number ?? "")")
        }
        for u in units.indices {
            units[u].items = units[u].items.enumerated().filter { !dropItems.contains([u, $0.offset]) }.map(\.element)
        }
        // Numbers.
        var nRemoved: [(Int, Int)] = [], nAdded: [(Int, Int)] = []
        for (u, unit) in units.enumerated() {
            for (k, c) in unit.numbers.enumerated() {
                if c.change == .removed { nRemoved.append((u, k)) } else if c.change == .added { nAdded.append((u, k)) }
            }
        }
        var dropNumbers = Set<[Int]>()
        var usedN = Set<[Int]>()
        for (ru, rk) in nRemoved {
            let r = units[ru].numbers[rk].old!
            // Only numbers whose paragraph moved (the paragraph pool marks those) move.
            guard let (au, ak) = nAdded.first(where: { a in
                let x = units[a.0].numbers[a.1].new!
                return a.0 != ru && !usedN.contains([a.0, a.1]) && x.value == r.value && x.kind == r.kind && x.unit == r.unit
                    && units[a.0].paragraphs.contains { $0.change == .moved && $0.new.map { $0.contains(x.span) } == true
                        && $0.old.map { $0.contains(r.span) } == true }
            }) else { continue }
            usedN.insert([au, ak]); dropNumbers.insert([ru, rk])
            let x = units[au].numbers[ak].new!
            units[au].numbers[ak] = NumberChange(change: .moved, old: r, new: x,
                                                 summary: "\(x.quote) moved from \(units[ru].old.first?.number ?? "")")
        }
        for u in units.indices {
            units[u].numbers = units[u].numbers.enumerated().filter { !dropNumbers.contains([u, $0.offset]) }.map(\.element)
        }
    }

    static func summary(_ units: [UnitDiff]) -> DiffSummary {
        var s = DiffSummary()
        for u in units {
            switch u.change {
            case .unchanged: s.unchanged += 1
            case .reworded: s.reworded += 1
            case .changed: s.changed += 1
            case .added: s.added += 1
            case .removed: s.removed += 1
            case .moved: s.moved += 1
            }
            if u.renumbered { s.renumbered += 1 }
            if u.relation == .split { s.split += 1 }
            if u.relation == .merge { s.merged += 1 }
            s.itemChanges += u.items.filter { $0.change != .moved }.count
            s.numberChanges += u.numbers.filter { $0.change != .moved }.count
            // A move is listed in both units it touches; count it where it arrives.
            s.paragraphMoves += u.paragraphs.filter { p in
                p.change == .moved && u.new.contains { r in p.new.map { r.span.contains($0) } ?? false }
            }.count
        }
        return s
    }
}

extension DiffUnit {
    var ref: UnitRef {
        UnitRef(number: number, ordinal: ordinal, style: style.rawValue, section: section, span: Span(span))
    }
}
