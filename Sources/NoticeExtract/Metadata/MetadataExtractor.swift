import NoticeModel
import NoticeText

/// Fills `DocumentMeta` for each part of a `DocumentLayout`: part 0 is the returned document, the others are its
/// `embedded` documents (each with its own `span`).
///
/// Where the dates come from:
/// * `signedDate` (成文日期): the date line under the signature, else a `[ 成文日期 ]` field, else (statutes) the date
///   of the latest header line when it records an adoption (通过/修正/修订). A `…印发` date is a 版记 print date and is
///   never a 成文日期, so a forwarded document printed with only `2023年6月29日印发` has no signedDate, and the cover
///   notice never inherits the date of the document it forwards.
/// * `publishedDate`: a `[ 发布日期 ]` field; a statute's latest header line when it records 公布, or the Taiwan
///   `最新異動日期`; and for a portal page, the `发布时间:` value of the page header. That one is chrome, but it is
///   taken because it is printed once, between the title and the body (before any content line), labelled as the
///   publication time, and carries a date without a time of day: it is the date the page (the interpretation itself)
///   was published. Timestamps of message boards and dates after the body are never taken.
/// * `effectiveDate`: `自<date>起执行/施行/实施` in the header or body (the last one of the body), `自公布之日起施行`
///   (→ publishedDate, else signedDate), or for Taiwan the latest 沿革 entry (`自公布日施行`, `定自…施行`).
public struct MetadataExtractor: Sendable {
    public let lexicon: MetadataLexicon
    let numbers: DocNumberReader

    public init(lexicon: MetadataLexicon) {
        self.lexicon = lexicon
        self.numbers = DocNumberReader(lexicon: lexicon)
    }

    public func extract(_ text: SourceText, layout: DocumentLayout) -> DocumentMeta {
        guard !layout.parts.isEmpty else { return DocumentMeta() }
        var outer = meta(text, layout, 0)
        outer.embedded = (1..<layout.parts.count).map { meta(text, layout, $0) }
        return outer
    }

    /// The 版记 印发 date of a part (`XX办公室 2023年6月29日印发`): a print date, never a 成文日期, but a lower bound
    /// for the date of a notice that forwards the part. Nil when the part has no 印发 line.
    public func printedDate(_ text: SourceText, layout: DocumentLayout, part index: Int) -> DateMatch? {
        guard layout.parts.indices.contains(index), let colophon = layout.parts[index].colophonRange else { return nil }
        let printed = lexicon.dateEvents.filter { $0.event == .printed }.map(\.verb)
        return DateReader.find(in: text.folded, range: colophon).first { d in
            var j = d.range.upperBound
            while j < colophon.upperBound, MetaScan.isSpace(text.folded[j]) { j += 1 }
            return printed.contains { MetaScan.matches(text.folded, $0, at: j, limit: colophon.upperBound) }
        }
    }

