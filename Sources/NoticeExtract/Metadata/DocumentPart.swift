/// One document inside a text: the outer document (part 0) or a forwarded document printed after it. Ranges are
/// scalar offsets into `SourceText` (the same in `original` and `folded`); line ranges exclude the line break.
public struct DocumentPart: Sendable, Hashable {
    /// The part's own text. Parts do not overlap: the outer part ends where the first embedded part starts.
    public let range: Range<Int>
    /// Hull of the front matter that is neither title nor 主送: portal metadata block, red header, 文号 line,
    /// statute header (通过/公布/施行 lines, 最新异动日期, 沿革).
    public let headerRange: Range<Int>?
    /// `[ 索引号 ] …` portal metadata lines (hull).
    public let metaBlockRange: Range<Int>?
    /// Red header (`XX局文件`, `山西省医疗保障局文件 山西省卫生健康委员会`).
    public let redHeaderRange: Range<Int>?
    /// The line that is exactly a 文号.
    public let docNumberLineRange: Range<Int>?
    /// Dated statute header lines and the Taiwan 最新异动日期 / 沿革 block (hull).
    public let statuteHeaderRange: Range<Int>?
    /// Title lines (a title may wrap over several lines, may be printed twice).
    public let titleLines: [Range<Int>]
    /// The 主送 line (ends with `：`/`:`).
    public let addresseeRange: Range<Int>?
    public let bodyRange: Range<Int>?
    /// Issuer lines above the date line (发文机关署名).
    public let signatureLines: [Range<Int>]
    /// The 成文日期 line under the signature.
    public let dateLineRange: Range<Int>?
    /// `（此件主动公开）`.
    public let publicityRange: Range<Int>?
    /// 版记: `抄送：…`, `XX办公室 2023年6月29日印发` (hull).
    public let colophonRange: Range<Int>?

    public init(range: Range<Int>, headerRange: Range<Int>?, metaBlockRange: Range<Int>?, redHeaderRange: Range<Int>?,
                docNumberLineRange: Range<Int>?, statuteHeaderRange: Range<Int>?, titleLines: [Range<Int>],
                addresseeRange: Range<Int>?, bodyRange: Range<Int>?, signatureLines: [Range<Int>],
                dateLineRange: Range<Int>?, publicityRange: Range<Int>?, colophonRange: Range<Int>?) {
        self.range = range; self.headerRange = headerRange; self.metaBlockRange = metaBlockRange
        self.redHeaderRange = redHeaderRange; self.docNumberLineRange = docNumberLineRange
        self.statuteHeaderRange = statuteHeaderRange; self.titleLines = titleLines
        self.addresseeRange = addresseeRange; self.bodyRange = bodyRange; self.signatureLines = signatureLines
        self.dateLineRange = dateLineRange; self.publicityRange = publicityRange; self.colophonRange = colophonRange
    }

    /// Hull of the title lines.
    public var titleRange: Range<Int>? { Self.hull(titleLines) }
    /// Hull of the signature lines.
    public var signatureRange: Range<Int>? { Self.hull(signatureLines) }

    static func hull(_ rs: [Range<Int>]) -> Range<Int>? {
        guard let a = rs.map(\.lowerBound).min(), let b = rs.map(\.upperBound).max() else { return nil }
        return a..<b
    }
}
