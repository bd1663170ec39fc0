import Foundation

/// The checks `notice check` runs, in the order their findings are listed.
public enum CheckSuite {
    /// Loads the vocabulary (and calendar) from `dictionaries/` and builds the runner with every check.
    public static func standard(dictionaryDirectory: URL) throws -> CheckRunner {
        let lexicon = try CheckLexicon.load(directory: dictionaryDirectory)
        return runner(lexicon: lexicon)
    }

    public static func runner(lexicon: CheckLexicon) -> CheckRunner {
        CheckRunner(
            checks: [
                ThresholdBandCheck(),
                BoundaryMismatchCheck(),
                ComparatorScopeCheck(lexicon: lexicon),
                CountClaimCheck(lexicon: lexicon),
                PercentChangeCheck(),
                TenseCheck(lexicon: lexicon),
            ],
            crossChecks: [])
    }
}