    func meta(_ text: SourceText, _ layout: DocumentLayout, _ index: Int) -> DocumentMeta {
        let s = text.folded
        let part = layout.parts[index]
        let b = LayoutBuilder(s: s, lexicon: lexicon)
        var doc = DocumentMeta()
        doc.span = Span(part.range)

        // Labelled fields: portal block, statute header, page-header chrome.
        var fields = LabelledFields()
        let partLines = layout.lines.filter { part.range.contains($0.range.lowerBound) }
        // Only the front matter counts: a dated line inside the body is not a header line.
        func inFront(_ line: LayoutLine) -> Bool {
            (line.kind == .metaBlock && part.metaBlockRange?.contains(line.range.lowerBound) == true)
                || (line.kind == .statuteHeader && part.statuteHeaderRange?.contains(line.range.lowerBound) == true)
        }
        let frontLines = partLines.filter(inFront)
        for line in frontLines where line.kind == .metaBlock || b.labelField(line.content) != nil {
            fields.read(line: line.content, b)
        }
        let bodyStart = part.bodyRange?.lowerBound ?? part.range.upperBound
        var pageDates: [DateMatch] = []
        for line in partLines where line.kind == .chrome && line.range.upperBound <= bodyStart {
            if let (f, v) = b.labelAt(line.content.lowerBound, line.content), f == .publishedDate,
               let d = DateReader.labelledValue(in: s, range: v..<line.content.upperBound) {
                pageDates.append(d)
            }
        }

        // Title and kind.
        let title = titleText(s, part) ?? fields.text(.title, s).map(normalizeTitleSpaces)
        doc.title = title
        doc.kind = title.flatMap(kind(of:)) ?? kindFromCues(s, part)

        // 文号.
        if let r = part.docNumberLineRange, let m = numbers.find(in: s, range: r).first {
            doc.docNumber = m.value
        } else if let r = fields.values[.docNumber], let m = numbers.find(in: s, range: r).first {
            doc.docNumber = m.value
        }

        // Statute header: dated lines (PRC) and 沿革 (Taiwan).
        let statuteLines = frontLines.filter { $0.kind == .statuteHeader }
        let history = historyEntries(s, statuteLines, b)
        if doc.docNumber == nil, let latest = latestHeader(s, statuteLines, history) {
            doc.docNumber = numbers.find(in: s, range: latest, statuteForms: true).first?.value
        }

        // Issuers.
        var issuers: [String] = []
        func add(_ name: String) { if !name.isEmpty, !issuers.contains(name) { issuers.append(name) } }
        if let title, let prefix = issuerPrefix(title) {
            for piece in prefix.split(whereSeparator: { $0 == " " || $0 == "、" }) where endsWithOrgan(String(piece)) {
                splitJointIssuers(String(piece)).forEach(add)
            }
        }
        if let r = part.redHeaderRange {
            for p in MetaScan.splitOnSpaces(s, r) {
                var name = MetaScan.compact(s, p)
                for m in lexicon.markers(.redheader) {
                    let ms = String(String.UnicodeScalarView(m))
                    if name.hasSuffix(ms) { name = String(name.dropLast(ms.count)) }
                }
                if endsWithOrgan(name) { add(name) }
            }
        }
        for line in part.signatureLines {
            for p in MetaScan.splitOnSpaces(s, MetaScan.trim(s, line)) { splitJointIssuers(MetaScan.compact(s, p)).forEach(add) }
        }
        if issuers.isEmpty, let v = fields.text(.issuer, s) { add(v) }
        doc.issuers = issuers

        // 主送.
        if let r = part.addresseeRange { doc.addressees = addressees(s, MetaScan.trim(s, r)) }

        // Dates.
        if let r = part.dateLineRange { doc.signedDate = DateReader.find(in: s, range: r).first?.iso }
        if doc.signedDate == nil, let r = fields.values[.signedDate] {
            doc.signedDate = DateReader.labelledValue(in: s, range: r)?.iso
        }
        if let r = fields.values[.publishedDate] { doc.publishedDate = DateReader.labelledValue(in: s, range: r)?.iso }
        if doc.publishedDate == nil, pageDates.count == 1 { doc.publishedDate = pageDates[0].iso }
        if let r = fields.values[.updatedDate] { doc.publishedDate = DateReader.labelledValue(in: s, range: r)?.iso }
        if let latest = latestHeader(s, statuteLines, history), history.isEmpty,
           let d = DateReader.find(in: s, range: latest).first {
            let rest = d.range.upperBound..<latest.upperBound
            if doc.signedDate == nil, events(s, rest).contains(.adopted) { doc.signedDate = d.iso }
            if doc.publishedDate == nil, events(s, rest).contains(.published) { doc.publishedDate = d.iso }
        }
        doc.effectiveDate = effectiveDate(s, part, statuteLines, history, doc, layout)

        doc.indexNumber = fields.text(.indexNumber, s)
        doc.validity = fields.text(.validity, s)

        if let body = part.bodyRange {
            doc.references = references(text, body, layout, own: doc.docNumber)
        }
        doc.attachments = attachments(text, part, layout)
        return doc
    }

    // MARK: title and kind

    func titleText(_ s: [Unicode.Scalar], _ part: DocumentPart) -> String? {
        var lines: [String] = []
        for r in part.titleLines {
            let line = MetaScan.collapsed(s, r)
            // A title printed twice (portal pages) counts once.
            if lines.contains(line) || lines.joined().replacingOccurrences(of: " ", with: "") == line.replacingOccurrences(of: " ", with: "") {
                continue
            }
            lines.append(line)
        }
        guard !lines.isEmpty else { return nil }
        return normalizeTitleSpaces(lines.joined(separator: " "))
    }

