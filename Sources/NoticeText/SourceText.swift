import NoticeModel

/// Decoded text with a matching view for extraction.
///
/// `original` is the decoded text as Unicode scalars: spans index it. `folded` has exactly the same length and is
/// what the extractors match against: traditional → simplified (per code point, and per word where the form depends
/// on the word: 計畫 → 计划), full-width digits, letters and
/// `％．－＋：` → ASCII, and `?` / NBSP / U+3000 padding → space. Because folding is one scalar for one scalar,
/// an offset in `folded` is the same offset in `original`: the offset map is the identity by construction.
public struct SourceText: Sendable {
    public let text: String
    public let original: [Unicode.Scalar]
    public let folded: [Unicode.Scalar]
    public let encoding: String
    public let script: Script

    public init(text: String, original: [Unicode.Scalar], folded: [Unicode.Scalar], encoding: String, script: Script) {
        precondition(original.count == folded.count, "folding must keep one scalar per scalar")
        self.text = text; self.original = original; self.folded = folded; self.encoding = encoding; self.script = script
    }

    public var count: Int { original.count }

    /// The exact source text of a span, in the source's own script.
    public func quote(_ range: Range<Int>) -> String { Self.string(original[range]) }
    /// The folded (simplified, ASCII-digit) text of a span, for normalised fields.
    public func normalized(_ range: Range<Int>) -> String { Self.string(folded[range]) }

    public static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
