import Foundation
import NoticeText
import NoticeExtract
import NoticeCalendar

/// Data loaded once at start from `dictionaries/` and shared by every document of a run.
public struct NoticeResources: Sendable {
    public let textTables: TextTables
    public let extractLexicon: ExtractLexicon
    public let metadataLexicon: MetadataLexicon
    public let dateResolver: DateResolver

    public init(textTables: TextTables, extractLexicon: ExtractLexicon, metadataLexicon: MetadataLexicon,
                dateResolver: DateResolver) {
        self.textTables = textTables
        self.extractLexicon = extractLexicon
        self.metadataLexicon = metadataLexicon
        self.dateResolver = dateResolver
    }

    /// Loads and validates every dictionary; a bad line is an error that names file and line.
    public static func load(_ options: NoticeOptions) throws -> NoticeResources {
        let dir = options.dictionaryDirectory
        return NoticeResources(textTables: try TextTables.load(directory: dir),
                               extractLexicon: try ExtractLexicon.load(directory: dir),
                               metadataLexicon: try MetadataLexicon.load(directory: dir),
                               dateResolver: try DateResolver.load(directory: dir))
    }
}
