import Foundation
import NoticeModel
import NoticeText
import NoticeExtract
import NoticeHTML
import NoticeCalendar
import NoticeCheck

/// The whole pipeline for one input: bytes → text → extraction → checks → `notice/1`.
public struct Pipeline: Sendable {
    public let options: NoticeOptions
    public let resources: NoticeResources
    let decoder = TextDecoder()
    let html = HTMLExtractor(decoder: TextDecoder())
    let folder: TextFolder
    let extractor: Extractor

    public init(options: NoticeOptions) throws {
        self.options = options
        self.resources = try NoticeResources.load(options)
        self.folder = TextFolder(tables: resources.textTables)
        self.extractor = Extractor(lexicon: resources.extractLexicon, metadata: resources.metadataLexicon)
    }

    /// The outcome for one input: an extracted document or an error object naming the file.
    public enum Outcome: Sendable {
        case document(NoticeDocument)
        case failure(NoticeErrorDocument)

        public var isFailure: Bool { if case .failure = self { return true } else { return false } }

        public func json(pretty: Bool) throws -> String {
            switch self {
            case .document(let d): return try ContractJSON.encode(d, pretty: pretty)
            case .failure(let e): return try ContractJSON.encode(e, pretty: pretty)
            }
        }
    }

    /// Processes bytes read from `path` (`-` for stdin): extraction, calendar resolution and every
    /// single-document check (`findings`).
    public func process(bytes: [UInt8], path: String) -> Outcome {
        analyze(bytes: bytes, path: path, runner: resources.checkRunner).outcome
    }

    /// The whole pipeline for one input, keeping the folded text the spans point into. With a runner, the
    /// document's findings are the checks' (reconciled with the calendar's); without, the calendar's only.
    func analyze(bytes: [UInt8], path: String, runner: CheckRunner?) -> Checked {
        var source = SourceInfo(path: path, sha256: SHA256.hex(bytes), format: .text)
        do {
            var page: HTMLPage? = nil
            if HTMLSniffer.isHTML(bytes: bytes, path: path) { source.format = .html; page = try html.extract(bytes: bytes) }
            let (text, encoding) = try page.map { ($0.text, $0.encoding) } ?? decoder.decode(bytes)
            let folded = folder.fold(text, encoding: encoding)
            source.encoding = encoding
            source.script = folded.script
            source.chars = folded.count
            var x = extractor.extract(folded)
            if let page { x.doc = page.merged(into: x.doc) }
            // Whether the mainland holiday schedule applies is read once (it scans the whole text) for calendar and checks.
            let mainland = resources.dateResolver.isMainland(text: text)
            var findings = resources.dateResolver.resolve(deadlines: &x.deadlines, periods: &x.periods, doc: x.doc,
                                                          mainland: mainland)
            for k in findings.indices { findings[k].id = "x\(k + 1)" }
            var doc = NoticeDocument(source: source, text: page?.text, doc: x.doc, sections: x.sections,
                                     thresholds: x.thresholds, deadlines: x.deadlines, periods: x.periods,
                                     frequencies: x.frequencies, obligations: x.obligations, findings: findings)
            if let runner {
                doc.findings = runner.run(CheckInput(document: doc, text: folded, path: path, mainland: mainland, patterns: runner.patterns))
            }
            return Checked(outcome: .document(doc), text: folded)
        } catch let e as InputError {
            return Checked(outcome: .failure(NoticeErrorDocument(source: source, error: e)), text: nil)
        } catch {
            return Checked(outcome: .failure(NoticeErrorDocument(source: source, error: InputError(code: "internal", message: "\(error)"))), text: nil)
        }
    }

    /// Reads and processes one file; an unreadable file becomes an error object.
    public func process(path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(NoticeErrorDocument(source: SourceInfo(path: path),
                                                error: InputError(code: "unreadable", message: "cannot read the file (missing, a directory, or no permission)")))
        }
        return process(bytes: [UInt8](data), path: path)
    }
}
