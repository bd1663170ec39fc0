import ArgumentParser
import Foundation
import NoticeKit

/// `notice bench`: throughput of the whole text pipeline (bytes → JSON) on a corpus repeated to a size, against a
/// baseline measured in the same run (UTF-8 validation and a scalar count of the same bytes), plus peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure pipeline throughput (MB/s) and peak memory on a corpus (use a release build)."
    )

    @Argument(help: "Text files or directories (default: corpus/).")
    var inputs: [String] = ["corpus"]

    @Option(name: .long, help: "Repeat the corpus until at least this many MB are processed.")
    var mb: Double = 10

    @OptionGroup var common: CommonOptions

    func run() throws {
        let pipeline = try common.pipeline()
        var docs: [(String, [UInt8])] = []
        for f in try InputFiles.expand(inputs) {
            if case .path(let p) = f, let d = FileManager.default.contents(atPath: p) { docs.append((p, [UInt8](d))) }
        }
        guard !docs.isEmpty else { throw ValidationError("no readable input") }
        let corpusBytes = docs.reduce(0) { $0 + $1.1.count }
        let rounds = max(1, Int((mb * 1_000_000 / Double(corpusBytes)).rounded(.up)))
        let total = Double(corpusBytes * rounds) / 1_000_000

        let clock = CPUClock()
        var sink = 0
        let base = clock.measure {
            for _ in 0..<rounds { for (_, b) in docs { sink &+= String(decoding: b, as: UTF8.self).unicodeScalars.count } }
        }
        var items = 0
        var jsonBytes = 0
        let full = try clock.measure {
            for _ in 0..<rounds {
                for (p, b) in docs {
                    let outcome = pipeline.process(bytes: b, path: p)
                    if case .document(let d) = outcome { items += d.thresholds.count + d.deadlines.count + d.periods.count + d.frequencies.count + d.obligations.count }
                    jsonBytes += try outcome.json(pretty: false).utf8.count
                }
            }
        }
        func secs(_ d: Double) -> Double { d }
        let mbps = total / secs(full)
        let baseMBps = total / secs(base)
        print(String(format: "corpus: %d files, %.1f KB, repeated %d× = %.1f MB", docs.count, Double(corpusBytes) / 1000, rounds, total))
        print(String(format: "pipeline (decode+fold+extract+checks+JSON): %.2f s CPU, %.1f MB/s, %d items, %.1f MB JSON", secs(full), mbps, items, Double(jsonBytes) / 1e6))
        print(String(format: "baseline (UTF-8 decode + scalar count):    %.2f s CPU, %.1f MB/s  (pipeline = %.1f%% of baseline speed)", secs(base), baseMBps, 100 * mbps / baseMBps))
        print("peak memory (VmHWM): \(PeakMemory.read())" + (sink == -1 ? "" : ""))
    }
}

/// CPU time of this process (user + system), so that a busy machine does not distort the ratio.
struct CPUClock {
    func now() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }
    func measure(_ body: () throws -> Void) rethrows -> Double {
        let t0 = now()
        try body()
        return now() - t0
    }
}

enum PeakMemory {
    static func read() -> String {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "unknown" }
        return s.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }
}
