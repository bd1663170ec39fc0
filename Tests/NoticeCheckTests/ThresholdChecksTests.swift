import Testing
import NoticeModel
import NoticeCheck

@Suite struct ThresholdBandCheckTests {
    static let overlaps: [Example] = [
        Example(text: "对考核得分80分及以上的机构予以奖励；对考核得分80分以下的机构予以通报。",
                thresholds: [T(quote: "考核得分80分及以上", metric: "考核得分", op: .ge, value: 80, unit: .count),
                             T(quote: "考核得分80分以下", metric: "考核得分", op: .le, value: 80, unit: .count)],
                check: "threshold_overlap", severity: .error, values: ["overlapAt": "考核得分 = 80"]),
        Example(text: "對完成率達到85%的廠商給予獎勵；完成率85%以下者，予以警示。",
                thresholds: [T(quote: "完成率達到85%", metric: "完成率", op: .ge, value: 85),
                             T(quote: "完成率85%以下", metric: "完成率", op: .le, value: 85)],
                check: "threshold_overlap", severity: .error, values: ["overlapAt": "完成率 = 85%"]),
        Example(text: "出勤率不低于90%的给予奖励；出勤率不高于95%的予以提醒。",
                thresholds: [T(quote: "出勤率不低于90%", metric: "出勤率", op: .ge, value: 90),
                             T(quote: "出勤率不高于95%", metric: "出勤率", op: .le, value: 95)],
                check: "threshold_overlap", values: ["overlapAt": "90% <= 出勤率 <= 95%"]),
        Example(text: "对回款率98%且满意度85%及以上的企业予以加分；对满意度85%以下的企业予以扣分。",
                thresholds: [T(quote: "回款率98%", metric: "回款率", op: .ge, value: 98),
                             T(quote: "满意度85%及以上", metric: "满意度", op: .ge, value: 85),
                             T(quote: "满意度85%以下", metric: "满意度", op: .le, value: 85)],
                check: "threshold_overlap", values: ["overlapAt": "满意度 = 85% (with 回款率 >= 98%)"]),
        // the literal reading of the unmarked conjunct (eq) takes the shared comparator
        Example(text: "对回款率98%且满意度85%及以上的企业予以加分；对满意度85%以下的企业予以扣分。",
                thresholds: [T(quote: "回款率98%", metric: "回款率", op: .eq, value: 98),
                             T(quote: "满意度85%及以上", metric: "满意度", op: .ge, value: 85),
                             T(quote: "满意度85%以下", metric: "满意度", op: .le, value: 85)],
                check: "threshold_overlap", values: ["overlapAt": "满意度 = 85% (with 回款率 >= 98%)"]),
    ]

    static let gaps: [Example] = [
        Example(text: "对达标率超过90%的单位予以表扬；对达标率低于90%的单位予以约谈。",
                thresholds: [T(quote: "达标率超过90%", metric: "达标率", op: .gt, value: 90),
                             T(quote: "达标率低于90%", metric: "达标率", op: .lt, value: 90)],
                check: "coverage_gap", severity: .info, values: ["region": "达标率 = 90%"]),
        Example(text: "合格率高於80%者獎勵；合格率低於70%者處罰。",
                thresholds: [T(quote: "合格率高於80%", metric: "合格率", op: .gt, value: 80),
                             T(quote: "合格率低於70%", metric: "合格率", op: .lt, value: 70)],
                check: "coverage_gap", values: ["region": "70% < 合格率 < 80%"]),
        Example(text: "对回款率98%且满意度85%及以上的企业予以加分；对满意度85%以下的企业予以扣分。",
                thresholds: [T(quote: "回款率98%", metric: "回款率", op: .ge, value: 98),
                             T(quote: "满意度85%及以上", metric: "满意度", op: .ge, value: 85),
                             T(quote: "满意度85%以下", metric: "满意度", op: .le, value: 85)],
                check: "coverage_gap", severity: .info, values: ["region": "满意度 > 85% and 回款率 < 98%"]),
    ]

