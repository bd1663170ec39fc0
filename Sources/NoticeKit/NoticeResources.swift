import Foundation
import NoticeText
import NoticeExtract

/// Data loaded once at start from `dictionaries/` and shared by every document of a run.
public struct NoticeResources: Sendable {
    public let textTables: TextTables
    public let extractLexicon: ExtractLexicon

    public init(textTables: TextTables, extractLexicon: ExtractLexicon) {
        self.textTables = textTables
        self.extractLexicon = extractLexicon
    }

    /// Loads and validates every dictionary; a bad line is an error that names file and line.
    public static func load(_ options: NoticeOptions) throws -> NoticeResources {
        let dir = options.dictionaryDirectory
        return NoticeResources(textTables: try TextTables.load(directory: dir),
                               extractLexicon: try ExtractLexicon.load(directory: dir))
    }
}
