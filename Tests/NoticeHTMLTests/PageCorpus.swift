import Foundation

/// The page corpus under Pages/: `<name>.html` with `<name>.expected.txt` and `<name>.expected.json`
/// (built from the seed notices by Pages/make_pages.py).
enum PageCorpus {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pages")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name + ".html")))
    }

    static func expectedText(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".expected.txt"), encoding: .utf8)
    }

    struct ExpectedMeta: Decodable {
        struct Link: Decodable { var name: String; var href: String; var ext: String? }
        var title: String?
        var docNumber: String?
        var issuers: [String]
        var indexNumber: String?
        var validity: String?
        var signedDate: String?
        var publishedDate: String?
        var subject: String?
        var genre: String?
        var siteName: String?
        var column: String?
        var encoding: String
        var attachments: [Link]
    }

    static func expectedMeta(_ name: String) throws -> ExpectedMeta {
        try JSONDecoder().decode(ExpectedMeta.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".expected.json")))
    }
}
