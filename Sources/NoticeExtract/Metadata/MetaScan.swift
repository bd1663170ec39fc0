/// Small scanning helpers over Unicode scalars (the folded text). Offsets are scalar offsets.
enum MetaScan {
    typealias S = Unicode.Scalar

    static func matches(_ s: [S], _ p: [S], at i: Int, limit: Int? = nil) -> Bool {
        let end = limit ?? s.count
        guard i >= 0, !p.isEmpty, i + p.count <= end else { return false }
        for k in 0..<p.count where s[i + k] != p[k] { return false }
        return true
    }

    static func find(_ s: [S], _ p: [S], in range: Range<Int>) -> Int? {
        guard !p.isEmpty, range.count >= p.count else { return nil }
        for i in range.lowerBound...(range.upperBound - p.count) where matches(s, p, at: i, limit: range.upperBound) {
            return i
        }
        return nil
    }

    static func contains(_ s: [S], _ p: [S], in range: Range<Int>) -> Bool { find(s, p, in: range) != nil }

    static func hasSuffix(_ s: [S], _ p: [S], in range: Range<Int>) -> Bool {
        range.count >= p.count && matches(s, p, at: range.upperBound - p.count, limit: range.upperBound)
    }

    static func isSpace(_ c: S) -> Bool {
        c == " " || c == "\t" || c == "\r" || c.value == 0x3000 || c.value == 0xA0
    }

    static func isCJK(_ c: S) -> Bool {
        let v = c.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v) || v == 0x3007
    }

    static func isDigit(_ c: S) -> Bool { ("0"..."9").contains(c) }

    static func isColon(_ c: S) -> Bool { c == ":" || c == "：" }

    /// `range` without leading and trailing spaces.
    static func trim(_ s: [S], _ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound, b = range.upperBound
        while a < b, isSpace(s[a]) { a += 1 }
        while b > a, isSpace(s[b - 1]) { b -= 1 }
        return a..<b
    }

    /// Folded text of a range with runs of spaces collapsed to one space and ends trimmed.
    static func collapsed(_ s: [S], _ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for i in range {
            let c = s[i]
            if isSpace(c) || c == "\n" { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return String(out)
    }

    /// Folded text of a range with every space removed.
    static func compact(_ s: [S], _ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for i in range where !isSpace(s[i]) && s[i] != "\n" { out.append(s[i]) }
        return String(out)
    }

    /// Splits `range` at runs of spaces (at least `minRun` long) into trimmed, non-empty pieces.
    static func splitOnSpaces(_ s: [S], _ range: Range<Int>, minRun: Int = 1) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if isSpace(s[i]) {
                var j = i
                while j < range.upperBound, isSpace(s[j]) { j += 1 }
                if j - i >= minRun {
                    let piece = trim(s, start..<i)
                    if !piece.isEmpty { out.append(piece) }
                    start = j
                }
                i = j
            } else { i += 1 }
        }
        let last = trim(s, start..<range.upperBound)
        if !last.isEmpty { out.append(last) }
        return out
    }
}
