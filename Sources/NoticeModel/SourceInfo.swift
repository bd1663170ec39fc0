/// Where a document came from and how its bytes were read.
public struct SourceInfo: Codable, Hashable, Sendable {
    public var path: String
    public var sha256: String?
    public var format: SourceFormat?
    public var encoding: String?
    public var script: Script?
    /// Unicode scalars of the decoded text (for HTML: of the extracted `text`).
    public var chars: Int?

    public init(path: String, sha256: String? = nil, format: SourceFormat? = nil, encoding: String? = nil,
                script: Script? = nil, chars: Int? = nil) {
        self.path = path; self.sha256 = sha256; self.format = format; self.encoding = encoding
        self.script = script; self.chars = chars
    }

    enum CodingKeys: String, CodingKey { case path, sha256, format, encoding, script, chars }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path); try c.encodeOrNull(sha256, forKey: .sha256)
        try c.encodeOrNull(format, forKey: .format); try c.encodeOrNull(encoding, forKey: .encoding)
        try c.encodeOrNull(script, forKey: .script); try c.encodeOrNull(chars, forKey: .chars)
    }
}

/// Why an input could not be read (`binary`, `empty`, `undecodable`, `unreadable`, `html`, …).
public struct InputError: Error, Codable, Hashable, Sendable {
    public var code: String
    public var message: String
    public init(code: String, message: String) { self.code = code; self.message = message }
}
