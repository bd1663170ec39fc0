import NoticeModel

/// Finds numbers that are quantities: a numeral followed by a unit word (or a share form). Numbers inside codes
/// (`ZJHCCG-2024-01`, `〔2024〕22号`, `京ICP备12039121号-1`), ordinals (`第3个月`, `第0080号`), idioms (`进一步`,
/// `一品两规`), dates (`2024年6月7日`, `二〇二三年`, `一百零九年一月`) and unitless numbers are not quantities.
struct QuantityScanner: Sendable {
    let lexicon: ExtractLexicon
    let parser = NumeralParser()

    static let newTaiwanDollar: [Unicode.Scalar] = "新台币".scalars
    static let roc: [Unicode.Scalar] = "民国".scalars

    func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Quantity] {
        var out: [Quantity] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = s[i]
            // 半数 (過半數, 超过半数): half, as a share.
            if c == "半", s.at(i + 1) == "数" {
                out.append(Quantity(value: 50, unit: .quantity(.percent), numeral: i..<(i + 2), range: i..<(i + 2)))
                i += 2; continue
            }
            let startsNumber = CharClass.isDigit(c) || NumeralParser.isChineseNumeralStart(c)
                || (c == "百" || c == "千" || c == "万") && s.at(i + 1) == "分" && s.at(i + 2) == "之"
            guard startsNumber else { i += 1; continue }
            // Codes: a number glued to ASCII letters, digits, '-', '/', '.', ':' is part of an identifier or a time.
            if let p = s.at(i - 1), CharClass.isASCIILetter(p) || p == "-" && s.at(i - 2) != "%" || p == "/" || p == "_" || p == ":" || p == "." {
                i = skipCode(s, from: i, end: end); continue
            }
            if !CharClass.isDigit(c), lexicon.idioms.covers(s, i) { i += 1; continue }
            guard let m = parser.parse(s, at: i), m.range.upperBound <= end else { i += 1; continue }
            let next = m.range.upperBound
            // Ordinals: 第3个月, 第一年, 第0080号.
            if let p = s.at(i - 1), p == "第", s.at(i - 2) != "至" { i = next; continue }
            if let after = s.at(next), CharClass.isASCIILetter(after) || after == "-" && m.form != .percent || after == "/" || (after == ":" && CharClass.isDigit(c)) {
                i = skipCode(s, from: next, end: end); continue
            }
            if m.form == .percent {
                out.append(Quantity(value: m.value, unit: .quantity(.percent), numeral: m.range, range: m.range))
                i = next; continue
            }
            var u = next
            while let sp = s.at(u), sp == " ", u - next < 2 { u += 1 } // `第 11 條`, `28 條`
            guard let unit = lexicon.units.longest(in: s, at: u) else { i = next; continue }
            let unitEnd = u + unit.word.count
            if isDate(s, numeral: m, unit: unit.payload, unitEnd: unitEnd) { i = unitEnd; continue }
            if unit.payload == .time(.week), s.at(unitEnd) == "岁" { i = unitEnd; continue }
            var payload = unit.payload
            if payload == .quantity(.yuan), isTaiwanDollar(s, before: i) { payload = .quantity(.twd) }
            out.append(Quantity(value: m.value, unit: payload, numeral: m.range, range: i..<unitEnd))
            i = unitEnd
        }
        return out
    }

    private func skipCode(_ s: [Unicode.Scalar], from: Int, end: Int) -> Int {
        var j = from
        while j < end, let c = s.at(j), CharClass.isDigit(c) || CharClass.isASCIILetter(c) || "-/_.:".unicodeScalars.contains(c) { j += 1 }
        return max(j, from + 1)
    }

    /// Years (`2024年`, `二〇二三年`, `一百零九年一月`), days after a month (`6月7日`) and 年度/年底 are dates.
    private func isDate(_ s: [Unicode.Scalar], numeral m: NumeralMatch, unit: ExtractLexicon.UnitWord, unitEnd: Int) -> Bool {
        switch unit {
        case .time(.year):
            if m.value >= 1000 { return true }
            if let p = s.at(m.range.lowerBound - 2), let q = s.at(m.range.lowerBound - 1), p == "民", q == "国" { return true }
            if let n = s.at(unitEnd), n == "度" || n == "底" || n == "初" || n == "末" { return true }
            // 一百零九年一月 / 2024年6月: a month follows.
            var j = unitEnd
            while j < unitEnd + 3, let c = s.at(j), CharClass.isDigit(c) || NumeralParser.digitValue(c) != nil || c == "十" { j += 1 }
            if j > unitEnd, s.at(j) == "月" { return true }
            return false
        case .time(.day):
            return s.at(m.range.lowerBound - 1) == "月"
        default:
            return false
        }
    }

    private func isTaiwanDollar(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var j = i - 1
        let limit = max(0, i - 40)
        while j >= limit {
            let c = s[j]
            if CharClass.endsSentence(c) { return false }
            if c == "币", s.matches(Self.newTaiwanDollar, endingAt: j + 1) { return true }
            j -= 1
        }
        return false
    }
}
