/// A numbered line start found by `SectionSegmenter`.
struct SectionHeading: Sendable {
    var style: NumberingStyle
    /// The number as printed (`（一）`, `第十五条`).
    var numberRange: Range<Int>
    var ordinal: Double?
    /// The heading text range, when the unit has one.
    var headingRange: Range<Int>?
}
