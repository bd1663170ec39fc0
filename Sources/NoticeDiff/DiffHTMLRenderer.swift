import NoticeModel
import NoticeText

/// Renders a `DiffReport` as one self-contained HTML page: old and new side by side, one row per aligned unit,
/// changed items and numbers highlighted in both texts, added/removed/moved paragraphs marked, runs of
/// unchanged units folded into a `<details>` row.
public struct DiffHTMLRenderer: Sendable {
    public init() {}

    struct Mark { var range: Range<Int>; var cls: String; var title: String? }

    public func render(_ r: DiffReport, old a: DiffInput, new b: DiffInput) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n"
        h += "<title>notice diff: \(esc(r.old.path)) → \(esc(r.new.path))</title>\n<style>\(css)</style></head><body>\n"
        h += "<header><h1>notice diff</h1><p class=\"files\"><span class=\"o\">\(esc(r.old.path))</span> → "
        h += "<span class=\"n\">\(esc(r.new.path))</span></p>\n"
        let s = r.summary
        h += "<p class=\"summary\">"
        let counts: [(String, Int)] = [("changed", s.changed), ("added", s.added), ("removed", s.removed), ("moved", s.moved),
                                       ("reworded", s.reworded), ("unchanged", s.unchanged), ("renumbered", s.renumbered),
                                       ("split", s.split), ("merged", s.merged)]
        h += counts.filter { $0.1 > 0 || ["changed", "added", "removed"].contains($0.0) }
            .map { "<span class=\"badge \($0.0)\">\($0.1) \($0.0)</span>" }.joined(separator: " ")
        h += " · \(s.itemChanges) item changes · \(s.numberChanges) number changes · \(s.paragraphMoves) paragraph moves</p>\n"
        if !r.meta.isEmpty {
            h += "<table class=\"meta\"><tr><th>metadata</th><th>old</th><th>new</th></tr>\n"
            for m in r.meta {
                h += "<tr><td>\(esc(m.field))</td><td class=\"o\">\(esc(m.old ?? "—"))</td><td class=\"n\">\(esc(m.new ?? "—"))</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "</header>\n<table class=\"diff\"><colgroup><col class=\"st\"><col class=\"side\"><col class=\"side\"></colgroup>\n"
        h += "<thead><tr><th></th><th>old</th><th>new</th></tr></thead>\n<tbody>\n"
        var run: [UnitDiff] = []
        func flush() {
            guard !run.isEmpty else { return }
            h += "<tr class=\"fold\"><td colspan=\"3\"><details><summary>\(run.count) unchanged unit\(run.count == 1 ? "" : "s"): "
            h += "\(esc(label(run.first!.old)))" + (run.count > 1 ? " … \(esc(label(run.last!.old)))" : "")
            let renum = run.filter(\.renumbered).count
            if renum > 0 { h += " (\(renum) renumbered)" }
            h += "</summary><table class=\"diff inner\"><colgroup><col class=\"st\"><col class=\"side\"><col class=\"side\"></colgroup>"
            for u in run { h += row(u, a, b) }
            h += "</table></details></td></tr>\n"
            run.removeAll()
        }
        for u in r.units {
            if u.change == .unchanged { run.append(u); continue }
            flush()
            h += row(u, a, b)
        }
        flush()
        h += "</tbody></table>\n</body></html>\n"
        return h
    }

    func label(_ refs: [UnitRef]) -> String {
        refs.map { $0.number.isEmpty ? ($0.style == "preamble" ? "preamble" : "¶") : $0.number }.joined(separator: " + ")
    }

    func row(_ u: UnitDiff, _ a: DiffInput, _ b: DiffInput) -> String {
        var oldMarks: [Mark] = [], newMarks: [Mark] = []
        for c in u.items {
            let cls = c.change == .moved ? "mv" : "chg"
            if let o = c.old { oldMarks.append(Mark(range: o.span.range, cls: cls + " item", title: c.summary)) }
            if let n = c.new { newMarks.append(Mark(range: n.span.range, cls: cls + " item", title: c.summary)) }
        }
        for c in u.numbers {
            let cls = c.change == .moved ? "mv" : "chg"
            if let o = c.old { oldMarks.append(Mark(range: o.span.range, cls: cls, title: c.summary)) }
            if let n = c.new { newMarks.append(Mark(range: n.span.range, cls: cls, title: c.summary)) }
        }
        for p in u.paragraphs {
            switch p.change {
            case .added: if let n = p.new { newMarks.append(Mark(range: n.range, cls: "padd", title: "paragraph added")) }
            case .removed: if let o = p.old { oldMarks.append(Mark(range: o.range, cls: "pdel", title: "paragraph removed")) }
            case .moved:
                let t = "paragraph moved \(p.oldUnit ?? "") → \(p.newUnit ?? "")"
                if let o = p.old, u.old.contains(where: { $0.span.contains(o) }) { oldMarks.append(Mark(range: o.range, cls: "pmv", title: t)) }
                if let n = p.new, u.new.contains(where: { $0.span.contains(n) }) { newMarks.append(Mark(range: n.range, cls: "pmv", title: t)) }
            case .changed:
                // Reworded in place: mark the characters that went and came.
                guard let o = p.old, let n = p.new,
                      let d = CharDiff.diff(Array(a.text.original[o.range]), Array(b.text.original[n.range])) else { break }
                for r in d.deleted { oldMarks.append(Mark(range: (o.start + r.lowerBound)..<(o.start + r.upperBound), cls: "del", title: nil)) }
                for r in d.inserted { newMarks.append(Mark(range: (n.start + r.lowerBound)..<(n.start + r.upperBound), cls: "ins", title: nil)) }
            }
        }
        var status = u.change.rawValue
        if u.moved && u.change != .moved { status += " · moved" }
        if u.relation != .one { status += " · \(u.relation.rawValue)" }
        if u.renumbered { status += " · renumbered" }
        var h = "<tr class=\"u \(u.change.rawValue)\" id=\"\(u.id)\"><td class=\"st\"><span class=\"badge \(u.change.rawValue)\">\(esc(status))</span>"
        if !u.items.isEmpty || !u.numbers.isEmpty {
            h += "<ul>"
            for c in u.items where c.change != .moved { h += "<li>\(esc(c.summary))</li>" }
            for c in u.numbers where c.change == .changed && !u.items.contains(where: { $0.explains(c) }) {
                h += "<li>\(esc(c.summary))</li>"
            }
            let added = u.numbers.filter { $0.change == .added }.count, removed = u.numbers.filter { $0.change == .removed }.count
            if u.change != .added && added > 0 { h += "<li>+\(added) number\(added == 1 ? "" : "s")</li>" }
            if u.change != .removed && removed > 0 { h += "<li>−\(removed) number\(removed == 1 ? "" : "s")</li>" }
            h += "</ul>"
        }
        h += "</td>"
        h += "<td class=\"side o\">" + side(u.old, a.text, oldMarks, newSide: false) + "</td>"
        h += "<td class=\"side n\">" + side(u.new, b.text, newMarks, newSide: true) + "</td></tr>\n"
        return h
    }

    func side(_ refs: [UnitRef], _ t: SourceText, _ marks: [Mark], newSide: Bool) -> String {
        refs.map { ref in
            let r = trimmed(t, ref.span.range)
            return "<div class=\"unit\">" + highlight(t, r, marks) + "</div>"
        }.joined()
    }

    func trimmed(_ t: SourceText, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, t.original[a].properties.isWhitespace { a += 1 }
        while b > a, t.original[b - 1].properties.isWhitespace { b -= 1 }
        return a..<b
    }

    /// Escaped text of `range` with every mark as a `<span class>`; overlapping marks split into segments
    /// carrying every class that covers them.
    func highlight(_ t: SourceText, _ range: Range<Int>, _ marks: [Mark]) -> String {
        let inside = marks.filter { $0.range.overlaps(range) }
        var cuts = Set([range.lowerBound, range.upperBound])
        for m in inside {
            cuts.insert(max(range.lowerBound, m.range.lowerBound)); cuts.insert(min(range.upperBound, m.range.upperBound))
        }
        let points = cuts.sorted()
        var h = ""
        for k in 0..<(points.count - 1) {
            let seg = points[k]..<points[k + 1]
            guard !seg.isEmpty else { continue }
            let cover = inside.filter { $0.range.lowerBound <= seg.lowerBound && seg.upperBound <= $0.range.upperBound }
            let text = esc(t.quote(seg))
            if cover.isEmpty { h += text; continue }
            let classes = Array(Set(cover.flatMap { $0.cls.split(separator: " ").map(String.init) })).sorted().joined(separator: " ")
            let title = cover.last { $0.title != nil }?.title
            h += "<span class=\"\(classes)\"" + (title.map { " title=\"\(esc($0))\"" } ?? "") + ">\(text)</span>"
        }
        return h
    }

    func esc(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            default: o.append(c)
            }
        }
        return o
    }

    let css = """
    body{font:14px/1.6 "Noto Sans CJK SC","Noto Sans CJK TC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:0;color:#1f2328;background:#fff}
    header{padding:12px 20px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
    h1{font-size:18px;margin:0 0 4px}
    .files{margin:0 0 6px;font-family:ui-monospace,monospace;font-size:12px}
    .files .o{color:#a40e26}.files .n{color:#116329}
    .summary{margin:0}
    .badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;background:#eaeef2;white-space:nowrap}
    .badge.changed{background:#ffd8b5}.badge.added{background:#aceebb}.badge.removed{background:#ffcecb}
    .badge.moved{background:#d8b9ff}.badge.reworded{background:#fff1a8}
    table.meta{border-collapse:collapse;margin-top:8px;font-size:13px}
    table.meta td,table.meta th{border:1px solid #d0d7de;padding:2px 8px;text-align:left}
    table.meta td.o{background:#ffebe9}table.meta td.n{background:#dafbe1}
    table.diff{border-collapse:collapse;width:100%;table-layout:fixed}
    table.diff col.st{width:170px}
    table.diff th{position:sticky;top:0;background:#f6f8fa;border-bottom:1px solid #d0d7de;text-align:left;padding:4px 10px}
    table.diff td{vertical-align:top;padding:6px 10px;border-bottom:1px solid #eaeef2}
    td.side{white-space:pre-wrap;word-break:break-all}
    td.st{font-size:12px}
    td.st ul{margin:4px 0 0;padding-left:14px;color:#57606a}
    tr.added td.n{background:#f0fff4}tr.removed td.o{background:#fff5f5}
    tr.changed td.st{border-left:4px solid #fb8f44}tr.added td.st{border-left:4px solid #2da44e}
    tr.removed td.st{border-left:4px solid #cf222e}tr.moved td.st{border-left:4px solid #8250df}
    tr.reworded td.st{border-left:4px solid #d4a72c}
    td.o .chg{background:#ffcecb;outline:1px solid #cf222e;border-radius:2px}
    td.n .chg{background:#aceebb;outline:1px solid #2da44e;border-radius:2px}
    .item{font-weight:600}
    .mv{background:#e8dbff}
    .padd{background:#dafbe1}.pdel{background:#ffebe9;text-decoration:line-through;text-decoration-color:#cf222e80}
    .pmv{background:#f3ecff;border-left:3px solid #8250df}
    td.o .del{background:#ffd7d5;text-decoration:line-through;text-decoration-color:#cf222e}
    td.n .ins{background:#ccffd8;text-decoration:underline;text-decoration-color:#2da44e}
    tr.fold td{padding:2px 10px;background:#fafbfc;color:#57606a;font-size:12px}
    tr.fold summary{cursor:pointer}
    table.inner td{font-size:14px;color:#1f2328}
    .unit+.unit{margin-top:6px;padding-top:6px;border-top:1px dashed #d0d7de}
    """
}
