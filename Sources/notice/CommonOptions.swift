import ArgumentParser
import Foundation
import NoticeKit

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The dictionaries/ directory (default: $NOTICE_DICTIONARIES, ./dictionaries or the one beside the build).")
    var dictionaries: String?

    func options(pretty: Bool = false) throws -> NoticeOptions {
        let dir: URL
        if let dictionaries { dir = URL(fileURLWithPath: dictionaries) }
        else if let found = NoticeOptions.locateDictionaries() { dir = found }
        else { throw ValidationError("cannot find dictionaries/: pass --dictionaries PATH or set NOTICE_DICTIONARIES") }
        return NoticeOptions(dictionaryDirectory: dir, pretty: pretty)
    }

    func pipeline(pretty: Bool = false) throws -> Pipeline {
        do { return try Pipeline(options: options(pretty: pretty)) }
        catch let e as ValidationError { throw e }
        catch { throw ValidationError("cannot load dictionaries: \(error)") }
    }
}