    static let consistent: [Example] = [
        Example(text: "对合格率90%及以上的予以奖励；对合格率低于90%的予以通报。",
                thresholds: [T(quote: "合格率90%及以上", metric: "合格率", op: .ge, value: 90),
                             T(quote: "合格率低于90%", metric: "合格率", op: .lt, value: 90)]),
        Example(text: "處新臺幣二萬元以上五萬元以下罰鍰；情節重大者，處新臺幣五萬元以上十萬元以下罰鍰。",
                thresholds: [T(quote: "新臺幣二萬元以上", metric: "罚锾", op: .ge, value: 20000, unit: .twd),
                             T(quote: "五萬元以下", metric: "罚锾", op: .le, value: 50000, unit: .twd),
                             T(quote: "新臺幣五萬元以上", metric: "罚锾", op: .ge, value: 50000, unit: .twd),
                             T(quote: "十萬元以下", metric: "罚锾", op: .le, value: 100000, unit: .twd)]),
        Example(text: "（一）对合格率90%及以上的予以奖励。\n（二）对合格率90%以下的予以通报。",
                thresholds: [T(quote: "合格率90%及以上", metric: "合格率", op: .ge, value: 90, section: "s1"),
                             T(quote: "合格率90%以下", metric: "合格率", op: .le, value: 90, section: "s2")]),
        Example(text: "按不高于最高中选价挂网的，不视为非中选产品。原则上挂网价格不高于最高中选价的1.5倍。",
                thresholds: [T(quote: "不高于最高中选价", metric: "挂网价格", op: .le, value: 1, unit: .times, reference: "最高中选价"),
                             T(quote: "不高于最高中选价的1.5倍", metric: "挂网价格", op: .le, value: 1.5, unit: .times, reference: "最高中选价")]),
        Example(text: "其中二级及以上的医疗机构由职工医保基金预付，其他定点医疗机构由居民医保基金预付。",
                thresholds: [T(quote: "二级及以上", metric: "医疗机构等级", op: .ge, value: 2, unit: .count)]),
    ]

    @Test(arguments: overlaps) func overlap(_ e: Example) { verify(e, ThresholdBandCheck()) }
    @Test(arguments: overlaps) func overlapWithLexicon(_ e: Example) { verify(e, ThresholdBandCheck(lexicon: Fixture.lexicon)) }
    @Test(arguments: gaps) func gap(_ e: Example) { verify(e, ThresholdBandCheck()) }
    @Test(arguments: consistent) func silentOnConsistentBands(_ e: Example) { verifySilent(e, ThresholdBandCheck()) }
}

