import Foundation

/// Tells a mainland (PRC) document from a Taiwan one by its words (`dictionaries/calendar/jurisdiction.tsv`),
/// so that the mainland holiday schedule is applied to mainland documents only. The script is not the test:
/// mainland notices are also published in traditional characters.
public struct JurisdictionLexicon: Sendable, Hashable {
    public enum Side: String, Sendable, CaseIterable { case taiwan, mainland }

    /// The verdict and the words it rests on.
    public struct Assessment: Hashable, Sendable {
        public let mainland: Bool
        public let taiwanWords: [String]
        public let mainlandWords: [String]
    }

    public let words: [Side: [String]]

    public init(words: [Side: [String]]) { self.words = words }

    public static func load(directory: URL) throws -> JurisdictionLexicon {
        let url = directory.appendingPathComponent("calendar/jurisdiction.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CalendarDataError(file: url.path, line: 0, message: "cannot read file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    public static func parse(_ text: String, file: String) throws -> JurisdictionLexicon {
        var words: [Side: [String]] = [:]
        var seen: [String: Int] = [:]
        try CalendarTSV.forEachRow(text, file: file) { lineNo, cols, fail in
            guard cols.count == 2, !cols[0].isEmpty else { throw fail("expected word<TAB>taiwan|mainland") }
            guard let side = Side(rawValue: cols[1]) else { throw fail("unknown side \(cols[1]) (expected taiwan or mainland)") }
            if let prev = seen[cols[0]] { throw fail("\(cols[0]) is already listed on line \(prev)") }
            seen[cols[0]] = lineNo
            words[side, default: []].append(cols[0])
        }
        for side in Side.allCases where (words[side] ?? []).isEmpty {
            throw CalendarDataError(file: file, line: 0, message: "no \(side.rawValue) words")
        }
        return JurisdictionLexicon(words: words)
    }

    /// Taiwan when more distinct Taiwan words than mainland words occur in `text`; mainland otherwise
    /// (including when neither side has a word).
    public func assess(_ text: String) -> Assessment {
        // One pass over the scalars, words indexed by their first scalar (Foundation's `contains` is locale-aware
        // and far too slow on whole documents).
        let scalars = Array(text.unicodeScalars)
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for list in words.values { for w in list { let ws = Array(w.unicodeScalars); if let f = ws.first { byFirst[f, default: []].append(ws) } } }
        var firstBits = [UInt64](repeating: 0, count: 1024)
        for f in byFirst.keys where f.value < 65536 { firstBits[Int(f.value) >> 6] |= 1 << UInt64(f.value & 63) }
        var found = Set<String>()
        for i in scalars.indices {
            let v = scalars[i].value
            if v < 65536, firstBits[Int(v) >> 6] & (1 << UInt64(v & 63)) == 0 { continue }
            guard let cands = byFirst[scalars[i]] else { continue }
            for ws in cands where i + ws.count <= scalars.count && scalars[i..<(i + ws.count)].elementsEqual(ws) {
                found.insert(String(String.UnicodeScalarView(ws)))
            }
        }
        func present(_ list: [String]) -> [String] { list.filter { found.contains($0) } }
        let tw = present(words[.taiwan] ?? [])
        let cn = present(words[.mainland] ?? [])
        return Assessment(mainland: tw.count <= cn.count, taiwanWords: tw, mainlandWords: cn)
    }
}
