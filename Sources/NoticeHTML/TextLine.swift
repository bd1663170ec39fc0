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
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        func put(_ s: Unicode.Scalar) {
            let v = s.value
            if v < 0x80 { out.append(UInt8(v)) }
            else if v < 0x800 { out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F))) }
            else if v < 0x10000 {
                out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
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
                if !(cjkJoin || cjkSoft) { put(runAllIdeographic ? "\u{3000}" : " ") }
            }
            run = false; runNewline = false; runAllIdeographic = true
            put(s)
            last = s
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `normalize` straight from UTF-8 bytes, with the weight of the result (non-whitespace scalars).
    static func normalize(utf8 raw: [UInt8]) -> (String, Int) {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var weight = 0
        var run = false, runNewline = false, runAllIdeographic = true
        var last: UInt32 = 0
        var i = 0
        let n = raw.count
        while i < n {
            let b0 = raw[i]
            var v: UInt32, len: Int
            if b0 < 0x80 { v = UInt32(b0); len = 1 }
            else if b0 < 0xE0, i + 1 < n { v = (UInt32(b0 & 0x1F) << 6) | UInt32(raw[i + 1] & 0x3F); len = 2 }
            else if b0 < 0xF0, i + 2 < n { v = (UInt32(b0 & 0x0F) << 12) | (UInt32(raw[i + 1] & 0x3F) << 6) | UInt32(raw[i + 2] & 0x3F); len = 3 }
            else if i + 3 < n { v = (UInt32(b0 & 0x07) << 18) | (UInt32(raw[i + 1] & 0x3F) << 12) | (UInt32(raw[i + 2] & 0x3F) << 6) | UInt32(raw[i + 3] & 0x3F); len = 4 }
            else { v = 0xFFFD; len = 1 }
            switch v {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x3000, 0xE000, 0x2002...0x200A, 0x202F, 0x205F:
                run = true
                if v == 0x0A || v == 0x0D || v == 0xE000 { runNewline = true }
                if v != 0x3000 { runAllIdeographic = false }
                i += len; continue
            case 0x200B...0x200D, 0xFEFF, 0x00AD:
                i += len; continue
            default:
                break
            }
            if run, last != 0 {
                let cjk = runNewline && (isCJK(last) || isCJK(v))
                if !cjk { if runAllIdeographic { out.append(contentsOf: [0xE3, 0x80, 0x80]) } else { out.append(0x20) } }
            }
            run = false; runNewline = false; runAllIdeographic = true
            out.append(contentsOf: raw[i..<(i + len)])
            weight += 1
            last = v
            i += len
        }
        return (String(decoding: out, as: UTF8.self), weight)
    }

    /// Whitespace and invisible scalars (they weigh nothing).
    @inline(__always) static func isBlank(_ v: UInt32) -> Bool {
        switch v {
        case 0...0x20, 0xA0, 0x3000, 0xE000, 0x2002...0x200D, 0x202F, 0x205F, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    /// Non-blank scalars of UTF-8 text, counted without building a string.
    static func weight(utf8 s: ArraySlice<UInt8>) -> Int {
        var n = 0
        var i = s.startIndex
        while i < s.endIndex {
            let b0 = s[i]
            if b0 < 0x80 { if b0 > 0x20 { n += 1 }; i += 1; continue }
            let len = b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4)
            if i + len > s.endIndex { n += 1; break }
            var v: UInt32
            switch len {
            case 2: v = (UInt32(b0 & 0x1F) << 6) | UInt32(s[i + 1] & 0x3F)
            case 3: v = (UInt32(b0 & 0x0F) << 12) | (UInt32(s[i + 1] & 0x3F) << 6) | UInt32(s[i + 2] & 0x3F)
            default: v = (UInt32(b0 & 0x07) << 18) | (UInt32(s[i + 1] & 0x3F) << 12) | (UInt32(s[i + 2] & 0x3F) << 6) | UInt32(s[i + 3] & 0x3F)
            }
            if !isBlank(v) { n += 1 }
            i += len
        }
        return n
    }

    /// Whether UTF-8 text has a non-blank scalar.
    static func hasInk(_ s: ArraySlice<UInt8>) -> Bool {
        for b in s where b > 0x20 && b < 0x80 { return true }
        return weight(utf8: s) > 0
    }

    /// Substring test on UTF-8 (Foundation's `contains` is far slower).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        let h = Array(hay.utf8), n = Array(needle.utf8)
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        for i in 0...(h.count - n.count) where h[i] == n[0] {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
        }
        return false
    }

}