    /// Spaces (and line breaks) after an organ's name (`江西省医疗保障局 江西省财政厅关于…`) are kept as one space;
    /// every other space in a title is a wrapping artefact (`…药品 采购…`, `…委员会 关于…`) and goes.
    func normalizeTitleSpaces(_ t: String) -> String {
        let u = Array(t.unicodeScalars)
        let about = lexicon.markers(.about)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < u.count {
            guard MetaScan.isSpace(u[i]) else { out.append(u[i]); i += 1; continue }
            var j = i
            while j < u.count, MetaScan.isSpace(u[j]) { j += 1 }
            let leftIsOrgan = lexicon.issuerSuffixes.contains { MetaScan.hasSuffix(u, $0, in: 0..<i) }
            let rightIsAbout = about.contains { MetaScan.matches(u, $0, at: j) }
            if i > 0, j < u.count, leftIsOrgan, !rightIsAbout { out.append(" ") }
            i = j
        }
        return String(out)
    }

    func issuerPrefix(_ title: String) -> String? {
        for a in lexicon.markers(.about).map({ String(String.UnicodeScalarView($0)) }) {
            if let r = title.range(of: a), r.lowerBound > title.startIndex, !title[..<r.lowerBound].contains("《") {
                return String(title[..<r.lowerBound])
            }
        }
        return nil
    }

    /// Joint issuers written without a space (`国家医保局国家卫生健康委员会`): split after an organ's name when the rest
    /// is an organ's name that starts like the first one (same jurisdiction, `国家…`, `江西省…`). `中国银行保险监督管理
    /// 委员会` stays whole: `保险…` does not start like `中国…`.
    func splitJointIssuers(_ name: String) -> [String] {
        let u = Array(name.unicodeScalars)
        guard u.count >= 8 else { return [name] }
        let head = u[0..<2]
        for i in 3..<(u.count - 3) where u[i..<(i + 2)] == head {
            let left = String(String.UnicodeScalarView(u[0..<i])), right = String(String.UnicodeScalarView(u[i...]))
            if endsWithOrgan(left), endsWithOrgan(right) { return [left] + splitJointIssuers(right) }
        }
        return [name]
    }

    func endsWithOrgan(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        return u.count >= 2 && u.allSatisfy(MetaScan.isCJK)
            && lexicon.issuerSuffixes.contains { MetaScan.hasSuffix(u, $0, in: 0..<u.count) && u.count > $0.count }
    }

    public func kind(of title: String) -> String? {
        var u = Array(title.unicodeScalars)
        while let last = u.last, MetaScan.isSpace(last) { u.removeLast() }
        for (suffix, kind) in lexicon.kindSuffixes where MetaScan.hasSuffix(u, suffix, in: 0..<u.count) { return kind }
        return nil
    }

    func kindFromCues(_ s: [Unicode.Scalar], _ part: DocumentPart) -> String? {
        guard let body = part.bodyRange else { return nil }
        let window = body.lowerBound..<min(body.upperBound, body.lowerBound + 600)
        for (phrase, kind) in lexicon.kindCues where MetaScan.contains(s, phrase, in: window) { return kind }
        return nil
    }

    // MARK: 主送

