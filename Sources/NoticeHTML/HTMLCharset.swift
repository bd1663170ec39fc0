import CICUShim
import NoticeModel
import NoticeText

/// Bytes → UTF-8 text for a page: BOM, then the declared `<meta>` charset, then detection. Never lossy: a decoder
/// that meets an invalid sequence fails and the next candidate is tried; when none fits, the page is an error.
struct HTMLCharset: Sendable {
    let decoder: TextDecoder

    /// The charset a `<meta charset>` / `<meta http-equiv content="…; charset=…">` declares in the first 4 KB.
    static func declaredLabel(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            guard head[i] == key[0], Array(head[i..<(i + key.count)]) == key else { i += 1; continue }
            // Only inside a <meta …> tag.
            var j = i
            var inMeta = false
            while j > 0 && i - j < 512 { j -= 1; if head[j] == UInt8(ascii: "<") { inMeta = head[(j + 1)...].starts(with: Array("meta".utf8)); break }; if head[j] == UInt8(ascii: ">") { break } }
            var k = i + key.count
            while k < head.count, head[k] == 0x20 || head[k] == 0x09 { k += 1 }
            guard inMeta, k < head.count, head[k] == UInt8(ascii: "=") else { i += key.count; continue }
            k += 1
            while k < head.count, head[k] == 0x20 || head[k] == 0x22 || head[k] == 0x27 { k += 1 }
            var label: [UInt8] = []
            while k < head.count, label.count < 40 {
                let c = head[k]
                let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
                if !ok { break }
                label.append(c); k += 1
            }
            if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            i = k
        }
        return nil
    }

    /// The ICU converter name for a label; gb2312 / gbk / x-gbk labels read as GB18030 (their superset).
    static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "gb2312", "gbk", "x-gbk", "gb18030", "gb_2312-80", "gb_2312", "cp936", "windows-936", "euc-cn",
             "csgb2312", "chinese", "iso-ir-58", "x-euc-cn", "hz-gb-2312": return "GB18030"
        case "big5", "big5-hkscs", "x-big5", "cn-big5", "csbig5", "cp950", "windows-950": return "Big5-HKSCS"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return label
        }
    }

    func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: String) {
        if bytes.isEmpty { throw InputError(code: "empty", message: "the file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try decoder.decode(bytes) }
        if bytes.starts(with: [0xFF, 0xFE]), let s = Self.convert("UTF-16LE", bytes[2...]) { return (s, "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]), let s = Self.convert("UTF-16BE", bytes[2...]) { return (s, "UTF-16BE") }
        if bytes.contains(0) || Self.looksBinary(bytes) {
            throw InputError(code: "binary", message: "the file is binary (NUL or control bytes), not an HTML page")
        }
        var candidates: [String] = []
        if let label = Self.declaredLabel(bytes) { candidates.append(Self.canonical(label)) }
        // A page labelled with a legacy charset whose bytes are valid UTF-8 with non-ASCII text was saved as UTF-8
        // (CMS migrations, crawlers): GBK text is practically never valid UTF-8, and GB18030 would read it as garbage.
        if let first = candidates.first, first != "UTF-8", bytes.contains(where: { $0 >= 0x80 }),
           let r = try? decoder.decode(bytes, declared: "UTF-8"), r.encoding == "UTF-8" { return r }
        for c in ["UTF-8", "GB18030", "Big5-HKSCS"] where !candidates.contains(c) { candidates.append(c) }
        for c in candidates {
            if c == "UTF-8" {
                if let r = try? decoder.decode(bytes, declared: "UTF-8"), r.encoding == "UTF-8" { return r }
                continue
            }
            if let s = Self.convert(c, bytes[...]) { return (s, c) }
        }
        throw InputError(code: "undecodable", message: "the bytes fit none of \(candidates.joined(separator: ", "))")
    }

    /// More than 2% C0 control bytes (other than tab, LF, FF, CR, ESC) in the first 8 KB: not a text file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        let controls = head.reduce(0) { n, b in n + ((b < 0x20 && b != 9 && b != 10 && b != 12 && b != 13 && b != 27) || b == 0x7F ? 1 : 0) }
        return controls * 50 > head.count
    }

    /// Converts with ICU (stop on the first invalid sequence); nil when the bytes do not fit `charset`.
    /// Until the shared `TextDecoder` decodes legacy Chinese charsets, the HTML stage calls ICU through this function.
    static func convert(_ charset: String, _ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        guard bytes.count < Int(Int32.max) / 4 else { return nil }
        let cap = bytes.count * 2 + 64
        var out = [UInt8](repeating: 0, count: cap)
        let n: Int32 = bytes.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                cicu_to_utf8(charset, src.baseAddress!, Int32(src.count), dst.baseAddress!, Int32(cap))
            }
        }
        guard n >= 0, let s = String(validating: out[0..<Int(n)], as: UTF8.self) else { return nil }
        // `ucnv_convert` substitutes invalid sequences (U+FFFD, U+001A) instead of stopping: treat a substitution
        // the source did not carry as a misfit, so the next candidate is tried and nothing is silently lost.
        if s.unicodeScalars.contains(where: { $0 == "\u{FFFD}" || $0 == "\u{1A}" }) && !bytes.contains(0x1A) {
            let encodedFFFD: [UInt8] = charset == "GB18030" ? [0x84, 0x31, 0xA4, 0x37] : [0xEF, 0xBF, 0xBD]
            if !bytes.indices.contains(where: { bytes[$0...].starts(with: encodedFFFD) }) { return nil }
        }
        return s
    }
}

