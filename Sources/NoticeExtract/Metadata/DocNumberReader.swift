/// A 发文字号 found in the text.
public struct DocNumberMatch: Sendable, Hashable {
    public let range: Range<Int>
    /// Normalised: folded text without spaces, year brackets as `〔〕` (`医保发[2024]31号` → `医保发〔2024〕31号`).
    public let value: String
}

/// Finds 发文字号 by the grammar of GB/T 9704-2012 7.2.4: 机关代字 + 〔年份〕 + 顺序号 + 号, where the 顺序号 has no
/// `第` and no leading zero. Malformed brackets (`[2024]`, `(2024)`, `（2024）`, `【2024】`) and spaces inside are
/// accepted. A 代字 containing a stop word (`备`, `ICP`, `证` …: filing and licence numbers) is rejected, and so are
/// `第00464号` serials. Statute headers also use `…令第613号` and Taiwan `…字第 10400014311 號`; those are read only
/// when `statuteForms` is set (in running text `第0080号` is a proposal or item number).
public struct DocNumberReader: Sendable {
    public let stops: [[Unicode.Scalar]]
    public let leads: [[Unicode.Scalar]]
    /// Longest 代字 accepted.
    public let maxPrefix = 12

    public init(lexicon: MetadataLexicon) {
        stops = lexicon.docNumberStops
        leads = lexicon.markers(.lead).sorted { $0.count > $1.count }
    }

    static let opens: [Unicode.Scalar] = ["〔", "[", "(", "（", "【", "［", "﹝", "〖"]
    static let closes: [Unicode.Scalar] = ["〕", "]", ")", "）", "】", "］", "﹞", "〗"]

    public func find(in s: [Unicode.Scalar], range: Range<Int>, statuteForms: Bool = false) -> [DocNumberMatch] {
        var out: [DocNumberMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if Self.opens.contains(s[i]), let m = bracketForm(s, at: i, range) {
                out.append(m); i = m.range.upperBound; continue
            }
            if statuteForms, s[i] == "第", let m = serialForm(s, at: i, range) {
                out.append(m); i = m.range.upperBound; continue
            }
            i += 1
        }
        return out
    }

    /// 代字〔2024〕22号 with the bracket at `b`.
    func bracketForm(_ s: [Unicode.Scalar], at b: Int, _ range: Range<Int>) -> DocNumberMatch? {
        var j = b + 1
        skipSpaces(s, &j, range)
        let y0 = j
        while j < range.upperBound, MetaScan.isDigit(s[j]) { j += 1 }
        guard j - y0 == 4, let year = Int(MetaScan.compact(s, y0..<j)), (1949...2100).contains(year) else { return nil }
        skipSpaces(s, &j, range)
        guard j < range.upperBound, Self.closes.contains(s[j]) else { return nil }
        j += 1
        skipSpaces(s, &j, range)
        let n0 = j
        while j < range.upperBound, MetaScan.isDigit(s[j]) { j += 1 }
        guard j > n0, j - n0 <= 6, s[n0] != "0" else { return nil }
        skipSpaces(s, &j, range)
        guard j < range.upperBound, s[j] == "号" else { return nil }
        guard let p = prefixStart(s, before: b, range) else { return nil }
        let r = p..<(j + 1)
        let value = MetaScan.compact(s, p..<b) + "〔\(year)〕" + MetaScan.compact(s, n0..<j) + "号"
        return DocNumberMatch(range: r, value: value)
    }

    /// 代字令第613号 / 代字字第 0704 号 with `第` at `k` (statute headers only).
    func serialForm(_ s: [Unicode.Scalar], at k: Int, _ range: Range<Int>) -> DocNumberMatch? {
        guard k > range.lowerBound, s[k - 1] == "令" || s[k - 1] == "字" else { return nil }
        var j = k + 1
        skipSpaces(s, &j, range)
        let n0 = j
        while j < range.upperBound, MetaScan.isDigit(s[j]) || ChineseNumber.isNumeral(s[j]) { j += 1 }
        guard j > n0 else { return nil }
        skipSpaces(s, &j, range)
        guard j < range.upperBound, s[j] == "号" else { return nil }
        guard var p = prefixStart(s, before: k, range) else { return nil }
        // In a history line the 代字 follows the date: start after the last `日` of the run.
        if let lastDay = (p..<k).last(where: { s[$0] == "日" }) { p = lastDay + 1 }
        p = stripLeads(s, p, k)
        guard p < k else { return nil }
        let r = p..<(j + 1)
        return DocNumberMatch(range: r, value: MetaScan.compact(s, r))
    }

    /// Start of the 代字 ending at `end` (CJK and Latin letters, brackets of an inner issuer code such as `华总（一）义字`
    /// excluded), or nil when there is none or it is a look-alike.
    func prefixStart(_ s: [Unicode.Scalar], before end: Int, _ range: Range<Int>) -> Int? {
        var p = end
        while p > range.lowerBound, end - p < 40, MetaScan.isCJK(s[p - 1]) || isLatin(s[p - 1]) { p -= 1 }
        guard p < end else { return nil }
        for stop in stops where MetaScan.contains(s, stop, in: p..<end) { return nil }
        p = stripLeads(s, p, end)
        if end - p > maxPrefix { p = end - maxPrefix }
        guard p < end, !(p..<end).contains(where: { isLatin(s[$0]) }) else { return nil }
        return p
    }

    func stripLeads(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        // The last lead word inside the run marks where the 代字 begins.
        var best = start
        for lead in leads {
            var i = end - lead.count - 1
            while i >= best {
                if MetaScan.matches(s, lead, at: i, limit: end) { best = max(best, i + lead.count); break }
                i -= 1
            }
        }
        return best
    }

    func isLatin(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) || ("a"..."z").contains(c) }

    func skipSpaces(_ s: [Unicode.Scalar], _ j: inout Int, _ range: Range<Int>) {
        while j < range.upperBound, MetaScan.isSpace(s[j]) { j += 1 }
    }
}
