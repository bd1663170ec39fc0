/// One line of the text and what it looks like.
struct LayoutLine: Sendable {
    enum Kind: Sendable, Equatable {
        case blank, chrome, metaBlock, redHeader, docNumber, statuteHeader, addressee, dateLine, printedLine
        case publicity, colophon, heading, other
    }
    /// The line without its line break.
    let range: Range<Int>
    /// The line without surrounding spaces.
    let content: Range<Int>
    var kind: Kind
}
