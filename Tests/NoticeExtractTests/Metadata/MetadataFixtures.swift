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

    /// Loaded once per test process (immutable): loading the script tables for every test is slow.
    private static let loaded = Result { try MetadataFixtures(loading: repo.appendingPathComponent("dictionaries")) }

    init() throws { self = try Self.loaded.get() }

    private init(loading dict: URL) throws {
        folder = TextFolder(tables: try TextTables.load(directory: dict))
        lexicon = try MetadataLexicon.load(directory: dict)
    }

    func text(_ s: String) -> SourceText { folder.fold(s, encoding: "UTF-8") }

    func file(_ relative: String) throws -> SourceText {
        let url = Self.repo.appendingPathComponent(relative)
        return text(try String(contentsOf: url, encoding: .utf8))
    }

    /// The dev statutes are part of the repository's corpus (`corpus/`, copied from shared/corpus-dev with their sources).
    static func corpusDev(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/\(name)")
    }

    func layout(_ t: SourceText) -> DocumentLayout { DocumentLayout(t, lexicon: lexicon) }

    func meta(_ t: SourceText) -> DocumentMeta {
        MetadataExtractor(lexicon: lexicon).extract(t, layout: layout(t))
    }
}
