import Foundation
import NoticeModel
import NoticeText
@testable import NoticeExtract

/// Loads the repository's dictionaries once per test and builds `SourceText`, layout and metadata.
struct MetadataFixtures {
    static var repo: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    let folder: TextFolder
    let lexicon: MetadataLexicon

    init() throws {
        let dict = Self.repo.appendingPathComponent("dictionaries")
        folder = TextFolder(tables: try TextTables.load(directory: dict))
        lexicon = try MetadataLexicon.load(directory: dict)
    }

    /// Whether the traditional → simplified table has been generated (merged from the text branch).
    static var hasT2S: Bool {
        let dict = repo.appendingPathComponent("dictionaries")
        return ((try? TextTables.load(directory: dict))?.t2s.count ?? 0) > 1000
    }

    func text(_ s: String) -> SourceText { folder.fold(s, encoding: "UTF-8") }

    func file(_ relative: String) throws -> SourceText {
        let url = Self.repo.appendingPathComponent(relative)
        return text(try String(contentsOf: url, encoding: .utf8))
    }

    static func corpusDev(_ name: String) -> URL { URL(fileURLWithPath: "/work/shared/corpus-dev/\(name)") }

    func layout(_ t: SourceText) -> DocumentLayout { DocumentLayout(t, lexicon: lexicon) }

    func meta(_ t: SourceText) -> DocumentMeta {
        MetadataExtractor(lexicon: lexicon).extract(t, layout: layout(t))
    }
}
