import Foundation

/// The anchor vocabulary of `dictionaries/calendar/anchors.tsv`: which anchor words denote the document's
/// go-live, issue or publication, and which period subjects run from go-live.
public struct AnchorLexicon: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case effective, signed, published, `self`, suffix, cycle
    }

    /// Which document date an anchor resolves against.
    public enum DocumentDate: String, Sendable {
        case effective, signed, published
    }

    public let words: [Role: [String]]

    public init(words: [Role: [String]]) {
        // Longest first, so 落地执行 wins over 执行 and 之日起 is stripped before 起.
        var sorted: [Role: [String]] = [:]
        for (r, ws) in words { sorted[r] = ws.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 } }
        self.words = sorted
    }

    public static func load(directory: URL) throws -> AnchorLexicon {
        let url = directory.appendingPathComponent("calendar/anchors.tsv")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CalendarDataError(file: url.path, line: 0, message: "cannot read file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    public static func parse(_ text: String, file: String) throws -> AnchorLexicon {
        var words: [Role: [String]] = [:]
        var seen: [String: Int] = [:]
        try CalendarTSV.forEachRow(text, file: file) { lineNo, cols, fail in
            guard cols.count == 2 else { throw fail("expected word<TAB>role, found \(cols.count) columns") }
            let word = cols[0]
            guard !word.isEmpty, !word.contains(" ") else { throw fail("empty word or word with a space") }
            guard let role = Role(rawValue: cols[1]) else {
                throw fail("unknown role \(cols[1]) (expected \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if let prev = seen[word] { throw fail("\(word) is already listed on line \(prev)") }
            seen[word] = lineNo
            words[role, default: []].append(word)
        }
        for r in [Role.effective, .suffix, .cycle] where (words[r] ?? []).isEmpty {
            throw CalendarDataError(file: file, line: 0, message: "no \(r.rawValue) words")
        }
        return AnchorLexicon(words: words)
    }

    /// `中选结果执行` → effective; `本通知印发之日` → signed; `医疗机构反馈问题` → nil;
    /// `执行文件的发布` → nil (a publication, but not of this document).
    public func documentDate(forAnchor anchor: String) -> DocumentDate? {
        var a = anchor.trimmingCharacters(in: .whitespaces)
        var stripped = true
        while stripped {
            stripped = false
            for s in words[.suffix] ?? [] where a.hasSuffix(s) && a.count > s.count {
                a = String(a.dropLast(s.count)); stripped = true; break
            }
        }
        if (words[.effective] ?? []).contains(where: { a.hasSuffix($0) }) { return .effective }
        let isSelf = (words[.self] ?? []).contains(where: { a.contains($0) })
        for (role, target) in [(Role.signed, DocumentDate.signed), (.published, .published)] {
            for w in words[role] ?? [] where a.hasSuffix(w) && (a == w || isSelf) { return target }
        }
        return nil
    }

    /// True when a period's subject (`采购周期`) runs from the document's go-live.
    public func runsFromGoLive(_ subject: String) -> Bool {
        (words[.cycle] ?? []).contains(where: { subject.contains($0) })
    }
}
