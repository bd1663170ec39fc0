import ArgumentParser
import Foundation
import NoticeKit

/// Hidden: pages per second for the whole HTML → JSON pipeline over the pages of a directory.
struct BenchHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-html",
        abstract: "Measure HTML → notice/1 JSON throughput on a directory of pages (one core).",
        shouldDisplay: false
    )

    @Argument(help: "A directory of .html/.htm pages.")
    var directory: String

    @Option(name: .long, help: "How many times to run the whole page set.")
    var `repeat`: Int = 100

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.pipeline()
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        guard !names.isEmpty else { throw ValidationError("\(directory): no .html pages") }
        let pages: [(String, [UInt8])] = try names.map { n in
            let p = (directory as NSString).appendingPathComponent(n)
            return (p, [UInt8](try Data(contentsOf: URL(fileURLWithPath: p))))
        }
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        var failures = 0, outputBytes = 0
        // Warm-up run (also reports failures once).
        for (p, b) in pages {
            let outcome = pipeline.process(bytes: b, path: p)
            if outcome.isFailure { failures += 1; print("failed: \(p)") }
        }
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<max(1, self.repeat) {
                for (p, b) in pages { outputBytes += try pipeline.process(bytes: b, path: p).json(pretty: false).utf8.count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let total = Double(pages.count * max(1, self.repeat))
        print(String(format: "%d pages (%.1f KB mean), %d runs: %.0f pages/s, %.2f MB/s, %.3f ms/page, %d failed",
                     pages.count, Double(bytes) / Double(pages.count) / 1024, max(1, self.repeat),
                     total / seconds, Double(bytes) * Double(max(1, self.repeat)) / seconds / 1e6, seconds * 1000 / total, failures))
    }
}
