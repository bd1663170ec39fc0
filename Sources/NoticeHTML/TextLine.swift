/// Whitespace rules for a line of page text.
enum TextLine {
    /// Marks a `<br>` inside a paragraph: it joins (nothing between CJK, a space between Latin words).
    static let softBreak: Unicode.Scalar = "\u{E000}"

    static func isCJK(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
            || (0x3001...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) || (0x2018...0x201F).contains(v)
    }

    /// Collapses whitespace the way a browser shows it: a run becomes one space (a lone U+3000 stays), a line
    /// break between two CJK characters vanishes, zero-width characters go, and the ends are trimmed.
    static func normalize(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var run = false, runNewline = false, runAllIdeographic = true
        var last: Unicode.Scalar? = nil
        for s in raw.unicodeScalars {
            switch s.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x3000, 0xE000, 0x2002...0x200A, 0x202F, 0x205F:
                run = true
                if s.value == 0x0A || s.value == 0x0D || s.value == 0xE000 { runNewline = true }
                if s.value != 0x3000 { runAllIdeographic = false }
                continue
            case 0x200B...0x200D, 0xFEFF, 0x00AD:
                continue
            default:
                break
            }
            if run, let l = last {
                let cjkJoin = runNewline && isCJK(l.value) && isCJK(s.value)
                let cjkSoft = runNewline && (isCJK(l.value) || isCJK(s.value))
                if !(cjkJoin || cjkSoft) { out.append(runAllIdeographic ? "\u{3000}" : " ") }
            }
            run = false; runNewline = false; runAllIdeographic = true
            out.append(s)
            last = s
        }
        return String(out)
    }

    /// Non-whitespace scalars.
    static func weight(_ s: String) -> Int {
        var n = 0
        for c in s.unicodeScalars where !(c.value <= 0x20 || c.value == 0xA0 || c.value == 0x3000 || c.value == 0xE000) { n += 1 }
        return n
    }
}
