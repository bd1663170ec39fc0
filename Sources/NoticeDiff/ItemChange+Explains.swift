import NoticeModel

extension ItemChange {
    /// The item change covers the number change and carries the same values (`value 6000 → 9000` for `六千元 → 九千元`).
    func explains(_ number: NumberChange) -> Bool {
        func same(_ ref: ItemRef?, _ n: NumberRef?) -> Bool {
            switch (ref, n) {
            case (nil, nil): return true
            case let (r?, n?): return r.span.overlaps(n.span) && r.value.split(separator: " ").contains { $0 == ContractNumber.format(n.value) }
            default: return false
            }
        }
        return change == number.change && same(old, number.old) && same(new, number.new)
    }
}
