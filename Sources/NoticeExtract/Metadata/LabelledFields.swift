/// Values of labelled metadata fields (`[ 索引号 ] 1150…`, `[ 有效性 ]`, `最新异动日期：20150624`), first non-empty
/// value of each field; a field printed twice (seed 003) keeps its first value.
struct LabelledFields {
    var values: [LabelField: Range<Int>] = [:]
    /// Fields that were printed (even empty).
    var present: Set<LabelField> = []

    /// Reads every `[ 标签 ] 值` pair of the line, or one `标签：值` at its start.
    mutating func read(line c: Range<Int>, _ b: LayoutBuilder) {
        let s = b.s
        var i = c.lowerBound
        var pending: (LabelField, Int)? = nil
        func close(at end: Int) {
            guard let (f, v) = pending else { return }
            present.insert(f)
            let r = MetaScan.trim(s, v..<end)
            if !r.isEmpty, values[f] == nil { values[f] = r }
            pending = nil
        }
        while i < c.upperBound {
            if s[i] == "[" || s[i] == "【" || s[i] == "［" || (i == c.lowerBound && pending == nil),
               let (f, v) = b.labelAt(i, c) {
                close(at: i)
                pending = (f, v)
                i = v
                continue
            }
            i += 1
        }
        close(at: c.upperBound)
    }

    func text(_ f: LabelField, _ s: [Unicode.Scalar]) -> String? {
        guard let r = values[f] else { return nil }
        let v = MetaScan.collapsed(s, r)
        return v.isEmpty ? nil : v
    }
}
