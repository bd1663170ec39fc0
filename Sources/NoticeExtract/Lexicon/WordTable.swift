/// Words with payloads, matched longest-first at or ending at a position of a scalar array.
struct WordTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable { let word: [Unicode.Scalar]; let payload: Payload }
    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    private var byLast: [Unicode.Scalar: [Entry]] = [:]
    private(set) var maxLength = 0
    /// One bit per BMP code point that starts / ends a word: most positions are rejected without hashing.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)

    @inline(__always)
    private static func test(_ bits: [UInt64], _ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v >= 65536 || bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }
    private static func set(_ bits: inout [UInt64], _ c: Unicode.Scalar) {
        let v = Int(c.value)
        if v < 65536 { bits[v >> 6] |= 1 << UInt64(v & 63) }
    }

    init(_ entries: [([Unicode.Scalar], Payload)] = []) {
        for (w, p) in entries { insert(w, p) }
    }

    mutating func insert(_ word: [Unicode.Scalar], _ payload: Payload) {
        guard let f = word.first, let l = word.last else { return }
        let e = Entry(word: word, payload: payload)
        Self.set(&firstBits, f); Self.set(&lastBits, l)
        byFirst[f, default: []].append(e); byFirst[f]!.sort { $0.word.count > $1.word.count }
        byLast[l, default: []].append(e); byLast[l]!.sort { $0.word.count > $1.word.count }
        maxLength = max(maxLength, word.count)
    }

    /// The longest word starting at `i`.
    func longest(in s: [Unicode.Scalar], at i: Int) -> Entry? {
        guard let c = s.at(i), Self.test(firstBits, c), let list = byFirst[c] else { return nil }
        for e in list where s.matches(e.word, at: i) { return e }
        return nil
    }

    /// The longest word ending at `end` (exclusive).
    func longest(in s: [Unicode.Scalar], endingAt end: Int) -> Entry? {
        guard let c = s.at(end - 1), Self.test(lastBits, c), let list = byLast[c] else { return nil }
        for e in list where s.matches(e.word, endingAt: end) { return e }
        return nil
    }

    /// True when some word covers position `i` (starts at or before `i` and ends after it).
    func covers(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var start = i
        while start >= max(0, i - maxLength + 1) {
            if let c = s.at(start), Self.test(firstBits, c), let list = byFirst[c] {
                for e in list where start + e.word.count > i && s.matches(e.word, at: start) { return true }
            }
            start -= 1
        }
        return false
    }
}
