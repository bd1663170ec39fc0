/// A charset label as written in a container (`<meta charset>`, HTTP), mapped to the converter that reads it.
///
/// Labels are claims made by whoever produced the page; the mapping follows what Chinese government sites mean:
/// `gb2312`, `gbk`, `x-gbk`, `gb_2312-80`, `cp936`, `euc-cn` are read as GB18030 (a superset, so GBK-only characters
/// such as traditional forms are not lost), and every Big5 label is read as Big5-HKSCS, which round-trips the Taiwan
/// corpus exactly like windows-950-2000 but also decodes the ETEN extensions (①, ㄅ…) instead of mapping them to
/// the private-use area.
enum EncodingLabel: Equatable {
    case utf8
    case utf16LE
    case utf16BE
    case legacy(String)

    static let gb18030 = "GB18030"
    static let big5 = "Big5-HKSCS"

    /// nil when the label is empty or unknown (an unknown label is ignored, not an error).
    init?(_ raw: String) {
        var label = raw.lowercased()
        label = String(label.unicodeScalars.filter { !" \t\r\n\"'".unicodeScalars.contains($0) })
        switch label {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le", "utf16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2": self = .utf16LE
        case "utf-16be", "unicodefffe": self = .utf16BE
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "gb18030", "cp936", "ms936", "windows-936",
             "euc-cn", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280", "x-euc-cn", "hz-gb-2312-80":
            self = .legacy(Self.gb18030)
        case "big5", "big-5", "cn-big5", "csbig5", "x-x-big5", "x-big5", "cp950", "ms950", "windows-950",
             "big5-hkscs", "big5hkscs", "x-windows-950":
            self = .legacy(Self.big5)
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "windows-1252", "cp1252":
            self = .legacy("windows-1252")
        default:
            guard let name = ICU.canonicalName(label) else { return nil }
            let lower = name.lowercased()
            if lower == "utf-8" { self = .utf8 }
            else if lower.hasPrefix("utf-16be") { self = .utf16BE }
            else if lower.hasPrefix("utf-16") { self = .utf16LE }
            else { self = .legacy(name) }
        }
    }
}
