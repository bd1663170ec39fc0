import Foundation
import NoticeModel
import NoticeText
import NoticeCheck

extension Pipeline {
    /// The outcome for one input together with its decoded text, for `notice check` (checks quote the text).
    public struct Checked: Sendable {
        public let outcome: Outcome
        public let text: SourceText?
        /// The check input when the document could be read.
        public var input: CheckInput? {
            guard case .document(let d) = outcome, let text else { return nil }
            return CheckInput(document: d, text: text, path: d.source.path)
        }
    }

    /// Extraction and calendar findings with the `SourceText` kept, before the checks run (`notice check`
    /// runs them itself, with the cross-document checks).
    public func processForCheck(bytes: [UInt8], path: String) -> Checked {
        analyze(bytes: bytes, path: path, runner: nil)
    }

    /// Like `processForCheck(bytes:path:)` for a file; an unreadable file becomes an error outcome.
    public func processForCheck(path: String) -> Checked {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Checked(outcome: process(path: path), text: nil)
        }
        return processForCheck(bytes: [UInt8](data), path: path)
    }

    /// `process(bytes:path:)` with another set of checks.
    public func process(bytes: [UInt8], path: String, runner: CheckRunner) -> Outcome {
        analyze(bytes: bytes, path: path, runner: runner).outcome
    }

    /// The checks loaded with this pipeline's dictionaries.
    public func checkRunner() throws -> CheckRunner { resources.checkRunner }
}
