/// Decides whether an input is an HTML page: by extension, or by a leading `<!doctype html` / `<html`.
public enum HTMLSniffer {
    public static let extensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

    public static func isHTML(bytes: [UInt8], path: String) -> Bool {
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
           extensions.contains(path[path.index(after: dot)...].lowercased()) { return true }
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, i < 1024, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        let head = bytes[i..<min(bytes.count, i + 16)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return head.starts(with: Array("<!doctype html".utf8)) || head.starts(with: Array("<html".utf8))
    }
}
