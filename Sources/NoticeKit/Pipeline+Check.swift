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

    /// Like `process(bytes:path:)`, keeping the `SourceText`.
    public func processForCheck(bytes: [UInt8], path: String) -> Checked {
        let outcome = process(bytes: bytes, path: path)
        guard case .document = outcome, let (text, encoding) = try? decoder.decode(bytes) else {
            return Checked(outcome: outcome, text: nil)
        }
        return Checked(outcome: outcome, text: folder.fold(text, encoding: encoding))
    }

    /// Like `process(path:)`, keeping the `SourceText`.
    public func processForCheck(path: String) -> Checked {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Checked(outcome: process(path: path), text: nil)
        }
        return processForCheck(bytes: [UInt8](data), path: path)
    }

    /// `process(path:)` with the single-document findings of every check in the document (what `notice extract`
    /// prints): the extraction-stage findings are reconciled with the checks' (see `CheckRunner.run`).
    public func process(path: String, runner: CheckRunner) -> Outcome { withFindings(processForCheck(path: path), runner) }

    /// `process(bytes:path:)` with the single-document findings of every check.
    public func process(bytes: [UInt8], path: String, runner: CheckRunner) -> Outcome {
        withFindings(processForCheck(bytes: bytes, path: path), runner)
    }

    func withFindings(_ checked: Checked, _ runner: CheckRunner) -> Outcome {
        guard case .document(var d) = checked.outcome, let input = checked.input else { return checked.outcome }
        d.findings = runner.run(input)
        return .document(d)
    }

    /// Every check, with its vocabulary (and calendar) loaded from this pipeline's `dictionaries/`.
    public func checkRunner() throws -> CheckRunner {
        try CheckSuite.standard(dictionaryDirectory: options.dictionaryDirectory)
    }
}
