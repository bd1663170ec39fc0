import NoticeText

/// The parts of a plain-text notice: portal chrome, then one `DocumentPart` per document (the outer document and
/// every forwarded document printed after it), each split into header, title, 主送, body, signature, date, 版记.
///
/// Chrome (`chromeRanges`) is portal page furniture in text form (`您好:…`, `当前位置:`, `发布时间:`, message boards,
/// ICP/备案 lines, `2024/12/2 17:31:15` timestamps): no item or date may be taken from it. The metadata extractor
/// reads one chrome field on purpose: a `发布时间:` line in the page header (before the body) is the page's own
/// publication date, see `MetadataExtractor`.
public struct DocumentLayout: Sendable {
    public let parts: [DocumentPart]
    /// Chrome lines, in text order.
    public let chromeRanges: [Range<Int>]
    let lines: [LayoutLine]

    public init(_ text: SourceText, lexicon: MetadataLexicon) {
        var builder = LayoutBuilder(s: text.folded, lexicon: lexicon)
        let lines = builder.classify()
        self.lines = lines
        self.chromeRanges = lines.filter { $0.kind == .chrome }.map(\.range)
        self.parts = builder.parts(lines)
    }

    /// Ranges no rule item may come from, sorted and disjoint: chrome lines, and in every part whatever lies
    /// outside its body (header, title, 主送, signature, date line, 公开属性, 版记). Dates of adoption, promulgation
    /// and entry into force printed there are `doc` fields, not items.
    public var excludedRanges: [Range<Int>] {
        var out: [Range<Int>] = chromeRanges
        for part in parts {
            guard let body = part.bodyRange else { out.append(part.range); continue }
            if part.range.lowerBound < body.lowerBound { out.append(part.range.lowerBound..<body.lowerBound) }
            if body.upperBound < part.range.upperBound { out.append(body.upperBound..<part.range.upperBound) }
        }
        out.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in out where !r.isEmpty {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else { merged.append(r) }
        }
        return merged
    }

    /// Whether `range` overlaps a chrome line.
    public func isChrome(_ range: Range<Int>) -> Bool {
        chromeRanges.contains { $0.overlaps(range) || (range.isEmpty && $0.contains(range.lowerBound)) }
    }
}

/// Builds a `DocumentLayout` (line classification, part boundaries, segmentation of each part).
struct LayoutBuilder {
    typealias S = Unicode.Scalar
    let s: [S]
    let lexicon: MetadataLexicon
    let numbers: DocNumberReader

    /// Chrome rules with the tail rules first: a line that is both (`留言板`) opens the tail.
    let chromeRules: [ChromeRule]
    let longestExact: Int

    init(s: [S], lexicon: MetadataLexicon) {
        self.s = s; self.lexicon = lexicon; self.numbers = DocNumberReader(lexicon: lexicon)
        chromeRules = lexicon.chromeRules.filter { $0.kind == .tail } + lexicon.chromeRules.filter { $0.kind != .tail }
        longestExact = lexicon.chromeRules.filter { $0.kind == .exact }.map(\.pattern.count).max() ?? 0
    }

    // MARK: line classification

