import NoticeModel

/// Builds the folded view of a decoded text (see `SourceText`): one scalar for one scalar, always.
///
/// * traditional → simplified per code point (`TextTables.t2s`), then per word where the character's form depends on
///   the word (`TextTables.phrases`: 計畫 → 计划, 回覆 → 回复);
/// * full-width digits, letters and `％．－＋：` → ASCII (NFKC is not used: it rewrites Chinese punctuation);
/// * NBSP, U+3000, en/em/thin spaces, U+FEFF and other padding spaces → ASCII space;
/// * `?` padding (a `?` stands for a U+3000 or NBSP lost in a GBK round trip) → spaces; see `foldPadding`.
///
/// Script: characters listed as evidence (`TextTables.traditionalOnly` / `simplifiedOnly`) are counted;
/// traditional when traditional evidence is at least 4× the simplified evidence, simplified in the mirror case
/// (and when there is no evidence at all), mixed otherwise. A traditional notice with simplified leftovers such as
/// 采購, 關于, 范圍, 后 stays traditional: 采, 于, 范, 后 are ordinary traditional characters too (Big5 has them), so
/// they are no evidence either way.
public struct TextFolder: Sendable {
    public let tables: TextTables
    /// The folded code point of every BMP code point; `astralMark` sends the lookup to `astral`.
    let bmp: [UInt16]
    /// Bits per BMP code point: 1 traditional evidence, 2 simplified evidence, 4 a phrase may start here.
    let evidence: [UInt8]
    let astral: [UInt32: UInt32]
    /// Phrases by their first character, longest first.
    let phrases: [UInt32: [(from: [UInt32], to: [UInt32])]]
    static let astralMark: UInt16 = 0xFFFF

    public init(tables: TextTables) {
        self.tables = tables
        var bmp = (0..<0x10000).map { UInt16($0) }
        var astral: [UInt32: UInt32] = [:]
        for (t, s) in tables.t2s {
            if t < 0x10000 && s < 0x10000 && s != 0xFFFF { bmp[Int(t)] = UInt16(s) }
            else if t < 0x10000 { bmp[Int(t)] = Self.astralMark; astral[t] = s }
            else { astral[t] = s }
        }
        // Width folds apply after T→S (no table maps to these, but keep the order explicit).
        for v in Array(0xFF10...0xFF19) + Array(0xFF21...0xFF3A) + Array(0xFF41...0xFF5A) + [0xFF05, 0xFF0E, 0xFF0D, 0xFF0B, 0xFF1A] {
            bmp[v] = UInt16(v - 0xFEE0)
        }
        for v in [0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                  0x200A, 0x202F, 0x205F, 0x3000, 0x303F, 0xFEFF] {
            bmp[v] = 0x20
        }
        var evidence = [UInt8](repeating: 0, count: 0x10000)
        for v in tables.traditionalOnly where v < 0x10000 { evidence[Int(v)] = 1 }
        for v in tables.simplifiedOnly where v < 0x10000 && evidence[Int(v)] == 0 { evidence[Int(v)] = 2 }
        var phrases: [UInt32: [(from: [UInt32], to: [UInt32])]] = [:]
        for (from, to) in tables.phrases { phrases[from[0], default: []].append((from, to)) }
        for key in phrases.keys {
            phrases[key]!.sort { $0.from.count != $1.from.count ? $0.from.count > $1.from.count : $0.from.lexicographicallyPrecedes($1.from) }
            if key < 0x10000 { evidence[Int(key)] |= 4 }
        }
        self.bmp = bmp
        self.evidence = evidence
        self.astral = astral
        self.phrases = phrases
    }

