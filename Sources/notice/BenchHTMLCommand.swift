import ArgumentParser
import Foundation
import NoticeKit
import NoticeHTML
import NoticeText

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

    @Flag(name: .long, help: "Time the HTML stage alone (bytes → main text and page metadata), not the whole pipeline.")
    var htmlOnly = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.pipeline()
        let html = HTMLExtractor(decoder: TextDecoder())
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        guard !names.isEmpty else { throw ValidationError("\(directory): no .html pages") }
        let pages: [(String, [UInt8])] = try names.map { n in
            let p = (directory as NSString).appendingPathComponent(n)
            return (p, [UInt8](try Data(contentsOf: URL(fileURLWithPath: p))))
        }
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        var failures = 0, outputBytes = 0
        // Warm-up run in the same mode (also reports failures once).
        for (p, b) in pages {
            let failed: Bool
            if htmlOnly { failed = (try? html.extract(bytes: b)) == nil } else { failed = pipeline.process(bytes: b, path: p).isFailure }
            if failed { failures += 1; print("failed: \(p)") }
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock measures the neighbours.
        func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let clock = ContinuousClock()
        let cpu0 = cpuSeconds()
        let elapsed = try clock.measure {
            for _ in 0..<max(1, self.repeat) {
                if htmlOnly {
                    for (_, b) in pages { outputBytes += try html.extract(bytes: b).text.utf8.count }
                } else {
                    for (p, b) in pages { outputBytes += try pipeline.process(bytes: b, path: p).json(pretty: false).utf8.count }
                }
            }
        }
        let cpu = cpuSeconds() - cpu0
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let total = Double(pages.count * max(1, self.repeat))
        let runBytes = Double(bytes) * Double(max(1, self.repeat))
        print(String(format: "%@%d pages (%.1f KB mean) x %d runs, %d failed", htmlOnly ? "HTML stage only: " : "HTML → JSON: ", pages.count, Double(bytes) / Double(pages.count) / 1024,
                     max(1, self.repeat), failures))
        print(String(format: "cpu:  %.0f pages/s, %.2f MB/s, %.3f ms/page (one thread)", total / cpu, runBytes / cpu / 1e6, cpu * 1000 / total))
        print(String(format: "wall: %.0f pages/s, %.2f MB/s, %.3f ms/page", total / wall, runBytes / wall / 1e6, wall * 1000 / total))
    }
}
