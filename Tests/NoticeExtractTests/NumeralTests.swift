import Foundation
import Testing
import NoticeText
import NoticeExtract

/// `Examples/numerals.json`: every numeral form of annotation-conventions.md through `NumeralParser().parse(_:at:)`
/// on folded text. An input's numeral is the first one in it (the first offset where the parser reads a number);
/// `expect` names its `value` (percent forms in percent), `form` (arabic, chinese, percent) and optionally `match`
/// (the exact source text the numeral covers). A `none` input has no offset where the parser reads a number.
@Suite struct NumeralTests {
    /// The first numeral in a folded text and the source text it covers.
    static func firstNumeral(_ text: SourceText) -> (NumeralMatch, String)? {
        let parser = NumeralParser()
        for i in 0..<text.folded.count {
            if let m = parser.parse(text.folded, at: i) { return (m, text.quote(m.range)) }
        }
        return nil
    }

    @Test("numeral", arguments: try ExampleCorpus.cases([.numeral]))
    func numeral(_ c: ExampleCase) throws {
        let folded = try ExampleCorpus.folder().fold(c.text, encoding: "UTF-8")
        try ExampleCorpus.run(c) {
            let found = Self.firstNumeral(folded)
            guard let expect = c.expect else {
                #expect(found == nil, "expected no numeral; got \(found.map { "\($0.0.value) \($0.0.form) 「\($0.1)」" } ?? "")")
                return
            }
            guard let (m, quote) = found else {
                Issue.record("no numeral found")
                return
            }
            let got: [String: ExampleValue] = ["value": .number(m.value), "form": .string(m.form.rawValue), "match": .string(quote)]
            for (k, v) in expect.sorted(by: { $0.key < $1.key }) {
                #expect(got[k].map(v.matches) ?? false, "\(k): expected \(v), got \(got[k] ?? .null) (numeral 「\(quote)」)")
            }
        }
    }

    /// The parser reads at the given offset only: no skipping over text before the numeral.
    @Test func parseDoesNotSkipAhead() throws {
        let folded = try ExampleCorpus.folder().fold("处五十万元以下罚款", encoding: "UTF-8").folded
        #expect(NumeralParser().parse(folded, at: 0) == nil)
        #expect(NumeralParser().parse(folded, at: 1)?.value == 500000)
        #expect(NumeralParser().parse(folded, at: 1)?.range == 1..<4)
    }
}
