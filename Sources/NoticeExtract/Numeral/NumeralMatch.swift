/// A number found in folded text.
public struct NumeralMatch: Sendable, Equatable {
    public enum Form: String, Sendable {
        /// `95`, `1.3`, `1,000`
        case arabic
        /// `十五`, `二万`, `壹万贰仟`, `两`
        case chinese
        /// `百分之十`, `千分之一`, `五分之一`, `95%`, `5‰`: value already in percent
        case percent
    }

    /// The value; for `.percent`, in percent (`千分之一` → 0.1).
    public var value: Double
    /// Scalar offsets of the whole numeral (including `百分之`, `%`, a trailing `万`).
    public var range: Range<Int>
    public var form: Form

    public init(value: Double, range: Range<Int>, form: Form) { self.value = value; self.range = range; self.form = form }
}
