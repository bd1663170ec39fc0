import ArgumentParser
import Foundation
import NoticeKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Turn notices (text or HTML, simplified or traditional) into notice/1 JSON.",
        discussion: """
        One input prints one JSON object; several inputs or a directory print JSON Lines, one object per file \
        (or one file per input with --out). `-` reads standard input. A file that cannot be read gives an error \
        object naming it and the batch goes on; the exit status is 1 when any input failed.
        """
    )

    @Argument(help: "Files or directories to read (`-` for standard input).")
    var inputs: [String]

    @Option(name: .long, help: "Write one <name>.json per input into this directory instead of stdout.")
    var out: String?

    @Flag(name: .long, help: "Pretty-print the JSON.")
    var pretty = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.pipeline(pretty: pretty)
        let files = try InputFiles.expand(inputs)
        var failed = false
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        for file in files {
            let outcome: Pipeline.Outcome
            switch file {
            case .stdin: outcome = pipeline.process(bytes: InputFiles.readStdin(), path: "-")
            case .path(let p): outcome = pipeline.process(path: p)
            case .bad(let p, let e): outcome = .failure(.init(source: .init(path: p), error: e))
            }
            if outcome.isFailure {
                failed = true
                if case .failure(let e) = outcome { FileHandle.standardError.write(Data("notice: \(e.source.path): \(e.error.message)\n".utf8)) }
            }
            let json = try outcome.json(pretty: pretty || (files.count == 1 && out == nil && pretty))
            if let out {
                let name = (file.displayPath as NSString).lastPathComponent
                let target = URL(fileURLWithPath: out).appendingPathComponent(name + ".json")
                try Data((json + "\n").utf8).write(to: target)
            } else {
                print(json)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
