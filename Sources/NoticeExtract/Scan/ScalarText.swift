/// Small matching helpers over folded scalar arrays (the extractors' hot path: no String, no regex).
extension Array where Element == Unicode.Scalar {
    /// True when `word` occurs at `i`.
    @inline(__always)
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        var k = 0
        while k < word.count { if self[i + k] != word[k] { return false }; k += 1 }
        return true
    }

    /// True when `word` ends exactly at `end` (exclusive).
    @inline(__always)
    func matches(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool { matches(word, at: end - word.count) }

    /// The scalar at `i`, or nil outside the array.
    @inline(__always)
    func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < count ? self[i] : nil }
}

enum CharClass {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A
    }
    @inline(__always) static func isHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FFFF) || v == 0x3007
    }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\r" || c.value == 0x3000 || c.value == 0xA0
    }
    /// Ends a sentence: 。！？；and line breaks.
    @inline(__always) static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x3B, 0x0A, 0x21: return true
        default: return false
        }
    }
    /// Ends a clause: sentence ends plus ，、：,: .
    @inline(__always) static func endsClause(_ c: Unicode.Scalar) -> Bool {
        if endsSentence(c) { return true }
        switch c.value {
        case 0xFF0C, 0x3001, 0xFF1A, 0x2C, 0x3A: return true
        default: return false
        }
    }
}

extension String {
    var scalars: [Unicode.Scalar] { Array(unicodeScalars) }
}
