import NoticeModel

/// Builds the folded view of a decoded text (see `SourceText`).
public struct TextFolder: Sendable {
    public let tables: TextTables

    public init(tables: TextTables) { self.tables = tables }

    public func fold(_ text: String, encoding: String) -> SourceText {
        let original = Array(text.unicodeScalars)
        var folded = original
        var trad = 0, simp = 0
        var lineStart = true
        for i in 0..<folded.count {
            let v = folded[i].value
            if let s = tables.t2s[v] {
                if s != v { trad += 1 }
                folded[i] = Unicode.Scalar(s)!
            } else if tables.simplifiedOnly.contains(v) {
                simp += 1
            }
            let f = folded[i].value
            switch f {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05, 0xFF0E, 0xFF0D, 0xFF0B:
                folded[i] = Unicode.Scalar(f - 0xFEE0)!
            case 0x00A0, 0x3000, 0x2002, 0x2003, 0x2009, 0xFEFF:
                folded[i] = " "
            case 0x3F where lineStart: // `?` padding left by a lost U+3000 at a line start
                folded[i] = " "
            default: break
            }
            let c = folded[i]
            if c == "\n" { lineStart = true } else if c != " " && c != "\t" { lineStart = false }
        }
        return SourceText(text: text, original: original, folded: folded, encoding: encoding,
                          script: Self.script(traditional: trad, simplified: simp))
    }

    /// Traditional when traditional-only characters dominate; mixed when both kinds are frequent.
    static func script(traditional: Int, simplified: Int) -> Script {
        if traditional == 0 { return .simplified }
        if simplified == 0 { return .traditional }
        let t = Double(traditional), s = Double(simplified)
        if t >= 4 * s { return .traditional }
        if s >= 4 * t { return .simplified }
        return .mixed
    }
}
