import ArgumentParser
import Foundation
import NoticeKit
import NoticeModel
import NoticeCheck

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find rules that contradict, leave gaps or do not add up, in each notice and across the set.",
        discussion: """
        Runs every check over each input and every cross-document check over the whole set. Prints findings as \
        JSON Lines (one `findings` object per line, quotes carrying the file path), or with --format text for \
        people: severity, check, message and the quotes. Exit status 1 when an input could not be read.
        """
    )

    enum Format: String, ExpressibleByArgument { case jsonl, text }

    @Argument(help: "Files or directories to read (`-` for standard input).")
    var inputs: [String]

    @Option(name: .long, help: "Output format: jsonl (default) or text.")
    var format: Format = .jsonl

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.pipeline()
        let runner: CheckRunner
        do { runner = try pipeline.checkRunner() } catch { throw ValidationError("cannot load dictionaries: \(error)") }
        var failed = false
        var inputsRead: [CheckInput] = []
        for file in try InputFiles.expand(inputs) {
            let checked: Pipeline.Checked
            switch file {
            case .stdin: checked = pipeline.processForCheck(bytes: InputFiles.readStdin(), path: "-")
            case .path(let p): checked = pipeline.processForCheck(path: p)
            case .bad(let p, let e):
                failed = true
                FileHandle.standardError.write(Data("notice: \(p): \(e.message)\n".utf8))
                continue
            }
            guard let input = checked.input else {
                failed = true
                if case .failure(let e) = checked.outcome {
                    FileHandle.standardError.write(Data("notice: \(e.source.path): \(e.error.message)\n".utf8))
                }
                continue
            }
            inputsRead.append(input)
            try emit(runner.run(input), scope: input.path)
        }
        try emit(runner.runCross(inputsRead), scope: "across \(inputsRead.count) document(s)")
        if failed { throw ExitCode(1) }
    }

    func emit(_ findings: [Finding], scope: String) throws {
        switch format {
        case .jsonl:
            for f in findings { print(try ContractJSON.encode(f)) }
        case .text:
            guard !findings.isEmpty else { return }
            print("== \(scope): \(findings.count) finding(s)")
            for f in findings {
                print("[\(f.severity.rawValue)] \(f.id) \(f.check): \(f.message)")
                for q in f.quotes { print("    「\(q.quote)」" + (q.path.map { " (\(($0 as NSString).lastPathComponent) \(q.span.start)-\(q.span.end))" } ?? "")) }
                print("    basis: \(f.basis)")
                let values = f.values.filter { $0.key != "finding" }.sorted { $0.key < $1.key }
                if !values.isEmpty { print("    values: " + values.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")) }
            }
        }
    }
}
