import NoticeModel
import NoticeText

/// Runs segmentation and every dimension's extractor over a folded text, then numbers the items in text order,
/// places each in its innermost section and links obligations to the thresholds and deadlines of their clause.
public struct Extractor: Sendable {
    let lexicon: ExtractLexicon
    let segmenter = SectionSegmenter()
    let scanner: QuantityScanner
    let rules: QuantityRuleExtractor
    let frequencies = FrequencyExtractor()
    let obligations: ObligationExtractor
    let namedReferences: NamedReferenceExtractor
    let metadata: MetadataLexicon?

    /// With a metadata lexicon, `extract` also reads the document layout (parts, chrome, header, signature) and
    /// the document metadata; without one, the whole text is one part and `doc` stays empty.
    public init(lexicon: ExtractLexicon, metadata: MetadataLexicon? = nil) {
        self.metadata = metadata
        self.lexicon = lexicon
        self.scanner = QuantityScanner(lexicon: lexicon)
        self.rules = QuantityRuleExtractor(lexicon: lexicon)
        self.obligations = ObligationExtractor(lexicon: lexicon)
        self.namedReferences = NamedReferenceExtractor(lexicon: lexicon)
    }

    /// `parts`: the document parts (outer notice, embedded forwarded documents), each numbered on its own;
    /// `excluded`: ranges that never yield items (page chrome, header blocks).
    public func extract(_ text: SourceText, parts: [Range<Int>]? = nil, excluded: [Range<Int>] = []) -> Extraction {
        let s = text.folded
        let whole = 0..<s.count
        var partRanges = parts ?? [whole]
        var excluded = excluded
        var x = Extraction()
        if parts == nil, let metadata {
            let layout = DocumentLayout(text, lexicon: metadata)
            x.doc = MetadataExtractor(lexicon: metadata).extract(text, layout: layout)
            if !layout.parts.isEmpty { partRanges = layout.parts.map(\.range) }
            excluded += layout.excludedRanges
        }
        x.sections = segmenter.segment(text, parts: partRanges, excluded: excluded)

        let allowed = Self.subtract(excluded, from: whole)
        var quantities: [Quantity] = []
        var rawFreq: [RawFrequency] = []
        var rawObl: [RawObligation] = []
        for r in allowed {
            quantities += scanner.scan(s, in: r)
            rawFreq += frequencies.extract(s, in: r)
            rawObl += obligations.extract(text, in: r, excluded: [])
        }
        var rawRules = rules.extract(s, quantities: quantities)
        let numbers = quantities.map(\.range)
        for r in allowed { rawRules.thresholds += namedReferences.extract(s, in: r, numbers: numbers) }

        let sectionOf = SectionLocator(sections: x.sections)
        func trimmed(_ r: Range<Int>) -> Range<Int> { TextBounds(s: s).trimmed(r) }

        for (n, t) in rawRules.thresholds.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }).enumerated() {
            let r = trimmed(t.range)
            x.thresholds.append(Threshold(id: "t\(n + 1)", quote: text.quote(r), span: Span(r), section: sectionOf[r.lowerBound],
                                          metric: t.metric, op: t.op, value: t.value, unit: t.unit, reference: t.reference, rule: t.rule))
        }
        for (n, d) in rawRules.deadlines.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }).enumerated() {
            let r = trimmed(d.range)
            x.deadlines.append(Deadline(id: "d\(n + 1)", quote: text.quote(r), span: Span(r), section: sectionOf[r.lowerBound],
                                        actor: nil, amount: d.amount, unit: d.unit, op: d.op, anchor: d.anchor, before: d.before, rule: d.rule))
        }
        for (n, p) in rawRules.periods.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }).enumerated() {
            let r = trimmed(p.range)
            x.periods.append(Period(id: "p\(n + 1)", quote: text.quote(r), span: Span(r), section: sectionOf[r.lowerBound],
                                    amount: p.amount, unit: p.unit, subject: p.subject, rule: p.rule))
        }
        for (n, f) in rawFreq.enumerated() {
            x.frequencies.append(Frequency(id: "f\(n + 1)", quote: text.quote(f.range), span: Span(f.range), section: sectionOf[f.range.lowerBound],
                                           every: f.every, multiple: f.multiple, rule: f.rule))
        }
        for (n, o) in rawObl.enumerated() {
            let r = trimmed(o.range)
            let conds = x.thresholds.filter { Self.sameClauseGroup(s, $0.span, r) }.map(\.id)
            let dls = x.deadlines.filter { r.contains($0.span.start) }.map(\.id)
            x.obligations.append(Obligation(id: "o\(n + 1)", quote: text.quote(r), span: Span(r), section: sectionOf[r.lowerBound],
                                            actor: o.actor, modality: o.modality, marker: o.marker, softened: o.softened,
                                            action: o.action, conditions: conds, deadlines: dls, rule: o.rule))
        }
        // A deadline's actor is the party of the obligation that contains it.
        for k in x.deadlines.indices {
            if let o = x.obligations.first(where: { $0.span.range.contains(x.deadlines[k].span.start) }) {
                x.deadlines[k].actor = o.actor
            }
        }
        return x
    }

    /// A threshold conditions an obligation when it is inside it or in the same sentence before it
    /// (`对配送及时率90%以下的中选企业，…予以惩戒`).
    static func sameClauseGroup(_ s: [Unicode.Scalar], _ t: Span, _ o: Range<Int>) -> Bool {
        if o.contains(t.start) { return true }
        guard t.end <= o.lowerBound else { return false }
        let tb = TextBounds(s: s)
        return tb.sentenceStart(o.lowerBound) <= t.start
    }

    static func subtract(_ excluded: [Range<Int>], from whole: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var cursor = whole.lowerBound
        for e in excluded.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if e.lowerBound > cursor { out.append(cursor..<min(e.lowerBound, whole.upperBound)) }
            cursor = max(cursor, e.upperBound)
        }
        if cursor < whole.upperBound { out.append(cursor..<whole.upperBound) }
        return out
    }
}

/// Finds the innermost section containing an offset.
struct SectionLocator {
    let sections: [Section]
    subscript(offset: Int) -> String? {
        var best: Section? = nil
        for sec in sections where sec.span.start <= offset && offset < sec.span.end {
            if best == nil || sec.level >= best!.level { best = sec }
        }
        return best?.id
    }
}
