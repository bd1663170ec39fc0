import NoticeModel
import NoticeText

/// Renders a `DiffReport` for a terminal: one line per changed unit, changed values old → new (coloured when
/// asked), moved units named once, runs of unchanged units collapsed into one line.
public struct DiffTextRenderer: Sendable {
    public var color: Bool
    public var showUnchanged: Bool
    /// Longest excerpt of an added or removed unit.
    public var excerpt = 60

    public init(color: Bool = false, showUnchanged: Bool = false) { self.color = color; self.showUnchanged = showUnchanged }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func old(_ s: String) -> String { paint(s, "31") }
    func new(_ s: String) -> String { paint(s, "32") }
    func bold(_ s: String) -> String { paint(s, "1") }
    func dim(_ s: String) -> String { paint(s, "2") }

    public func render(_ r: DiffReport, old a: DiffInput, new b: DiffInput) -> String {
        var lines: [String] = []
        lines.append(bold("notice diff  \(r.old.path) → \(r.new.path)"))
        let s = r.summary
        lines.append("units: \(s.unchanged) unchanged · \(s.reworded) reworded · \(s.changed) changed · \(s.added) added · "
                     + "\(s.removed) removed · \(s.moved) moved · \(s.renumbered) renumbered"
                     + (s.split + s.merged > 0 ? " · \(s.split) split · \(s.merged) merged" : ""))
        lines.append("changes: \(s.itemChanges) items · \(s.numberChanges) numbers · \(s.paragraphMoves) paragraph moves")
        for m in r.meta {
            lines.append("meta \(m.field): \(old(m.old ?? "—")) → \(new(m.new ?? "—"))")
        }
        lines.append("")
        var run: [UnitDiff] = []
        func flush() {
            guard !run.isEmpty else { return }
            let first = label(run.first!), last = label(run.last!)
            let range = run.count == 1 ? first : "\(first) … \(last)"
            let renum = run.filter(\.renumbered).count
            lines.append(dim("  … \(run.count) unchanged: \(range)" + (renum > 0 ? " (\(renum) renumbered)" : "")))
            run.removeAll()
        }
        for u in r.units {
            if u.change == .unchanged && !showUnchanged { run.append(u); continue }
            flush()
            lines.append(contentsOf: unitLines(u, a, b))
        }
        flush()
        return lines.joined(separator: "\n") + "\n"
    }

    func numbers(_ refs: [UnitRef]) -> String {
        refs.map { $0.number.isEmpty ? ($0.style == "preamble" ? "(preamble)" : "(paragraph)") : $0.number }
            .joined(separator: "+")
    }

    func label(_ u: UnitDiff) -> String {
        let o = numbers(u.old), n = numbers(u.new)
        if u.old.isEmpty { return n }
        if u.new.isEmpty { return o }
        return o == n ? o : "\(o) → \(n)"
    }

    func unitLines(_ u: UnitDiff, _ a: DiffInput, _ b: DiffInput) -> [String] {
        var out: [String] = []
        let mark: String
        switch u.change {
        case .added: mark = new("+")
        case .removed: mark = old("-")
        case .changed: mark = bold("~")
        case .moved: mark = ">"
        default: mark = " "
        }
        var head = "\(mark) \(bold(label(u)))  \(u.change.rawValue)"
        if u.moved && u.change != .moved { head += ", moved" }
        if u.relation != .one { head += ", \(u.relation.rawValue)" }
        out.append(head)
        if u.change == .added || u.change == .removed {
            let side = u.change == .added ? b : a
            let span = (u.change == .added ? u.new : u.old)[0].span
            out.append("    「" + snippet(side.text, span) + "」")
        }
        for c in u.items {
            switch c.change {
            case .changed:
                // `deadline le 30 day → le 30 workday  (unit)  「三十日內」→「三十工作日內」`
                let fields = c.fields.map(\.field).joined(separator: ", ")
                out.append("    \(c.kind.rawValue) \(old(c.old!.value)) → \(new(c.new!.value))  (\(fields))  "
                           + "「\(c.old!.quote)」→「\(c.new!.quote)」 [\(c.old!.span.start)–\(c.old!.span.end) → \(c.new!.span.start)–\(c.new!.span.end)]")
            case .added: out.append("    \(new("+ \(c.kind.rawValue) \(c.new!.value)"))  「\(c.new!.quote)」")
            case .removed: out.append("    \(old("- \(c.kind.rawValue) \(c.old!.value)"))  「\(c.old!.quote)」")
            case .moved: out.append(dim("    \(c.summary)"))
            }
        }
        for c in u.numbers {
            // A number already shown by an item change with the same values is not repeated.
            if u.items.contains(where: { $0.explains(c) }) { continue }
            switch c.change {
            case .changed:
                out.append("    number \(old(c.old!.quote)) → \(new(c.new!.quote))   「\(context(a.text, c.old!.span))」 → 「\(context(b.text, c.new!.span))」")
            case .added: out.append("    number \(new("+ " + c.new!.quote))   「\(context(b.text, c.new!.span))」")
            case .removed: out.append("    number \(old("- " + c.old!.quote))   「\(context(a.text, c.old!.span))」")
            case .moved: out.append(dim("    number \(c.summary)"))
            }
        }
        for p in u.paragraphs {
            let q = String(p.quote.prefix(excerpt)) + (p.quote.count > excerpt ? "…" : "")
            switch p.change {
            case .moved: out.append(dim("    paragraph moved \(p.oldUnit ?? "") → \(p.newUnit ?? ""): 「\(q)」"))
            case .added: out.append("    paragraph \(new("+")) 「\(q)」")
            case .removed: out.append("    paragraph \(old("-")) 「\(q)」")
            case .changed: break
            }
        }
        return out
    }

    func snippet(_ t: SourceText, _ span: Span) -> String {
        let q = t.quote(span.range).split(whereSeparator: \.isNewline).joined(separator: " ")
        return q.count > excerpt ? String(q.prefix(excerpt)) + "…" : q
    }

    /// A few characters around a span, on one line.
    func context(_ t: SourceText, _ span: Span) -> String {
        var a = span.start, b = span.end
        var k = 0
        while a > 0, k < 8, t.original[a - 1] != "\n" { a -= 1; k += 1 }
        k = 0
        while b < t.count, k < 6, t.original[b] != "\n" { b += 1; k += 1 }
        return t.quote(a..<b)
    }
}