    public func fold(_ text: String, encoding: String) -> SourceText {
        var text = text
        var traditional = 0, simplified = 0, questionMarks: [Int] = []
        var phraseStarts: [Int] = []
        var original: [Unicode.Scalar] = []
        var folded: [Unicode.Scalar] = []
        text.withUTF8 { utf8 in
            var count = 0
            for b in utf8 where b & 0xC0 != 0x80 { count += 1 }
            bmp.withUnsafeBufferPointer { map in
                evidence.withUnsafeBufferPointer { ev in
                    original = [Unicode.Scalar](unsafeUninitializedCapacity: count) { obuf, oCount in
                        folded = [Unicode.Scalar](unsafeUninitializedCapacity: count) { fbuf, fCount in
                            obuf.withMemoryRebound(to: UInt32.self) { o in
                                fbuf.withMemoryRebound(to: UInt32.self) { f in
                                    var i = 0, k = 0
                                    var trad = 0, simp = 0
                                    var starts: [Int] = [], questions: [Int] = []
                                    let n = utf8.count
                                    defer { traditional = trad; simplified = simp; questionMarks = questions; phraseStarts = starts }
                                    while i < n {
                                        let b0 = UInt32(utf8[i])
                                        var v: UInt32
                                        if b0 < 0x80 {
                                            v = b0; i += 1
                                            o[k] = v; f[k] = v; k += 1
                                            if v == 0x3F { questions.append(k - 1) }
                                            continue
                                        } else if b0 < 0xE0 {
                                            v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
                                        } else if b0 < 0xF0 {
                                            v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
                                        } else {
                                            v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                                                | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F); i += 4
                                        }
                                        o[k] = v
                                        if v < 0x10000 {
                                            let m = map[Int(v)]
                                            f[k] = m == Self.astralMark ? (astral[v] ?? v) : UInt32(m)
                                            let e = ev[Int(v)]
                                            if e != 0 {
                                                if e & 1 != 0 { trad += 1 } else if e & 2 != 0 { simp += 1 }
                                                if e & 4 != 0 { starts.append(k) }
                                            }
                                        } else {
                                            f[k] = astral[v] ?? v
                                        }
                                        k += 1
                                    }
                                }
                            }
                            fCount = count
                        }
                        oCount = count
                    }
                }
            }
        }
        if !phraseStarts.isEmpty { applyPhrases(at: phraseStarts, original: original, folded: &folded) }
        if !questionMarks.isEmpty { Self.foldPadding(&folded, at: questionMarks) }
        return SourceText(text: text, original: original, folded: folded, encoding: encoding,
                          script: Self.script(traditional: traditional, simplified: simplified))
    }

    /// Word-level forms (計畫 → 计划) over the per-character fold, longest word first, never overlapping.
    func applyPhrases(at starts: [Int], original: [Unicode.Scalar], folded: inout [Unicode.Scalar]) {
        var next = 0
        for i in starts where i >= next {
            guard let candidates = phrases[original[i].value] else { continue }
            for (from, to) in candidates where i + from.count <= original.count {
                var match = true
                for j in 1..<from.count where original[i + j].value != from[j] { match = false; break }
                if match {
                    for j in 0..<to.count { folded[i + j] = Unicode.Scalar(to[j]) ?? folded[i + j] }
                    next = i + from.count
                    break
                }
            }
        }
    }

    /// `?` that stands for lost padding becomes a space: a run of `?` that starts a line (after spaces), a run of
    /// three or more anywhere, and a run that ends a line after a space, a line start or Chinese closing punctuation
    /// (`执行。?`). A `?` after a word (`什么时候?`) is a real question mark and stays.
    static func foldPadding(_ s: inout [Unicode.Scalar], at positions: [Int]) {
        let n = s.count
        var next = 0
        func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        for i in positions where i >= next {
            var j = i
            while j < n && s[j] == "?" { j += 1 }
            next = j
            var b = i - 1
            while b >= 0 && isBlank(s[b]) { b -= 1 }
            let lineStart = b < 0 || s[b] == "\n" || s[b] == "\r"
            var e = j
            while e < n && isBlank(s[e]) { e += 1 }
            let endsLine = e == n || s[e] == "\n" || s[e] == "\r"
            let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let afterPause = before.map { isBlank($0) || "。，；：！？、）」』》】".unicodeScalars.contains($0) } ?? true
            if lineStart || j - i >= 3 || (endsLine && afterPause) {
                for k in i..<j { s[k] = " " }
            }
        }
    }

    /// Traditional when traditional evidence is at least four times the simplified evidence, simplified in the
    /// mirror case or without evidence, mixed otherwise.
    static func script(traditional: Int, simplified: Int) -> Script {
        if traditional == 0 { return .simplified }
        if traditional >= 4 * simplified { return .traditional }
        if simplified >= 4 * traditional { return .simplified }
        return .mixed
    }
}
