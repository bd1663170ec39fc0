import NoticeModel

/// A count of batches already implemented (`已平稳实施六批…集中带量采购`) next to a batch announced for the future
/// (`将落地执行…专项集中带量采购`) of the same kind of programme: whether the coming batch is one of those counted
/// cannot be decided from the text; the count needs an external registry. Info, low confidence by nature.
public struct BatchCountCheck: Check {
    public let name = "stale_or_inconsistent_batch_count"
    let lexicon: CheckLexicon
    public init(lexicon: CheckLexicon) { self.lexicon = lexicon }

    public func run(_ input: CheckInput) -> [Finding] {
        let s = input.scan
        var out: [Finding] = []
        for (head, _) in lexicon.entityHeads {
            for m in s.matches("已(?:经)?(?:平稳)?(?:实施|执行|落地|完成)(?:了)?([0-9]+|[一二三四五六七八九十]+)批([^。；\\n]{0,20}?)\(head)") {
                let paragraph = s.line(around: m.range.lowerBound)
                let future = lexicon.futureMarkers.joined(separator: "|")
                guard let f = s.matches("(?:\(future))[^。；\\n]{0,12}?(?:执行|实施|落地)[^。；\\n]{0,30}?\(head)", in: paragraph)
                        .first(where: { $0.range.lowerBound != m.range.lowerBound }) else { continue }
                let n = ChineseNumber.parse(s.text(m.groups[0]!)).map { Fmt.num($0) } ?? s.text(m.groups[0]!)
                out.append(Finding(
                    check: name, severity: .info,
                    message: "The text counts \(n) batches as already implemented and announces another for the future; whether that one is among the \(n) (a stale count) needs an external registry of batches.",
                    quotes: [input.quote(s.sentence(around: m.range.lowerBound)), input.quote(s.sentence(around: f.range.lowerBound))],
                    basis: "needs external data: the national batch registry", values: ["claimed": n, "finding": "needs_external_registry"]))
            }
        }
        return out
    }
}