    /// Splits a 主送 line on `、` `，` `,` `；` outside brackets; the closing colon is dropped.
    func addressees(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        var end = r.upperBound
        if end > r.lowerBound, MetaScan.isColon(s[end - 1]) { end -= 1 }
        var out: [String] = []
        var depth = 0
        var start = r.lowerBound
        for i in r.lowerBound...end {
            if i < end {
                let c = s[i]
                if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) }
                guard depth == 0, ["、", "，", ",", "；", ";"].contains(c) else { continue }
            }
            let piece = MetaScan.compact(s, start..<i)
            if !piece.isEmpty { out.append(piece) }
            start = i + 1
        }
        return out
    }

    // MARK: statute header

    /// Taiwan 沿革 entries: a numbered line and the unnumbered lines after it.
    func historyEntries(_ s: [Unicode.Scalar], _ lines: [LayoutLine], _ b: LayoutBuilder) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var inHistory = false
        for line in lines {
            if let f = b.labelField(line.content) { inHistory = f == .history; continue }
            guard inHistory else { continue }
            var j = line.content.lowerBound
            while j < line.content.upperBound, MetaScan.isDigit(s[j]) { j += 1 }
            if j > line.content.lowerBound, j < line.content.upperBound, s[j] == "." || s[j] == "、" {
                out.append(line.content)
            } else if let last = out.popLast() {
                out.append(last.lowerBound..<line.content.upperBound)
            }
        }
        return out
    }

    /// The current version's header line: the last 沿革 entry, else the last dated header line.
    func latestHeader(_ s: [Unicode.Scalar], _ lines: [LayoutLine], _ history: [Range<Int>]) -> Range<Int>? {
        if let h = history.last { return h }
        return lines.last { line in
            DateReader.find(in: s, range: line.content).first?.range.lowerBound == line.content.lowerBound
        }?.content
    }

    func events(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Set<DateEvent> {
        Set(lexicon.dateEvents.filter { MetaScan.contains(s, $0.verb, in: r) }.map(\.event))
    }

    // MARK: effective date

    func effectiveDate(_ s: [Unicode.Scalar], _ part: DocumentPart, _ statute: [LayoutLine], _ history: [Range<Int>],
                       _ doc: DocumentMeta, _ layout: DocumentLayout) -> String? {
        if let h = history.last {
            if let d = effectiveClauses(s, h, doc, entryDate: DateReader.find(in: s, range: h).first?.iso).first {
                return d
            }
            return nil
        }
        for line in statute {
            if let d = effectiveClauses(s, line.content, doc, entryDate: nil).first { return d }
        }
        guard let body = part.bodyRange else { return nil }
        return effectiveClauses(s, body, doc, entryDate: nil, layout: layout).last
    }

    /// `自<date>起执行`, `定自<date>施行`, `自公布之日起施行`, `自公布日施行` in `r`.
    func effectiveClauses(_ s: [Unicode.Scalar], _ r: Range<Int>, _ doc: DocumentMeta, entryDate: String?,
                          layout: DocumentLayout? = nil) -> [String] {
        let effectiveVerbs = lexicon.dateEvents.filter { $0.event == .effective }.map(\.verb)
        let eventVerbs = lexicon.dateEvents.filter { $0.event == .published || $0.event == .printed }.map(\.verb)
        func verbAt(_ j: Int) -> Int? {
            var k = j
            if k < r.upperBound, s[k] == "起" { k += 1 }
            if k < r.upperBound, s[k] == "正" || s[k] == "开" { k += 2 } // 起正式施行, 起开始执行
            return effectiveVerbs.first { MetaScan.matches(s, $0, at: k, limit: r.upperBound) }.map { k + $0.count }
        }
        var out: [String] = []
        var i = r.lowerBound
        while i < r.upperBound {
            defer { i += 1 }
            guard s[i] == "自" else { continue }
            if let d = DateReader.find(in: s, range: (i + 1)..<min(r.upperBound, i + 24)).first,
               d.range.lowerBound == i + 1, verbAt(d.range.upperBound) != nil {
                if let layout, layout.isChrome(d.range) { continue }
                out.append(d.iso)
                continue
            }
            // 自公布之日起施行 / 自印发之日起执行 / 自公布日施行
            for v in eventVerbs where MetaScan.matches(s, v, at: i + 1, limit: r.upperBound) {
                var j = i + 1 + v.count
                if j < r.upperBound, s[j] == "之" { j += 1 }
                guard j < r.upperBound, s[j] == "日", verbAt(j + 1) != nil else { continue }
                if let d = entryDate ?? doc.publishedDate ?? doc.signedDate { out.append(d) }
            }
        }
        return out
    }

    // MARK: references

    /// `《标题》（文号）`, `《标题》` and bare 文号 in the body. Short names introduced by `以下简称《…》` and their later
    /// uses are the same document, not references.
    func references(_ text: SourceText, _ body: Range<Int>, _ layout: DocumentLayout, own: String?) -> [Reference] {
        let s = text.folded
        var out: [Reference] = []
        var covered: [Range<Int>] = []
        var aliases = Set<String>()
        for a in lexicon.markers(.alias) {
            var p = body.lowerBound
            while let at = MetaScan.find(s, a, in: p..<body.upperBound) {
                p = at + a.count
                guard p < body.upperBound, s[p] == "《" else { continue }
                if let close = (p..<min(body.upperBound, p + 40)).first(where: { s[$0] == "》" }) {
                    aliases.insert(MetaScan.compact(s, (p + 1)..<close))
                }
            }
        }
        var i = body.lowerBound
        while i < body.upperBound {
            guard s[i] == "《" else { i += 1; continue }
            var depth = 0, j = i
            var close: Int? = nil
            while j < body.upperBound, s[j] != "\n" {
                if s[j] == "《" { depth += 1 } else if s[j] == "》" { depth -= 1; if depth == 0 { close = j; break } }
                j += 1
            }
            guard let close else { i += 1; continue }
            let titleRange = (i + 1)..<close
            let title = normalizeTitleSpaces(MetaScan.collapsed(s, titleRange))
            let key = MetaScan.compact(s, titleRange)
            let aliasIntro = lexicon.markers(.alias).contains { a in
                i - a.count >= body.lowerBound && MetaScan.matches(s, a, at: i - a.count, limit: i)
            }
            if aliasIntro { aliases.insert(key); i = close + 1; continue }
            if aliases.contains(key) || title.isEmpty || layout.isChrome(i..<close + 1) { i = close + 1; continue }
            var end = close + 1
            var number: String? = nil
            var k = end
            while k < body.upperBound, MetaScan.isSpace(s[k]) { k += 1 }
            if k < body.upperBound, s[k] == "(" || s[k] == "（" {
                var m = k + 1
                while m < body.upperBound, MetaScan.isSpace(s[m]) { m += 1 }
                if let n = numbers.find(in: s, range: m..<min(body.upperBound, m + 40)).first, n.range.lowerBound == m {
                    number = n.value
                    var c = n.range.upperBound
                    while c < body.upperBound, c - k < 60, s[c] != ")", s[c] != "）", s[c] != "\n" { c += 1 }
                    end = (c < body.upperBound && (s[c] == ")" || s[c] == "）")) ? c + 1 : n.range.upperBound
                }
            }
            out.append(Reference(quote: text.quote(i..<end), span: Span(i, end), title: title, docNumber: number))
            covered.append(i..<end)
            i = end
        }
        for n in numbers.find(in: s, range: body) where !covered.contains(where: { $0.overlaps(n.range) }) {
            if n.value == own || layout.isChrome(n.range) { continue }
            out.append(Reference(quote: text.quote(n.range), span: Span(n.range), title: nil, docNumber: n.value))
        }
        return out.sorted { $0.span < $1.span }
    }

    // MARK: attachments

    /// `附件：名称`, `附件1 名称` (and `2.名称` lines after an attachment line), and `附件N` cited in the text
    /// (`(详见附件1)`). Names are folded text; `href` is nil in plain text.
    func attachments(_ text: SourceText, _ part: DocumentPart, _ layout: DocumentLayout) -> [Attachment] {
        let s = text.folded
        let from = part.addresseeRange?.upperBound ?? part.bodyRange?.lowerBound ?? part.range.upperBound
        let region = from..<max(from, part.range.upperBound)
        let labels = lexicon.markers(.attachment)
        var out: [Attachment] = []
        func add(_ r: Range<Int>) {
            let name = MetaScan.collapsed(s, r)
            guard !name.isEmpty, !out.contains(where: { $0.name == name }) else { return }
            out.append(Attachment(name: name, href: nil, span: Span(r)))
        }
        var listOpen = false
        for line in layout.lines where region.contains(line.range.lowerBound) && line.kind != .chrome {
            let c = line.content
            guard !c.isEmpty else { listOpen = false; continue }
            if let label = labels.first(where: { MetaScan.matches(s, $0, at: c.lowerBound, limit: c.upperBound) }) {
                var j = c.lowerBound + label.count
                while j < c.upperBound, MetaScan.isSpace(s[j]) { j += 1 }
                if j < c.upperBound, MetaScan.isColon(s[j]) {
                    let v = MetaScan.trim(s, (j + 1)..<c.upperBound)
                    if !v.isEmpty { add(v) }
                    listOpen = true
                    continue
                }
                if j < c.upperBound, ChineseNumber.isNumeral(s[j]) {
                    var k = j
                    while k < c.upperBound, ChineseNumber.isNumeral(s[k]) { k += 1 }
                    if k == c.upperBound || MetaScan.isSpace(s[k]) || MetaScan.isColon(s[k])
                        || [".", "、", "．"].contains(s[k]) {
                        add(c); listOpen = true; continue
                    }
                }
            } else if listOpen, MetaScan.isDigit(s[c.lowerBound]), c.count <= 120 {
                var j = c.lowerBound
                while j < c.upperBound, MetaScan.isDigit(s[j]) { j += 1 }
                if j < c.upperBound, s[j] == "." || s[j] == "、" { add(c); continue }
            }
            listOpen = false
            // 附件N cited inside the text.
            for label in labels {
                var i = c.lowerBound
                while let at = MetaScan.find(s, label, in: i..<c.upperBound) {
                    var j = at + label.count
                    while j < c.upperBound, MetaScan.isDigit(s[j]) { j += 1 }
                    if j > at + label.count, j == c.upperBound || !MetaScan.isDigit(s[j]) {
                        if !out.contains(where: { $0.name.hasPrefix(MetaScan.compact(s, at..<j)) }) { add(at..<j) }
                    }
                    i = max(j, at + 1)
                }
            }
        }
        return out
    }
}
