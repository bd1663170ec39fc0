import Foundation
import NoticeModel
import NoticeText

/// The extractors' vocabulary, loaded from `dictionaries/extract/` and validated at start.
/// A class so that clients hold a reference whatever the vocabulary grows into.
public final class ExtractLexicon: Sendable {
    public enum Side: String, Sendable { case before, after }
    public struct ComparatorWord: Sendable { public let side: Side; public let op: NoticeModel.Comparator; public let rule: String }
    public struct ModalWord: Sendable {
        public let modality: Modality; public let softened: Bool; public let traditionalOnly: Bool
        public let word: String
    }
    public enum UnitWord: Sendable, Equatable { case time(TimeUnit), quantity(ThresholdUnit) }

    let comparatorsBefore: WordTable<ComparatorWord>
    let comparatorsAfter: WordTable<ComparatorWord>
    let units: WordTable<UnitWord>
    let modals: WordTable<ModalWord>
    let idioms: WordTable<Bool>
    let actors: WordTable<String>
    let penalties: WordTable<String>
    let boundaries: WordTable<Bool>
    let nonActors: WordTable<Bool>
    let nonModals: WordTable<Bool>
    let referenceNouns: WordTable<Bool>

    init(comparatorsBefore: WordTable<ComparatorWord>, comparatorsAfter: WordTable<ComparatorWord>, units: WordTable<UnitWord>,
         modals: WordTable<ModalWord>, idioms: WordTable<Bool>, actors: WordTable<String>, penalties: WordTable<String>,
         boundaries: WordTable<Bool>, nonActors: WordTable<Bool>, nonModals: WordTable<Bool>, referenceNouns: WordTable<Bool>) {
        self.comparatorsBefore = comparatorsBefore; self.comparatorsAfter = comparatorsAfter; self.units = units
        self.modals = modals; self.idioms = idioms; self.actors = actors; self.penalties = penalties
        self.boundaries = boundaries; self.nonActors = nonActors; self.nonModals = nonModals
        self.referenceNouns = referenceNouns
    }

    public static func load(directory: URL) throws -> ExtractLexicon {
        let dir = directory.appendingPathComponent("extract")
        var before = WordTable<ComparatorWord>(), after = WordTable<ComparatorWord>()
        let cmp = try TSVFile(url: dir.appendingPathComponent("comparators.tsv"), columns: 4)
        for (line, f) in cmp.rows {
            guard let side = Side(rawValue: f[1]) else { throw cmp.error(line, "side must be before or after, not \(f[1])") }
            guard let op = NoticeModel.Comparator(rawValue: f[2]) else { throw cmp.error(line, "unknown op \(f[2])") }
            let w = ComparatorWord(side: side, op: op, rule: f[3])
            if side == .before { before.insert(f[0].scalars, w) } else { after.insert(f[0].scalars, w) }
        }
        var units = WordTable<UnitWord>()
        let u = try TSVFile(url: dir.appendingPathComponent("units.tsv"), columns: 2)
        for (line, f) in u.rows {
            if let t = TimeUnit(rawValue: f[1]) { units.insert(f[0].scalars, .time(t)) }
            else if let q = ThresholdUnit(rawValue: f[1]) { units.insert(f[0].scalars, .quantity(q)) }
            else { throw u.error(line, "unknown unit \(f[1])") }
        }
        var modals = WordTable<ModalWord>()
        let m = try TSVFile(url: dir.appendingPathComponent("modals.tsv"), columns: 4)
        for (line, f) in m.rows {
            guard let mod = Modality(rawValue: f[1]) else { throw m.error(line, "unknown modality \(f[1])") }
            guard f[2] == "0" || f[2] == "1" else { throw m.error(line, "softened must be 0 or 1") }
            guard f[3] == "all" || f[3] == "traditional" else { throw m.error(line, "scripts must be all or traditional") }
            modals.insert(f[0].scalars, ModalWord(modality: mod, softened: f[2] == "1", traditionalOnly: f[3] == "traditional", word: f[0]))
        }
        var idioms = WordTable<Bool>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("idioms.tsv"), columns: 1).rows { idioms.insert(f[0].scalars, true) }
        var actors = WordTable<String>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("actors.tsv"), columns: 1).rows { actors.insert(f[0].scalars, f[0]) }
        var penalties = WordTable<String>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("penalties.tsv"), columns: 1).rows { penalties.insert(f[0].scalars, f[0]) }
        var boundaries = WordTable<Bool>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("boundaries.tsv"), columns: 1).rows { boundaries.insert(f[0].scalars, true) }
        var nonActors = WordTable<Bool>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("non-actors.tsv"), columns: 1).rows { nonActors.insert(f[0].scalars, true) }
        var nonModals = WordTable<Bool>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("non-modals.tsv"), columns: 1).rows { nonModals.insert(f[0].scalars, true) }
        var referenceNouns = WordTable<Bool>()
        for (_, f) in try TSVFile(url: dir.appendingPathComponent("reference-nouns.tsv"), columns: 1).rows { referenceNouns.insert(f[0].scalars, true) }
        return ExtractLexicon(comparatorsBefore: before, comparatorsAfter: after, units: units, modals: modals,
                              idioms: idioms, actors: actors, penalties: penalties, boundaries: boundaries,
                              nonActors: nonActors, nonModals: nonModals, referenceNouns: referenceNouns)
    }
}
