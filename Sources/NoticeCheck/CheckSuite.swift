import Foundation
import NoticeCalendar

/// The checks `notice check` runs, in the order their findings are listed.
public enum CheckSuite {
    /// Loads the vocabulary (and calendar) from `dictionaries/` and builds the runner with every check.
    public static func standard(dictionaryDirectory: URL) throws -> CheckRunner {
        let lexicon = try CheckLexicon.load(directory: dictionaryDirectory)
        let calendar = HolidayCalendar(resolver: try DateResolver.load(directory: dictionaryDirectory))
        return runner(lexicon: lexicon, calendar: calendar)
    }

    /// Every single-document check and cross-document check, on the given vocabulary and calendar.
    public static func runner(lexicon: CheckLexicon, calendar: any WorkdayCounting = WeekendOnlyCalendar()) -> CheckRunner {
        CheckRunner(
            checks: [
                ThresholdBandCheck(lexicon: lexicon),
                BoundaryMismatchCheck(lexicon: lexicon),
                ComparatorScopeCheck(lexicon: lexicon),
                CountClaimCheck(lexicon: lexicon),
                PercentChangeCheck(),
                TenseCheck(lexicon: lexicon),
                ForwardingDateCheck(),
                SignatureIssuersCheck(),
                MetadataConsistencyCheck(),
                DocNumberLookalikeCheck(lexicon: lexicon),
                ChromeDatesCheck(),
                EntityVariantCheck(lexicon: lexicon),
                BatchCountCheck(lexicon: lexicon),
                NormalisationCheck(lexicon: lexicon),
                PublicationLagCheck(calendar: calendar),
                EventAnchoredDeadlineCheck(lexicon: lexicon, calendar: calendar),
                PeriodEndAmbiguityCheck(calendar: calendar),
                CycleCheck(),
                HolidayWindowCheck(calendar: calendar),
                UnanchoredDeadlineCheck(calendar: calendar),
            ],
            crossChecks: [
                InterpretationCheck(lexicon: lexicon, calendar: calendar),
                ReferenceResolutionCheck(),
                LeadTimeCheck(calendar: calendar),
            ],
            isMainland: { calendar.isMainland(text: $0) })
    }
}
