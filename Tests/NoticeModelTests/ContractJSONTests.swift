import Testing
import Foundation
@testable import NoticeModel

@Suite struct ContractJSONTests {
    @Test func missingValuesAreNullNeverOmitted() throws {
        let t = Threshold(id: "t1", quote: "90%以下", span: Span(3, 9), section: nil, metric: nil, op: .le,
                          value: 90, unit: .percent, reference: nil, rule: "1259:以下")
        let json = try ContractJSON.encode(t)
        #expect(json == #"{"id":"t1","metric":null,"op":"le","quote":"90%以下","reference":null,"rule":"1259:以下","section":null,"span":[3,9],"unit":"percent","value":90}"#)
    }

    @Test func decimalValuesKeepTheirFraction() throws {
        let t = Threshold(id: "t1", quote: "百分之零点一", span: Span(0, 6), section: "s1", metric: "x", op: .eq,
                          value: 0.1, unit: .percent, reference: nil, rule: "fixed")
        #expect(try ContractJSON.encode(t).contains(#""value":0.1"#))
    }

    @Test func spanRejectsReversedRanges() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Span.self, from: Data("[5,2]".utf8)) }
    }

    @Test func documentRoundTrips() throws {
        let doc = NoticeDocument(source: SourceInfo(path: "a.txt", sha256: "00", format: .text, encoding: "UTF-8",
                                                    script: .simplified, chars: 10),
                                 doc: DocumentMeta(title: "关于…的通知", embedded: [DocumentMeta(title: "内", span: Span(5, 10))]))
        let json = try ContractJSON.encode(doc)
        #expect(!json.contains(#""text":"#))
        #expect(json.contains(#""signedDate":null"#))
        let back = try JSONDecoder().decode(NoticeDocument.self, from: Data(json.utf8))
        #expect(back == doc)
    }
}

@Suite struct ContractJSONWriterTests {
    /// The fast writer must produce JSON that Foundation reads back to the same value, and the same text as
    /// Foundation's encoder with sorted keys (compact form).
    @Test func agreesWithFoundationsEncoder() throws {
        let f = Finding(id: "x1", check: "threshold_overlap", severity: .error, message: "a \"quoted\" \\ line\nnext\u{1}",
                        items: ["t1", "t2"], quotes: [FindingQuote(path: nil, quote: "90%以下", span: Span(1, 6))],
                        basis: "民法典1259 / (13000-700)/13000", values: ["b": "2", "a": "1", "overlapAt": "90"])
        let ours = try ContractJSON.encode(f)
        let foundation = String(decoding: try ContractJSON.encoder().encode(f), as: UTF8.self)
        #expect(ours == foundation)
        let back = try JSONDecoder().decode(Finding.self, from: Data(ours.utf8))
        #expect(back == f)
    }

    @Test func prettyOutputParsesBack() throws {
        let doc = NoticeDocument(source: SourceInfo(path: "p"), doc: DocumentMeta(issuers: ["甲", "乙"]))
        let text = try ContractJSON.encode(doc, pretty: true)
        #expect(text.contains("\n  \"doc\": {"))
        #expect(try JSONDecoder().decode(NoticeDocument.self, from: Data(text.utf8)) == doc)
    }

    @Test func numbersHaveNoTrailingZero() {
        #expect(ContractJSONWriter.formatDouble(90) == "90")
        #expect(ContractJSONWriter.formatDouble(0.1) == "0.1")
        #expect(ContractJSONWriter.formatDouble(-2.5) == "-2.5")
    }
}
