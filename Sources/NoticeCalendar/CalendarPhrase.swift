import NoticeModel

/// A calendar-anchored date phrase with no counted amount (`次月底前`, `第6个月末`, `5月底`): not a deadline
/// item (annotation conventions), but checks need its date. Found in folded (simplified) text; `range` is in
/// Unicode scalars of that text, so it indexes the original too.
public struct CalendarPhrase: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// 次月底 / 次月末: the last day of the month after the anchor's month.
        case nextMonthEnd
        /// 当月底 / 本月底: the last day of the anchor's month.
        case thisMonthEnd
        /// 第N个月末 / 第N个月底: two readings (calendar month N vs N months per 民法典202).
        case nthMonthEnd(Int)
        /// M月底 / M月末: the last day of month M, in the anchor's year.
        case monthEnd(month: Int)
    }

    public let kind: Kind
    public let range: Range<Int>
    public let quote: String

    public init(kind: Kind, range: Range<Int>, quote: String) { self.kind = kind; self.range = range; self.quote = quote }

    /// Finds the phrases in `text`, in text order. `每月底` (a recurrence) is not a phrase.
    public static func find(in text: String) -> [CalendarPhrase] {
        let s = Array(text.unicodeScalars)
        func at(_ i: Int, _ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard i >= 0, i + w.count <= s.count else { return false }
            for k in w.indices where s[i + k] != w[k] { return false }
            return true
        }
        func isEnd(_ i: Int) -> Bool { at(i, "底") || at(i, "末") }
        func quote(_ r: Range<Int>) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: s[r]); return String(v) }
        let numerals = Set("0123456789〇零一二两三四五六七八九十".unicodeScalars)
        var out: [CalendarPhrase] = []
        var i = 0
        while i < s.count {
            if (at(i, "次月") || at(i, "当月") || at(i, "本月")) && isEnd(i + 2) && !at(i - 1, "每") {
                out.append(CalendarPhrase(kind: at(i, "次月") ? .nextMonthEnd : .thisMonthEnd, range: i..<(i + 3), quote: quote(i..<(i + 3))))
                i += 3; continue
            }
            if at(i, "第") {
                var j = i + 1
                while j < s.count, numerals.contains(s[j]) { j += 1 }
                if j > i + 1, at(j, "个月") || at(j, "個月"), isEnd(j + 2),
                   let n = SmallNumber.parse(quote((i + 1)..<j)), n > 0 {
                    out.append(CalendarPhrase(kind: .nthMonthEnd(n), range: i..<(j + 3), quote: quote(i..<(j + 3))))
                    i = j + 3; continue
                }
            }
            if numerals.contains(s[i]) {
                var j = i
                while j < s.count, numerals.contains(s[j]) { j += 1 }
                if !at(i - 1, "每"), !at(i - 1, "第"), at(j, "月"), isEnd(j + 1),
                   let m = SmallNumber.parse(quote(i..<j)), (1...12).contains(m) {
                    out.append(CalendarPhrase(kind: .monthEnd(month: m), range: i..<(j + 2), quote: quote(i..<(j + 2))))
                    i = j + 2; continue
                }
                i = j; continue
            }
            i += 1
        }
        return out
    }

    /// The date(s) the phrase names, counted from `anchor` (the go-live, or the document date for `M月底`).
    /// One candidate unless the words have two readings.
    public func resolve(anchor: CalendarDate) -> [DateCandidate] {
        switch kind {
        case .nextMonthEnd:
            return [DateCandidate(date: CivilDateArithmetic.nextMonthEnd(after: anchor).iso, rule: "次月底: last day of the month after \(anchor.iso)")]
        case .thisMonthEnd:
            return [DateCandidate(date: anchor.monthEnd.iso, rule: "当月底: last day of \(anchor.iso)'s month")]
        case .nthMonthEnd(let n):
            return CivilDateArithmetic.nthMonthEndCandidates(start: anchor, n: n)
        case .monthEnd(let m):
            let d = CalendarDate(year: anchor.year, month: m, day: 1)!.monthEnd
            return [DateCandidate(date: d.iso, rule: "\(m)月底 in \(anchor.year), the year of \(anchor.iso)")]
        }
    }
}
