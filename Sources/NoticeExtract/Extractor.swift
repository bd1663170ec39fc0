import NoticeModel
import NoticeText

/// Runs segmentation and every dimension's extractor over a folded text.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ text: SourceText) -> Extraction {
        Extraction()
    }
}
