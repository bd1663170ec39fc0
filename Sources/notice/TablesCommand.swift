import ArgumentParser
import Foundation
import NoticeKit
import NoticeText

/// `notice tables …`: regenerate the script data files from ICU, and measure decode + fold speed.
struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Generate the script tables from ICU, or measure decoding and folding.",
        subcommands: [T2S.self, Evidence.self, BenchFold.self]
    )

    struct T2S: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "t2s",
            abstract: "Print dictionaries/script/t2s.tsv as ICU's Hant-Hans transliterator generates it.")
        func run() throws { print(try ScriptTableGenerator.t2sFile(), terminator: "") }
    }

    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: "Print dictionaries/script/script-evidence.tsv (characters that tell the script apart).")
        func run() throws {
            print(try ScriptTableGenerator.evidenceFile(pairs: ScriptTableGenerator.t2sPairs()), terminator: "")
        }
    }

    struct BenchFold: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-fold",
            abstract: "Measure decode + fold throughput over files held in memory (build with -c release).")

        @Argument(help: "Files to decode and fold.")
        var files: [String]

        @Option(name: .long, help: "Seconds to run for, at least.")
        var seconds: Double = 2

        @OptionGroup var common: CommonOptions

        func run() throws {
            let tables = try TextTables.load(directory: common.options().dictionaryDirectory)
            let decoder = TextDecoder()
            let folder = TextFolder(tables: tables)
            let inputs = try files.map { path -> [UInt8] in
                guard let d = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
                return [UInt8](d)
            }
            let bytesPerRound = inputs.reduce(0) { $0 + $1.count }
            let cpuStart = Self.threadCPUSeconds()
            var rounds = 0, checksum = 0
            let clock = ContinuousClock()
            var decodeTime = Duration.zero, foldTime = Duration.zero
            let start = clock.now
            repeat {
                for bytes in inputs {
                    let t0 = clock.now
                    let (text, encoding) = try decoder.decode(bytes)
                    let t1 = clock.now
                    let s = folder.fold(text, encoding: encoding)
                    foldTime += clock.now - t1
                    decodeTime += t1 - t0
                    checksum &+= s.count
                }
                rounds += 1
            } while (clock.now - start).seconds < seconds
            let cpu = Self.threadCPUSeconds() - cpuStart
            let mb = Double(bytesPerRound * rounds) / 1_000_000
            let total = (decodeTime + foldTime).seconds
            print(String(format: "%d files, %.2f MB per round, %d rounds: decode %.0f MB/s, fold %.0f MB/s, decode+fold %.0f MB/s wall; %.0f MB/s per CPU second (checksum %d)",
                         inputs.count, Double(bytesPerRound) / 1_000_000, rounds,
                         mb / decodeTime.seconds, mb / foldTime.seconds, mb / total, mb / cpu, checksum))
        }
    }
}

extension TablesCommand.BenchFold {
    /// CPU time of this thread: the machine is shared, so wall-clock rates undercount when others build.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