@Suite struct BoundaryMismatchCheckTests {
    static let positives: [Example] = [
        Example(text: "对合格率低于80%的予以提醒。对合格率80%以下的企业予以处罚。",
                thresholds: [T(quote: "合格率低于80%", metric: "合格率", op: .lt, value: 80),
                             T(quote: "合格率80%以下", metric: "合格率", op: .le, value: 80)],
                check: "boundary_mismatch_same_metric", severity: .warning, values: ["at": "合格率 = 80%"]),
        Example(text: "營業額未達到新臺幣一百萬元者免予申報；營業額一百萬元以下者，得簡化程序。",
                thresholds: [T(quote: "營業額未達到新臺幣一百萬元", metric: "营业额", op: .lt, value: 1_000_000, unit: .twd),
                             T(quote: "營業額一百萬元以下", metric: "营业额", op: .le, value: 1_000_000, unit: .twd)],
                check: "boundary_mismatch_same_metric", values: ["value": "1000000"]),
        Example(text: "占比超过30%的，予以约谈；占比30%以上的，暂停挂网。",
                thresholds: [T(quote: "占比超过30%", metric: "占比", op: .gt, value: 30),
                             T(quote: "占比30%以上", metric: "占比", op: .ge, value: 30)],
                check: "boundary_mismatch_same_metric", values: ["at": "占比 = 30%"]),
    ]
    static let consistent: [Example] = [
        Example(text: "对合格率低于80%的予以提醒；对合格率80%及以上的予以表扬。",
                thresholds: [T(quote: "合格率低于80%", metric: "合格率", op: .lt, value: 80),
                             T(quote: "合格率80%及以上", metric: "合格率", op: .ge, value: 80)]),
        Example(text: "对合格率低于80%的予以提醒；对合格率低于70%的予以处罚。",
                thresholds: [T(quote: "合格率低于80%", metric: "合格率", op: .lt, value: 80),
                             T(quote: "合格率低于70%", metric: "合格率", op: .lt, value: 70)]),
        Example(text: "对合格率低于80%的予以提醒；对满意度80%以下的予以处罚。",
                thresholds: [T(quote: "合格率低于80%", metric: "合格率", op: .lt, value: 80),
                             T(quote: "满意度80%以下", metric: "满意度", op: .le, value: 80)]),
    ]
    @Test(arguments: positives) func mismatch(_ e: Example) { verify(e, BoundaryMismatchCheck()) }
    @Test(arguments: positives) func mismatchWithLexicon(_ e: Example) { verify(e, BoundaryMismatchCheck(lexicon: Fixture.lexicon)) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, BoundaryMismatchCheck()) }

    /// A cap (`不得超过`) and a condition (`低于…的`) on the same bound do not split cases: nothing to disagree about.
    static let capAndCondition: [Example] = [
        Example(text: "投保金额不得超过资产价值；投保金额低于资产价值的，按比例赔付。",
                thresholds: [T(quote: "投保金额不得超过资产价值", metric: "投保金额", op: .le, value: 1, unit: .times, reference: "资产价值"),
                             T(quote: "投保金额低于资产价值", metric: "投保金额", op: .lt, value: 1, unit: .times, reference: "资产价值")]),
        Example(text: "處新臺幣二萬元以上罰鍰；罰鍰未達二萬元者，不予公告。",
                thresholds: [T(quote: "新臺幣二萬元以上", metric: "罚锾", op: .ge, value: 20000, unit: .twd),
                             T(quote: "罰鍰未達二萬元", metric: "罚锾", op: .lt, value: 20000, unit: .twd)]),
    ]
    @Test(arguments: capAndCondition) func capsAreNotBoundaries(_ e: Example) {
        verifySilent(e, BoundaryMismatchCheck(lexicon: Fixture.lexicon))
        verifySilent(e, ThresholdBandCheck(lexicon: Fixture.lexicon))
    }
}

@Suite struct ComparatorScopeCheckTests {
    static let positives: [Example] = [
        Example(text: "对出勤率98%且合格率95%及以上的班组予以表彰。",
                check: "comparator_scope", severity: .warning, values: ["metric": "出勤率", "default_op": ">=", "default_value": "98"]),
        Example(text: "對達成率90%及準時率80%以上之廠商，予以優先採購。",
                check: "comparator_scope", values: ["metric": "达成率", "default_op": ">=", "default_value": "90"]),
        Example(text: "对回款率60%和满意度70%以下的企业进行约谈。",
                check: "comparator_scope", values: ["metric": "回款率", "default_op": "<=", "default_value": "60"]),
    ]
    static let consistent: [Example] = [
        Example(text: "对出勤率达到98%且合格率95%及以上的班组予以表彰。"),
        Example(text: "对出勤率98%，合格率95%及以上的班组予以表彰。"),
        Example(text: "采购周期为2年和3年。"),
        Example(text: "自付比例为10%和20%。"),
    ]
    @Test(arguments: positives) func shared(_ e: Example) { verify(e, ComparatorScopeCheck(lexicon: Fixture.lexicon)) }
    @Test(arguments: consistent) func silent(_ e: Example) { verifySilent(e, ComparatorScopeCheck(lexicon: Fixture.lexicon)) }
}
