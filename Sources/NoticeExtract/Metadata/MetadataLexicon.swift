import Foundation
import NoticeText

/// Vocabulary for layout and metadata, loaded from `dictionaries/metadata/` (simplified Chinese: it is matched
/// against `SourceText.folded`). Every file is validated; a bad line is a `DictionaryError` naming file and line.
public struct MetadataLexicon: Sendable {
    /// Title endings → 文种, longest ending first.
    public let kindSuffixes: [(suffix: [Unicode.Scalar], kind: String)]
    /// Opening-paragraph formulas → 文种, used only when a text has no title.
    public let kindCues: [(phrase: [Unicode.Scalar], kind: String)]
    /// Endings of issuing organs' names, longest first.
    public let issuerSuffixes: [[Unicode.Scalar]]
    public let chromeRules: [ChromeRule]
    /// Labels of labelled metadata fields, longest first.
    public let labels: [(label: [Unicode.Scalar], field: LabelField)]
    /// Verbs of dated header lines, longest first.
    public let dateEvents: [(verb: [Unicode.Scalar], event: DateEvent)]
    public let markers: [LayoutMarker: [[Unicode.Scalar]]]
    public let docNumberStops: [[Unicode.Scalar]]

    public init(kindSuffixes: [(suffix: [Unicode.Scalar], kind: String)],
                kindCues: [(phrase: [Unicode.Scalar], kind: String)],
                issuerSuffixes: [[Unicode.Scalar]], chromeRules: [ChromeRule],
                labels: [(label: [Unicode.Scalar], field: LabelField)],
                dateEvents: [(verb: [Unicode.Scalar], event: DateEvent)],
                markers: [LayoutMarker: [[Unicode.Scalar]]], docNumberStops: [[Unicode.Scalar]]) {
        self.kindSuffixes = kindSuffixes.sorted { $0.suffix.count > $1.suffix.count }
        self.kindCues = kindCues
        self.issuerSuffixes = issuerSuffixes.sorted { $0.count > $1.count }
        self.chromeRules = chromeRules
        self.labels = labels.sorted { $0.label.count > $1.label.count }
        self.dateEvents = dateEvents.sorted { $0.verb.count > $1.verb.count }
        self.markers = markers
        self.docNumberStops = docNumberStops
    }

    public func markers(_ role: LayoutMarker) -> [[Unicode.Scalar]] { markers[role] ?? [] }

    /// Loads every file of `metadata/` under `directory` (the `dictionaries` folder, as `TextTables.load`).
    public static func load(directory root: URL) throws -> MetadataLexicon {
        let directory = root.appendingPathComponent("metadata")
        let kinds = try LexiconFile.pairs(directory, "kinds.tsv").map { (Array($0.key.unicodeScalars), $0.value) }
        let cues = try LexiconFile.pairs(directory, "kind-cues.tsv").map { (Array($0.key.unicodeScalars), $0.value) }
        let suffixes = try LexiconFile.lines(directory, "issuer-suffixes.txt").map { Array($0.unicodeScalars) }
        let chrome = try LexiconFile.pairs(directory, "chrome.tsv", keys: ChromeRule.Kind.allCases.map(\.rawValue))
            .map { ChromeRule(kind: ChromeRule.Kind(rawValue: $0.key)!, pattern: Array($0.value.unicodeScalars)) }
        let labels = try LexiconFile.pairs(directory, "labels.tsv", keys: LabelField.allCases.map(\.rawValue))
            .map { (Array($0.value.unicodeScalars), LabelField(rawValue: $0.key)!) }
        let events = try LexiconFile.pairs(directory, "date-events.tsv", keys: DateEvent.allCases.map(\.rawValue))
            .map { (Array($0.value.unicodeScalars), DateEvent(rawValue: $0.key)!) }
        var markers: [LayoutMarker: [[Unicode.Scalar]]] = [:]
        for p in try LexiconFile.pairs(directory, "markers.tsv", keys: LayoutMarker.allCases.map(\.rawValue)) {
            markers[LayoutMarker(rawValue: p.key)!, default: []].append(Array(p.value.unicodeScalars))
        }
        let stops = try LexiconFile.lines(directory, "docnumber-stops.txt").map { Array($0.unicodeScalars) }
        return MetadataLexicon(kindSuffixes: kinds, kindCues: cues, issuerSuffixes: suffixes, chromeRules: chrome,
                               labels: labels, dateEvents: events, markers: markers, docNumberStops: stops)
    }
}

/// A chrome rule from `chrome.tsv`.
public struct ChromeRule: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case prefix, contains, exact, tail }
    public let kind: Kind
    public let pattern: [Unicode.Scalar]
    public init(kind: Kind, pattern: [Unicode.Scalar]) { self.kind = kind; self.pattern = pattern }
}

/// The field a label of `labels.tsv` fills.
public enum LabelField: String, Sendable, CaseIterable {
    case indexNumber, docNumber, issuer, signedDate, publishedDate, validity, topic, genre, updatedDate, history, title
}

/// What a dated header line records (`date-events.tsv`).
public enum DateEvent: String, Sendable, CaseIterable { case adopted, published, effective, printed }

/// Roles of `markers.tsv`.
public enum LayoutMarker: String, Sendable, CaseIterable {
    case publicity, colophon, attachment, redheader, about, alias, forward, lead, formula
}
