import Foundation

/// Paths of the repository files the tests read (located from this file, so no resources are bundled).
enum TestFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let dictionaries = root.appendingPathComponent("dictionaries")

    static func bytes(_ url: URL) -> [UInt8] {
        guard let d = FileManager.default.contents(atPath: url.path) else { fatalError("missing test file \(url.path)") }
        return [UInt8](d)
    }
    static func fixture(_ rel: String) -> [UInt8] { bytes(fixtures.appendingPathComponent(rel)) }
    static func corpus(_ name: String) -> [UInt8] { bytes(root.appendingPathComponent("corpus").appendingPathComponent(name)) }
    static func utf8(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static let seed000 = "000_25dda312e40fb083.txt"
    static let seed001 = "001_884cb13d2a3f3a0c.txt"
    static let seed002 = "002_3c2483d3016c1a44.txt"
    static let seed003 = "003_1f10d95e4c7a9389.txt"
    static let seed004 = "004_6203a03ee080efe0.txt"
    /// The traditional files of the OpenCC oracle (Taiwan statutes from corpus-dev and seed 002).
    static let opencc = ["tw_gongpingjiaoyi_2015", "tw_gongpingjiaoyi_2017", "tw_qiangzhi_chexian_2021",
                         "tw_qiangzhi_chexian_2022", "tw_yaohai_jiuji_2020", "tw_yaoshi_2018", "tw_yiliao_2023", "seed002"]
}
