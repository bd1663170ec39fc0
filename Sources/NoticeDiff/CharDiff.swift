/// Character-level difference of two short texts (a reworded paragraph), for highlighting: the ranges of `a`
/// deleted and of `b` inserted, from a longest common subsequence. Texts longer than `limit` scalars are not
/// compared (nil), so a page never stalls on one huge paragraph.
enum CharDiff {
    static func diff(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = 3000) -> (deleted: [Range<Int>], inserted: [Range<Int>])? {
        let n = a.count, m = b.count
        guard n <= limit, m <= limit else { return nil }
        // Trim the common prefix and suffix first: most rewordings touch a few characters.
        var p = 0
        while p < n && p < m && a[p] == b[p] { p += 1 }
        var s = 0
        while s < n - p && s < m - p && a[n - 1 - s] == b[m - 1 - s] { s += 1 }
        let x = Array(a[p..<(n - s)]), y = Array(b[p..<(m - s)])
        let w = y.count + 1
        var table = [UInt16](repeating: 0, count: (x.count + 1) * w)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i * w + j] = x[i] == y[j] ? table[(i + 1) * w + j + 1] + 1 : max(table[(i + 1) * w + j], table[i * w + j + 1])
            }
        }
        var deleted: [Range<Int>] = [], inserted: [Range<Int>] = []
        func add(_ list: inout [Range<Int>], _ k: Int) {
            if let last = list.last, last.upperBound == k { list[list.count - 1] = last.lowerBound..<(k + 1) } else { list.append(k..<(k + 1)) }
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count && j < y.count && x[i] == y[j] { i += 1; j += 1 }
            else if j < y.count && (i == x.count || table[i * w + j + 1] >= table[(i + 1) * w + j]) { add(&inserted, p + j); j += 1 }
            else { add(&deleted, p + i); i += 1 }
        }
        return (deleted, inserted)
    }
}
