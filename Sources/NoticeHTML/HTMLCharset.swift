import NoticeModel
import NoticeText

/// Bytes → text for a page: the shared `TextDecoder` (BOM, declared label, detection; gb2312/gbk labels read as
/// GB18030; never lossy) given the charset the page's `<meta>` declares.
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

    func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: String) {
        try decoder.decode(bytes, declared: Self.declaredLabel(bytes))
    }
}
