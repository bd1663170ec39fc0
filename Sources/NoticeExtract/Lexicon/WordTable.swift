/// Words with payloads, matched longest-first at or ending at a position of a scalar array.
struct WordTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable { let word: [Unicode.Scalar]; let payload: Payload }
    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    private var byLast: [Unicode.Scalar: [Entry]] = [:]
    private(set) var maxLength = 0

    init(_ entries: [([Unicode.Scalar], Payload)] = []) {
        for (w, p) in entries { insert(w, p) }
    }

    mutating func insert(_ word: [Unicode.Scalar], _ payload: Payload) {
        guard let f = word.first, let l = word.last else { return }
        let e = Entry(word: word, payload: payload)
        byFirst[f, default: []].append(e); byFirst[f]!.sort { $0.word.count > $1.word.count }
        byLast[l, default: []].append(e); byLast[l]!.sort { $0.word.count > $1.word.count }
        maxLength = max(maxLength, word.count)
    }

    /// The longest word starting at `i`.
    func longest(in s: [Unicode.Scalar], at i: Int) -> Entry? {
        guard let c = s.at(i), let list = byFirst[c] else { return nil }
        for e in list where s.matches(e.word, at: i) { return e }
        return nil
    }

    /// The longest word ending at `end` (exclusive).
    func longest(in s: [Unicode.Scalar], endingAt end: Int) -> Entry? {
        guard let c = s.at(end - 1), let list = byLast[c] else { return nil }
        for e in list where s.matches(e.word, endingAt: end) { return e }
        return nil
    }

    /// True when some word covers position `i` (starts at or before `i` and ends after it).
    func covers(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var start = i
        while start >= max(0, i - maxLength + 1) {
            if let c = s.at(start), let list = byFirst[c] {
                for e in list where start + e.word.count > i && s.matches(e.word, at: start) { return true }
            }
            start -= 1
        }
        return false
    }
}
