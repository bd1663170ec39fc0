import Foundation

/// The one options value passed down the pipeline.
public struct NoticeOptions: Sendable {
    /// Where `dictionaries/` lives (vocabulary, script tables, holiday tables).
    public var dictionaryDirectory: URL
    /// Pretty-print JSON.
    public var pretty: Bool

    public init(dictionaryDirectory: URL, pretty: Bool = false) {
        self.dictionaryDirectory = dictionaryDirectory
        self.pretty = pretty
    }

    /// Finds `dictionaries/`: `$NOTICE_DICTIONARIES`, then the current directory and its parents, then the
    /// directories above the executable (a `swift build` product lives in `.build/<config>/`).
    public static func locateDictionaries(environment: [String: String] = ProcessInfo.processInfo.environment,
                                          executable: String = CommandLine.arguments.first ?? "") -> URL? {
        let fm = FileManager.default
        func isDir(_ u: URL) -> Bool { var d: ObjCBool = false; return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue }
        if let env = environment["NOTICE_DICTIONARIES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        starts.append(exe.deletingLastPathComponent())
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("dictionaries")
                if isDir(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
