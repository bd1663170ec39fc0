import NoticeModel

/// Counts that claim an enumeration (`十九条举措`, `等十条举措`, `3类耗材`, `此次执行的四批次`) against the
/// enumeration itself: the `、`-list right before the count, the parts a total is later split into (`等十条…
/// 等四条…`), or the numbered list a `此次/本次/以上/上述` count refers back to. A `分别` after a count must be
/// followed by as many values (`count_and_respectively_alignment`). Consistent counts raise nothing.
public struct CountClaimCheck: Check {
    public let name = "count_claim_vs_enumeration"
    public static let respectivelyName = "count_and_respectively_alignment"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    struct Claim {
        let range: Range<Int>       // the number and measure word
        let value: Int
        let classifier: String
        let noun: String
        let listed: Int?            // items of the `、`-list right before, when there is one
        let listRange: Range<Int>?
        let hasDeng: Bool
    }

    static let chineseDigits: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百"]

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        let cls = lexicon.classifiers.joined(separator: "|")
        var claims: [Claim] = []
        _ = cls
        for (nr, cr) in s.numbersFollowed(byAnyOf: lexicon.classifiers, chineseDigits: Self.chineseDigits) {
            if nr.lowerBound > 0 && ["第", "前", "后", "每", "近", "逐", "约"].contains(s.scalars[nr.lowerBound - 1]) { continue }
            if nr.lowerBound > 0 && (s.scalars[nr.lowerBound - 1].properties.numericType != nil || s.scalars[nr.lowerBound - 1] == ".") { continue }
            guard let v = ChineseNumber.parse(s.text(nr)), v >= 2, v == v.rounded() else { continue }
            let nounEnd = min(s.count, cr.upperBound + 2)
            let noun = s.text(cr.upperBound..<nounEnd)
            var hasDeng = false
            var listEnd = nr.lowerBound
            if listEnd > 0 && s.scalars[listEnd - 1] == "等" { hasDeng = true; listEnd -= 1 }
            let (listed, listRange) = list(endingAt: listEnd, s)
            claims.append(Claim(range: nr.lowerBound..<cr.upperBound, value: Int(v), classifier: s.text(cr), noun: noun,
                                listed: listed, listRange: listRange, hasDeng: hasDeng))
        }
        var out: [Finding] = []
        for c in claims { out.append(contentsOf: checkList(c, input)) }
        out.append(contentsOf: checkParts(claims, input))
        for c in claims { out.append(contentsOf: checkRespectively(c, input)) }
        for c in claims { out.append(contentsOf: checkNumberedList(c, input)) }
        return out
    }

    /// The `、`-separated list ending right before `end`, back to the clause start or `包括`.
    func list(endingAt end: Int, _ s: TextScan) -> (Int?, Range<Int>?) {
        let stops: Set<Unicode.Scalar> = ["，", ",", "。", "；", ";", "：", ":", "\n", "（", "(", "”", "“"]
        var i = end
        while i > 0 && !stops.contains(s.scalars[i - 1]) && end - i < 400 { i -= 1 }
        var start = i
        let seg = s.text(start..<end)
        for lead in ["主要包括", "包括", "涵盖", "含"] {
            if let r = seg.range(of: lead, options: .backwards) {
                start += seg.unicodeScalars.distance(from: seg.unicodeScalars.startIndex, to: r.upperBound)
                break
            }
        }
        let parts = s.text(start..<end).split(separator: "、", omittingEmptySubsequences: false)
        // items that carry their own figures (`443个、医用耗材14种`) are not what the count labels
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: { $0.isNumber }) }) else { return (nil, nil) }
        return (parts.count, start..<end)
    }

    func checkList(_ c: Claim, _ input: CheckInput) -> [Finding] {
        guard let n = c.listed, let lr = c.listRange, n != c.value else { return [] }
        // `A、B等五项`: 等 may abbreviate a longer list; fewer items listed is only worth a note.
        let severity: Severity = c.hasDeng && n < c.value ? .info : .warning
        return [Finding(
            check: name, severity: severity,
            message: "The text claims \(c.value)\(c.classifier) but lists \(n) item(s) right before the count\(c.hasDeng && n < c.value ? " ('等' may abbreviate the list)" : "").",
            quotes: [input.quote(lr.lowerBound..<c.range.upperBound + c.noun.unicodeScalars.count)],
            basis: "count of '、'-separated items vs the stated number",
            values: ["claimed": String(c.value), "listed": String(n), "finding": "count_mismatch"])]
    }

    /// A total with no list of its own (`细化十九条举措`) and later counted parts with the same noun.
    func checkParts(_ claims: [Claim], _ input: CheckInput) -> [Finding] {
        var out: [Finding] = []
        for (i, total) in claims.enumerated() where total.listed == nil && !total.hasDeng {
            let parts = claims[(i + 1)...].filter { $0.classifier == total.classifier && $0.noun == total.noun && $0.hasDeng }
            guard parts.count >= 2 else { continue }
            let sum = parts.reduce(0) { $0 + $1.value }
            guard sum != total.value else { continue }
            out.append(Finding(
                check: name, severity: .warning,
                message: "The text claims \(total.value)\(total.classifier)\(total.noun) in all, but its parts add up to \(sum) (\(parts.map { String($0.value) }.joined(separator: "+"))).",
                quotes: ([total] + parts).map { input.quote($0.range.lowerBound..<$0.range.upperBound + $0.noun.unicodeScalars.count) },
                basis: "arithmetic: sum of the counted parts vs the total",
                values: ["claimed": String(total.value), "sum_of_parts": String(sum), "finding": "count_mismatch"]))
        }
        return out
    }

    /// `两批次…平均降幅分别达54.20%和55.03%`: a count followed by `分别` and its values.
    func checkRespectively(_ c: Claim, _ input: CheckInput) -> [Finding] {
        let s = input.scan
        let sentence = s.sentence(around: c.range.lowerBound)
        let after = c.range.upperBound..<sentence.upperBound
        guard let fen = s.occurrences(of: "分别", in: after).first else { return [] }
        // no second count between the claim and 分别
        let between = s.text(c.range.upperBound..<fen)
        if between.contains("、") || between.contains("和") { return [] }
        let tail = fen..<sentence.upperBound
        guard let m = s.matches("分别(?:为|达|是|达到|降低|下降|降价|降幅为|降幅达|降幅|增长|增幅|提高|占)?((?:[0-9]+(?:\\.[0-9]+)?(?:%|万元|元|倍|个|家|种)?(?:、|和|及|与)?)+)", in: tail).first,
              let vr = m.groups[0] else { return [] }
        let values = s.matches("[0-9]+(?:\\.[0-9]+)?", in: vr).count
        guard values >= 2, values != c.value else { return [] }
        return [Finding(
            check: Self.respectivelyName, severity: .warning,
            message: "\(c.value)\(c.classifier) are followed by '分别' and \(values) values: the counts do not pair up.",
            quotes: [input.quote(c.range.lowerBound..<m.range.upperBound)],
            basis: "count of values after 分别 vs the stated number",
            values: ["claimed": String(c.value), "values": String(values), "finding": "count_mismatch"])]
    }

    /// `此次执行的四批次…` refers back to the last numbered list (`1.… 2.… 3.… 4.…`) before it.
    func checkNumberedList(_ c: Claim, _ input: CheckInput) -> [Finding] {
        let s = input.scan
        let before = s.text(max(0, c.range.lowerBound - 8)..<c.range.lowerBound)
        guard ["此次", "本次", "以上", "上述", "这"].contains(where: { before.contains($0) }) else { return [] }
        var runs: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var expected = 1
        for line in s.lines where line.upperBound <= c.range.lowerBound {
            let t = s.trimmed(line)
            let head = s.text(t.lowerBound..<min(t.upperBound, t.lowerBound + 4))
            let number = head.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(number), head.dropFirst(number.count).first.map({ ".．、".contains($0) }) == true {
                if n == expected { current.append(t); expected += 1; continue }
                if n == 1 { if current.count >= 2 { runs.append(current) }; current = [t]; expected = 2; continue }
            }
            if !current.isEmpty && expected > 1 && !s.text(t).isEmpty {
                if current.count >= 2 { runs.append(current) }
                current = []; expected = 1
            }
        }
        if current.count >= 2 { runs.append(current) }
        guard let last = runs.last, last.count != c.value else { return [] }
        return [Finding(
            check: name, severity: .info,
            message: "'\(before.suffix(2))\(c.value)\(c.classifier)' refers back to a count, but the last numbered list before it has \(last.count) item(s).",
            quotes: [input.quote(c.range)] + last.map { input.quote($0) },
            basis: "count of numbered items vs the stated number",
            values: ["claimed": String(c.value), "listed": String(last.count), "finding": "count_mismatch"])]
    }
}
