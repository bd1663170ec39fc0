import NoticeModel

/// Any extracted item reduced to what the diff compares: the fields that carry its rule, and a role that says
/// which rule it is (what it measures, counts from or binds) so that a changed value still pairs.
struct DiffItem: Sendable {
    var kind: ItemKind
    var id: String
    var quote: String
    var span: Span
    var section: String?
    /// What pairs two versions of the item when values differ (`metric|reference|upper`, the anchor, the subject).
    var role: String
    /// Named values compared field by field, in display order.
    var fields: [(name: String, value: String)]
    /// Text used to pair items whose role is unknown (obligation action, the quote itself).
    var context: String
    /// The actor is written in the item's own words (not inherited from an earlier clause or article): only
    /// then is a different actor a change of the rule rather than of its surroundings.
    var actorStated = false

    var valueKey: String { fields.map { "\($0.name)=\($0.value)" }.joined(separator: ";") }
    var ref: ItemRef { ItemRef(id: id, quote: quote, span: span, section: section, value: display) }

    var display: String {
        switch kind {
        case .threshold:
            return [value("op"), value("value"), value("unit")].joined(separator: " ")
                + (value("reference").isEmpty ? "" : " of " + value("reference"))
        case .deadline:
            return [value("op"), value("amount"), value("unit")].joined(separator: " ")
                + (value("before") == "true" ? " before" : "")
        case .period:
            return [value("amount"), value("unit")].joined(separator: " ")
        case .frequency:
            return "every " + (value("multiple") == "1" ? "" : value("multiple") + " ") + value("every")
        case .obligation:
            return value("modality") + (value("softened") == "true" ? " (softened)" : "")
                + (value("actor").isEmpty ? "" : " " + value("actor"))
        }
    }

    func value(_ name: String) -> String { fields.first { $0.name == name }?.value ?? "" }

    static func all(_ d: NoticeDocument) -> [DiffItem] {
        var out: [DiffItem] = []
        for t in d.thresholds {
            let bound: String
            switch t.op { case .lt, .le: bound = "upper"; case .gt, .ge: bound = "lower"; case .eq: bound = "eq" }
            out.append(DiffItem(kind: .threshold, id: t.id, quote: t.quote, span: t.span, section: t.section,
                                role: "\(t.metric ?? "")|\(t.reference ?? "")|\(bound)",
                                fields: [("op", t.op.rawValue), ("value", ContractNumber.format(t.value)),
                                         ("unit", t.unit.rawValue), ("reference", t.reference ?? "")],
                                context: t.metric ?? t.quote))
        }
        for x in d.deadlines {
            out.append(DiffItem(kind: .deadline, id: x.id, quote: x.quote, span: x.span, section: x.section,
                                role: x.anchor ?? "",
                                fields: [("op", x.op.rawValue), ("amount", ContractNumber.format(x.amount)),
                                         ("unit", x.unit.rawValue), ("before", String(x.before)), ("actor", x.actor ?? "")],
                                context: (x.anchor ?? "") + x.quote))
        }
        for p in d.periods {
            out.append(DiffItem(kind: .period, id: p.id, quote: p.quote, span: p.span, section: p.section,
                                role: p.subject ?? "",
                                fields: [("amount", ContractNumber.format(p.amount)), ("unit", p.unit.rawValue)],
                                context: (p.subject ?? "") + p.quote))
        }
        for f in d.frequencies {
            out.append(DiffItem(kind: .frequency, id: f.id, quote: f.quote, span: f.span, section: f.section,
                                role: "", fields: [("every", f.every.rawValue), ("multiple", String(f.multiple))],
                                context: f.quote))
        }
        for o in d.obligations {
            out.append(DiffItem(kind: .obligation, id: o.id, quote: o.quote, span: o.span, section: o.section,
                                role: o.action,
                                fields: [("modality", o.modality.rawValue), ("softened", String(o.softened)),
                                         ("actor", o.actor ?? "")],
                                context: o.action))
        }
        return out
    }
}
