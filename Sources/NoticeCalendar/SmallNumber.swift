/// Small counts written in Arabic or Chinese numerals (`6`, `六`, `十二`, `二十四`), as in `第6个月末`, `五月底`.
/// Larger or compound numerals are the extractor's business; this reads only what calendar phrases use.
enum SmallNumber {
    static func parse(_ s: String) -> Int? {
        if let n = Int(s) { return n }
        let digit: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                       "六": 6, "七": 7, "八": 8, "九": 9]
        let c = Array(s)
        if c.count == 1 { return c[0] == "十" ? 10 : digit[c[0]] }
        guard let t = c.firstIndex(of: "十"), c.count <= 3 else { return nil }
        let tens = t == 0 ? 1 : (t == 1 ? digit[c[0]] : nil)
        let ones = t == c.count - 1 ? 0 : (t == c.count - 2 ? digit[c[c.count - 1]] : nil)
        guard let tens, let ones, tens > 0 else { return nil }
        return tens * 10 + ones
    }
}
