import ArgumentParser
import Foundation
import NoticeKit
import NoticeModel
import NoticeDiff

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a policy, rule by rule.",
        discussion: """
        Aligns the two versions (by article number where numbering holds, by content where articles were \
        inserted, deleted, split, merged or moved) and reports per unit: unchanged, reworded, changed, added, \
        removed or moved; per item (threshold, deadline, period, frequency, obligation) and per written number: \
        added, removed or changed, old and new side by side with quotes and spans; and metadata changes. \
        JSON is a notice/1 object with "kind": "diff".
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, html }

    @Argument(help: "The old version (text or HTML).")
    var old: String
    @Argument(help: "The new version (text or HTML).")
    var new: String
    @Option(name: .long, help: "json (default), text (for a terminal) or html (one self-contained page).")
    var format: Format = .json
    @Option(name: .long, help: "Write to this file instead of standard output.")
    var out: String?
    @Flag(name: .long, help: "Pretty-print the JSON.")
    var pretty = false
    enum Color: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Option(name: .long, help: "Colour the text format: auto (when writing to a terminal), always or never.")
    var color: Color = .auto
    @Flag(name: .long, help: "Show unchanged units in the text format instead of collapsing them.")
    var all = false
    @Option(name: .long, help: "Benchmark: run the diff this many times and print the time per diff to stderr.")
    var repeatCount: Int?

    func run() throws {
        let pipeline = try common.pipeline(pretty: pretty)
        let a: DiffInput, b: DiffInput
        do {
            a = try pipeline.diffInput(path: old)
            b = try pipeline.diffInput(path: new)
        } catch let e as InputError {
            FileHandle.standardError.write(Data("notice: \(e.message)\n".utf8))
            throw ExitCode(1)
        }
        let differ = PolicyDiff()
        var report = differ.diff(old: a, new: b)
        if let n = repeatCount, n > 0 {
            let clock = ContinuousClock()
            let elapsed = clock.measure { for _ in 0..<n { report = differ.diff(old: a, new: b) } }
            let per = elapsed / n
            FileHandle.standardError.write(Data("diff: \(n) runs, \(per) per diff (\(a.text.count) + \(b.text.count) chars)\n".utf8))
        }
        let output: String
        switch format {
        case .json: output = try ContractJSON.encode(report, pretty: pretty) + "\n"
        case .text:
            let useColor = color == .always || (color == .auto && out == nil && isatty(STDOUT_FILENO) == 1)
            output = DiffTextRenderer(color: useColor, showUnchanged: all).render(report, old: a, new: b)
        case .html: output = DiffHTMLRenderer().render(report, old: a, new: b)
        }
        if let out { try Data(output.utf8).write(to: URL(fileURLWithPath: out)) } else { print(output, terminator: "") }
    }

    @OptionGroup var common: CommonOptions
}
