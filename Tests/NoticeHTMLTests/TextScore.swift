/// Main-text quality the way text extractors are compared: the multiset of CJK characters and ASCII word tokens of
/// the extracted text against the expected text; precision, recall and F1.
struct TextScore: Sendable, CustomStringConvertible {
    var precision: Double
    var recall: Double
    var f1: Double

    static func tokens(_ s: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        func endWord() { if !word.isEmpty { bag[String(word).lowercased(), default: 0] += 1; word = .init() } }
        for u in s.unicodeScalars {
            let v = u.value
            if (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v) {
                endWord(); bag[String(u), default: 0] += 1
            } else if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                word.append(u)
            } else {
                endWord()
            }
        }
        endWord()
        return bag
    }

    init(extracted: String, expected: String) {
        let got = Self.tokens(extracted), want = Self.tokens(expected)
        var overlap = 0
        for (k, n) in got { overlap += min(n, want[k] ?? 0) }
        let g = got.values.reduce(0, +), w = want.values.reduce(0, +)
        precision = g == 0 ? (w == 0 ? 1 : 0) : Double(overlap) / Double(g)
        recall = w == 0 ? 1 : Double(overlap) / Double(w)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    var description: String {
        func f(_ x: Double) -> String { String(Int((x * 10000).rounded())) }
        return "P \(f(precision)) R \(f(recall)) F1 \(f(f1)) (‱)"
    }
}