    mutating func classify() -> [LayoutLine] {
        var lines: [LayoutLine] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let r = start..<i
            lines.append(LayoutLine(range: r, content: MetaScan.trim(s, r), kind: .other))
            start = i + 1
        }
        var inTail = false
        var inHistory = false
        for k in lines.indices {
            let c = lines[k].content
            if c.isEmpty { lines[k].kind = .blank; inHistory = false; continue }
            if inTail { lines[k].kind = .chrome; continue }
            if let rule = chromeRule(c) {
                lines[k].kind = .chrome
                if rule == .tail { inTail = true }
                continue
            }
            if isTimestamp(c) { lines[k].kind = .chrome; continue }
            if inHistory { lines[k].kind = .statuteHeader; continue }
            if let f = labelField(c), f == .history || f == .updatedDate {
                lines[k].kind = .statuteHeader
                if f == .history { inHistory = true }
                continue
            }
            lines[k].kind = kind(of: c)
        }
        // A red header stands above its 文号 line (GB/T 9704 7.2.4), or opens the text.
        let content = lines.indices.filter { lines[$0].kind != .blank && lines[$0].kind != .chrome }
        for (n, k) in content.enumerated() where lines[k].kind == .redHeader {
            let next = n + 1 < content.count ? lines[content[n + 1]].kind : nil
            if n > 0, next != .docNumber { lines[k].kind = .other }
        }
        return lines
    }

    func chromeRule(_ c: Range<Int>) -> ChromeRule.Kind? {
        // Only short lines can equal an `exact` pattern once spaces are dropped.
        let compact = c.count <= 4 * longestExact ? Array(MetaScan.compact(s, c).unicodeScalars) : []
        for rule in chromeRules {
            switch rule.kind {
            case .prefix, .tail:
                if MetaScan.matches(s, rule.pattern, at: c.lowerBound, limit: c.upperBound) { return rule.kind }
            case .contains:
                if MetaScan.contains(s, rule.pattern, in: c) { return rule.kind }
            case .exact:
                if compact == rule.pattern { return rule.kind }
            }
        }
        return nil
    }

    /// A line that is only a date and a time of day (`2024/12/2 17:31:15`).
    func isTimestamp(_ c: Range<Int>) -> Bool {
        var digits = 0, colons = 0
        for i in c {
            let ch = s[i]
            if MetaScan.isDigit(ch) { digits += 1 } else if MetaScan.isColon(ch) { colons += 1 }
            else if !(ch == "/" || ch == "-" || ch == "." || MetaScan.isSpace(ch)) { return false }
        }
        return digits >= 6 && colons >= 1
    }

    /// `[ 标签 ] …`, `【标签】…`, `标签：…` at the start of a line.
    func labelField(_ c: Range<Int>) -> LabelField? { labelAt(c.lowerBound, c)?.field }

    /// The label at `i` (bracketed or followed by a colon) and where its value starts.
    func labelAt(_ i: Int, _ c: Range<Int>) -> (field: LabelField, valueStart: Int)? {
        var j = i
        let bracketed = j < c.upperBound && (s[j] == "[" || s[j] == "【" || s[j] == "［")
        if bracketed { j += 1 }
        while j < c.upperBound, MetaScan.isSpace(s[j]) { j += 1 }
        for (label, field) in lexicon.labels where MetaScan.matches(s, label, at: j, limit: c.upperBound) {
            var k = j + label.count
            while k < c.upperBound, MetaScan.isSpace(s[k]) { k += 1 }
            if bracketed {
                guard k < c.upperBound, s[k] == "]" || s[k] == "】" || s[k] == "］" else { continue }
                return (field, k + 1)
            }
            guard k < c.upperBound, MetaScan.isColon(s[k]) else { continue }
            return (field, k + 1)
        }
        return nil
    }

    func kind(of c: Range<Int>) -> LayoutLine.Kind {
        let len = c.count
        if s[c.lowerBound] == "[" || s[c.lowerBound] == "【" || s[c.lowerBound] == "［", labelField(c) != nil {
            return .metaBlock
        }
        if len <= 24, lexicon.markers(.publicity).contains(where: { MetaScan.contains(s, $0, in: c) }) { return .publicity }
        if lexicon.markers(.colophon).contains(where: {
            MetaScan.matches(s, $0, at: c.lowerBound, limit: c.upperBound)
                && c.lowerBound + $0.count < c.upperBound && MetaScan.isColon(s[c.lowerBound + $0.count])
        }) { return .colophon }
        let dates = DateReader.find(in: s, range: c)
        if let d = dates.first, dates.count == 1 {
            let rest = MetaScan.trim(s, d.range.upperBound..<c.upperBound)
            let before = MetaScan.trim(s, c.lowerBound..<d.range.lowerBound)
            if rest.isEmpty && before.isEmpty { return .dateLine }
            if len <= 60, MetaScan.matches(s, Array("印发".unicodeScalars), at: rest.lowerBound, limit: c.upperBound),
               rest.count == 2 {
                return .printedLine
            }
        }
        if let d = dates.first, d.range.lowerBound == c.lowerBound, isStatuteEvent(d.range.upperBound..<c.upperBound) {
            return .statuteHeader
        }
        if isSectionHeading(c) { return .heading }
        if len <= 80, isRedHeader(c) { return .redHeader }
        let nums = numbers.find(in: s, range: c)
        if nums.count == 1, nums[0].range == c { return .docNumber }
        if isAddressee(c) { return .addressee }
        return .other
    }

    func isStatuteEvent(_ r: Range<Int>) -> Bool {
        lexicon.dateEvents.contains { MetaScan.contains(s, $0.verb, in: r) }
    }

    /// `一、` `（一）` `1.` `第一章` `第 一 章` `第一条` at the start of a line.
    func isSectionHeading(_ c: Range<Int>) -> Bool {
        var j = c.lowerBound
        if s[j] == "第" {
            j += 1
            while j < c.upperBound, MetaScan.isSpace(s[j]) || ChineseNumber.isNumeral(s[j]) || s[j] == "-" { j += 1 }
            return j < c.upperBound && j > c.lowerBound + 1 && ["章", "节", "条", "编", "條", "節"].contains(s[j])
        }
        if s[j] == "（" || s[j] == "(" {
            j += 1
            let n0 = j
            while j < c.upperBound, ChineseNumber.isNumeral(s[j]) { j += 1 }
            return j > n0 && j < c.upperBound && (s[j] == "）" || s[j] == ")")
        }
        let n0 = j
        while j < c.upperBound, ChineseNumber.isNumeral(s[j]) { j += 1 }
        return j > n0 && j < c.upperBound && (s[j] == "、" || s[j] == "." || s[j] == "．")
    }

    /// `XX局文件`, `山西省医疗保障局文件 山西省卫生健康委员会`: one piece ends with 文件 after an organ name, the
    /// other pieces are organ names.
    func isRedHeader(_ c: Range<Int>) -> Bool {
        let pieces = MetaScan.splitOnSpaces(s, c)
        // `关于转发省局文件` is a title, not a red header.
        let verbs = lexicon.markers(.about) + lexicon.markers(.forward)
        if verbs.contains(where: { MetaScan.contains(s, $0, in: c) }) { return false }
        var sawFile = false
        for p in pieces {
            if let m = lexicon.markers(.redheader).first(where: { MetaScan.hasSuffix(s, $0, in: p) }),
               endsWithOrgan(p.lowerBound..<(p.upperBound - m.count)) {
                sawFile = true
            } else if !endsWithOrgan(p) { return false }
        }
        return sawFile
    }

    func endsWithOrgan(_ r: Range<Int>) -> Bool {
        r.count >= 2 && (r.allSatisfy { MetaScan.isCJK(s[$0]) })
            && lexicon.issuerSuffixes.contains { MetaScan.hasSuffix(s, $0, in: r) && r.count > $0.count }
    }

    /// A 主送 line: ends with a colon, holds no sentence (。), no quoted title, no 文号.
    func isAddressee(_ c: Range<Int>) -> Bool {
        guard c.count >= 3, c.count <= 160, MetaScan.isColon(s[c.upperBound - 1]) else { return false }
        for i in c where ["。", "《", "》"].contains(s[i]) { return false }
        if labelField(c) != nil { return false }
        if lexicon.markers(.formula).contains(where: { MetaScan.contains(s, $0, in: c) }) { return false }
        if lexicon.markers(.attachment).contains(where: { MetaScan.matches(s, $0, at: c.lowerBound, limit: c.upperBound) }) {
            return false
        }
        return numbers.find(in: s, range: c).isEmpty
    }

    // MARK: parts

    func parts(_ lines: [LayoutLine]) -> [DocumentPart] {
        var starts = [0]
        var signal = false          // the current part already has a 主送 line or an ending
        var lastEnd: Int? = nil     // index of the current part's last ending line
        var prevContent: Int? = nil // previous non-blank, non-chrome line
        for k in lines.indices {
            let kind = lines[k].kind
            if kind == .blank || kind == .chrome { continue }
            defer { prevContent = k }
            let starter = kind == .redHeader || (kind == .docNumber && (prevContent.map { lines[$0].kind != .redHeader } ?? true))
            if starter, signal {
                var first = k
                if kind == .docNumber {
                    // Title lines printed above a 文号 line belong to the new part.
                    var j = k - 1, taken = 0
                    while j > (lastEnd ?? starts.last!), taken < 3 {
                        if lines[j].kind == .other, lines[j].content.count <= 80 { first = j; taken += 1 }
                        else if lines[j].kind != .blank { break }
                        j -= 1
                    }
                }
                starts.append(first)
                signal = false; lastEnd = nil
                continue
            }
            switch kind {
            case .addressee: signal = true
            case .publicity, .dateLine, .printedLine, .colophon: signal = true; lastEnd = k
            default: break
            }
        }
        var out: [DocumentPart] = []
        for (n, first) in starts.enumerated() {
            let last = n + 1 < starts.count ? starts[n + 1] : lines.count
            out.append(segment(lines, first..<last))
        }
        return out
    }

    // MARK: segmentation of one part

    func segment(_ lines: [LayoutLine], _ idx: Range<Int>) -> DocumentPart {
        let lo = idx.isEmpty ? s.count : lines[idx.lowerBound].range.lowerBound
        let hi: Int = {
            guard let l = idx.last else { return s.count }
            return min(s.count, lines[l].range.upperBound + (lines[l].range.upperBound < s.count ? 1 : 0))
        }()
        let content = idx.filter { lines[$0].kind != .blank && lines[$0].kind != .chrome }
        var meta: [Range<Int>] = [], red: [Range<Int>] = [], statute: [Range<Int>] = [], title: [Range<Int>] = []
        var docLine: Range<Int>? = nil, addressee: Range<Int>? = nil
        var pos = 0
        front: while pos < content.count {
            let line = lines[content[pos]]
            switch line.kind {
            case .metaBlock: meta.append(line.range)
            case .redHeader where title.isEmpty: red.append(line.range)
            case .docNumber where docLine == nil: docLine = line.range
            case .statuteHeader: statute.append(line.range)
            case .addressee: addressee = line.range; pos += 1; break front
            case .other where isTitleLike(line.content, count: title.count): title.append(line.range)
            case .other where pos + 1 < content.count && lines[content[pos + 1]].kind == .addressee
                && ["、", "，", ","].contains(s[line.content.upperBound - 1]) && line.content.count <= 160:
                // A 主送 line wrapped after a separator.
                addressee = line.range.lowerBound..<lines[content[pos + 1]].range.upperBound
                pos += 2
                break front
            default: break front
            }
            pos += 1
        }
        // Ending, from the back: 版记 and 公开属性, then the date line and the signature above it.
        var end = content.count
        var colophon: [Range<Int>] = [], publicity: Range<Int>? = nil
        var dateLine: Range<Int>? = nil, signature: [Range<Int>] = []
        while end > pos {
            let line = lines[content[end - 1]]
            if line.kind == .colophon || line.kind == .printedLine {
                colophon.append(line.range); end -= 1
                // The 印发机关 printed on the line above 印发.
                if line.kind == .printedLine, end > pos, isSignatureLike(lines[content[end - 1]]) {
                    colophon.append(lines[content[end - 1]].range); end -= 1
                }
            } else if line.kind == .publicity {
                publicity = line.range; end -= 1
            } else { break }
        }
        if end > pos, lines[content[end - 1]].kind == .dateLine {
            dateLine = lines[content[end - 1]].range; end -= 1
            while end > pos, signature.count < 4, isSignatureLike(lines[content[end - 1]]) {
                signature.insert(lines[content[end - 1]].range, at: 0); end -= 1
            }
            if end > pos, lines[content[end - 1]].kind == .publicity { publicity = lines[content[end - 1]].range; end -= 1 }
        }
        let body: Range<Int>? = end > pos ? lines[content[pos]].range.lowerBound..<lines[content[end - 1]].range.upperBound : nil
        let header = DocumentPart.hull(meta + red + statute + (docLine.map { [$0] } ?? []))
        return DocumentPart(range: lo..<max(lo, hi), headerRange: header, metaBlockRange: DocumentPart.hull(meta),
                            redHeaderRange: DocumentPart.hull(red), docNumberLineRange: docLine,
                            statuteHeaderRange: DocumentPart.hull(statute), titleLines: title,
                            addresseeRange: addressee, bodyRange: body, signatureLines: signature,
                            dateLineRange: dateLine, publicityRange: publicity,
                            colophonRange: DocumentPart.hull(colophon))
    }

    /// A title line: short, no sentence end, not a heading; at most five lines (a wrapped title may be printed
    /// twice on portal pages).
    func isTitleLike(_ c: Range<Int>, count: Int) -> Bool {
        guard count < 5, c.count <= 80 else { return false }
        let last = s[c.upperBound - 1]
        if ["。", "；", ";", "，", ","].contains(last) { return false }
        return true
    }

    /// A signature line: short, and each piece between spaces is an organ's name (`特此通知` is not).
    func isSignatureLike(_ line: LayoutLine) -> Bool {
        guard line.kind == .other || line.kind == .redHeader else { return false }
        let c = line.content
        guard c.count <= 60 else { return false }
        let pieces = MetaScan.splitOnSpaces(s, c)
        return !pieces.isEmpty && pieces.allSatisfy(endsWithOrgan)
    }
}
