import Foundation
import NoticeModel

/// Bytes → text, never lossy: either every byte is accounted for by one encoding or the input is refused with an
/// `InputError` (`empty`, `binary`, `undecodable`) whose message says what is wrong and where.
///
/// The cascade, written once:
/// 1. a byte-order mark (UTF-8, UTF-32LE/BE, UTF-16LE/BE) decides, and the mark is not part of the text;
/// 2. NUL bytes: explained by UTF-16/UTF-32 without a mark (the most plausible strict wide decoding, when it reads
///    as text), or the input is binary;
///    many other C0 control bytes also make it binary;
/// 3. a declared label (HTML meta) is tried strictly (see `EncodingLabel`); a legacy label on bytes that are valid
///    UTF-8 loses to UTF-8 when UTF-8 reads more plausibly, and a decoding that reads as noise (Big5 bytes read as
///    GB18030 decode without error) goes on to detection: a label is a claim, the bytes are the evidence;
/// 4. valid UTF-8;
/// 5. UTF-8 that is only cut short at the end, or damaged in a few places among many valid characters, is refused
///    rather than re-read as some other encoding;
/// 6. detection: GB18030, Big5-HKSCS and ICU ucsdet's guesses are decoded strictly and the most plausible
///    decoding (`CJKPlausibility`) wins; none → `undecodable`.
/// ICU writes UTF-8 straight into the String (no UTF-16 round trip in Swift).
public struct TextDecoder: Sendable {
    let plausibility: CJKPlausibility

    public init() { plausibility = CJKPlausibility() }

    /// Decodes `bytes`; `declared` is a label from the container (an HTML meta charset), if any.
    public func decode(_ bytes: [UInt8], declared: String? = nil) throws -> (text: String, encoding: String) {
        if bytes.isEmpty { throw InputError(code: "empty", message: "the input is empty (0 bytes)") }

        if let (charset, bomLength) = Self.byteOrderMark(bytes) {
            let body = Array(bytes[bomLength...])
            if body.isEmpty { throw InputError(code: "empty", message: "the input holds only a \(charset) byte-order mark and no text") }
            let text = try strict(body, charset: charset, offsetBase: bomLength,
                                  what: "the input starts with a \(charset) byte-order mark but")
            try checkControls(text, encoding: charset)
            return (text, charset)
        }

        let nuls = NulProfile(bytes)
        if nuls.count > 0 {
            guard let (text, charset) = wideDecoding(bytes) else {
                throw InputError(code: "binary", message: "the input contains \(nuls.count) NUL bytes (the first at byte \(nuls.first)) that no UTF-16 or UTF-32 reading explains: not a text document")
            }
            try checkControls(text, encoding: charset)
            return (text, charset)
        }
        let controls = Self.controlBytes(bytes)
        if controls.count >= 4 && controls.count * 100 > bytes.count {
            throw InputError(code: "binary", message: "the input contains \(controls.count) control bytes (the first, 0x\(hex(bytes[controls.first])), at byte \(controls.first)): not a text document")
        }

        var declaredFailure: String?
        if let declared, let label = EncodingLabel(declared) {
            switch label {
            case .utf8:
                break // step 4 reads it; when it is not UTF-8 the detector decides
            case .utf16LE, .utf16BE:
                let charset = label == .utf16LE ? "UTF-16LE" : "UTF-16BE"
                if case .success(let c) = ICU.decode(bytes, charset: charset, strict: true) { return (c.text, charset) }
                declaredFailure = "declared \(declared) does not decode it"
            case .legacy(let charset):
                switch ICU.decode(bytes, charset: charset, strict: true) {
                case .success(let c):
                    let score = plausibility.score(c.text)
                    if Self.hasNonASCII(bytes), let utf8 = Self.validUTF8(bytes), plausibility.score(utf8) > score {
                        return (utf8, "UTF-8")
                    }
                    if score > 0 { return (c.text, charset) }
                    declaredFailure = "declared \(declared) (read as \(charset)) reads as noise"
                case .failure(let f):
                    declaredFailure = "declared \(declared) (read as \(charset)) fails: \(Self.describe(f))"
                }
            }
        }

        if let text = Self.validUTF8(bytes) { return (text, "UTF-8") }

        try refuseDamagedUTF8(bytes)

        var candidates = [EncodingLabel.gb18030, EncodingLabel.big5]
        let guesses = bytes.withUnsafeBufferPointer { ICU.detect($0) }
        for guess in guesses where guess.confidence >= 10 {
            if case .legacy(let name)? = EncodingLabel(guess.name), !candidates.contains(name) { candidates.append(name) }
        }
        var best: (text: String, encoding: String, score: Int)?
        for charset in candidates {
            guard case .success(let c) = ICU.decode(bytes, charset: charset, strict: true) else { continue }
            let score = plausibility.score(c.text)
            if best == nil || score > best!.score { best = (c.text, charset, score) }
        }
        if let best, best.score > 0 { return (best.text, best.encoding) }
        let tried = candidates.joined(separator: ", ")
        let declaredNote = declaredFailure.map { "; \($0)" } ?? ""
        if let best {
            throw InputError(code: "undecodable", message: "the input is not UTF-8 and its only clean decoding (\(best.encoding)) reads as noise (tried \(tried))\(declaredNote)")
        }
        throw InputError(code: "undecodable", message: "the input is not valid UTF-8 and no other encoding decodes it cleanly (tried \(tried))\(declaredNote)")
    }

    // MARK: - steps

    /// A byte-order mark and its length. UTF-32LE's mark starts like UTF-16LE's, so it is tested first.
    /// UTF-16/UTF-32 without a byte-order mark: every wide reading that decodes strictly, the most plausible one,
    /// if it reads clearly as text (a score of at least 1 per character: real text averages above that, mojibake
    /// below 0). NUL bytes alone say little: U+3000 is 00 30 in UTF-16BE.
    func wideDecoding(_ bytes: [UInt8]) -> (String, String)? {
        var charsets: [String] = []
        if bytes.count % 4 == 0 { charsets += ["UTF-32LE", "UTF-32BE"] }
        if bytes.count % 2 == 0 { charsets += ["UTF-16LE", "UTF-16BE"] }
        var best: (String, String, Int)?
        for charset in charsets {
            guard case .success(let c) = ICU.decode(bytes, charset: charset, strict: true) else { continue }
            let score = plausibility.score(c.text)
            guard score >= c.text.unicodeScalars.count else { continue }
            if best == nil || score > best!.2 { best = (c.text, charset, score) }
        }
        return best.map { ($0.0, $0.1) }
    }

    static func byteOrderMark(_ b: [UInt8]) -> (String, Int)? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// Strict decoding whose failure is an `undecodable` error naming the byte.
    func strict(_ bytes: [UInt8], charset: String, offsetBase: Int, what: String) throws -> String {
        switch ICU.decode(bytes, charset: charset, strict: true) {
        case .success(let c): return c.text
        case .failure(let f):
            throw InputError(code: "undecodable", message: "\(what) is not valid \(charset): \(Self.describe(f, base: offsetBase))")
        }
    }

    /// UTF-8 cut short at the end, or UTF-8 with a few bad sequences among many good ones, is UTF-8 that lost
    /// bytes: re-reading it as GB18030 would succeed and produce mojibake, so it is refused.
    func refuseDamagedUTF8(_ bytes: [UInt8]) throws {
        if case .failure(.truncated(let offset)) = ICU.decode(bytes, charset: "UTF-8", strict: true) {
            throw InputError(code: "undecodable", message: "the input is UTF-8 but ends inside a multibyte character (its first byte is at byte \(offset) of \(bytes.count)): the file looks truncated")
        }
        guard case .success(let c) = ICU.decode(bytes, charset: "UTF-8", strict: false), c.substitutions > 0 else { return }
        var multibyte = 0
        for s in c.text.unicodeScalars where s.value > 0x7F && s.value != 0xFFFD { multibyte += 1 }
        if multibyte >= 20 && multibyte >= 10 * c.substitutions {
            throw InputError(code: "undecodable", message: "the input is UTF-8 (\(multibyte) valid multibyte characters) but has \(c.substitutions) invalid byte sequence(s), the first at byte \(c.firstSubstitution ?? -1): the file is damaged")
        }
    }

    /// Decoded text with NUL or many control characters is not a document.
    func checkControls(_ text: String, encoding: String) throws {
        var count = 0, total = 0
        for s in text.unicodeScalars {
            total += 1
            if Self.isBinaryControl(s.value) { count += 1 }
        }
        if text.unicodeScalars.contains("\0") || (count >= 4 && count * 100 > total) {
            throw InputError(code: "binary", message: "the \(encoding) text contains \(count) control characters (NUL or C0): not a text document")
        }
    }

    static func isBinaryControl(_ v: UInt32) -> Bool {
        // TAB, LF, FF, CR, SUB (DOS end of file) and ESC (ISO-2022 escapes) occur in real text files.
        v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0C && v != 0x0D && v != 0x1A && v != 0x1B || v == 0x7F
    }

    /// Control bytes that make an input binary: how many and the first. Scans 8 bytes at a time and only looks
    /// closer at words holding a byte below 0x20 or 0x7F (the common case is none).
    static func controlBytes(_ bytes: [UInt8]) -> (count: Int, first: Int) {
        var count = 0, first = -1
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            func inspect(_ from: Int, _ to: Int) {
                for j in from..<to {
                    let b = raw[j]
                    if (b < 0x20 || b == 0x7F) && isBinaryControl(UInt32(b)) {
                        if first < 0 { first = j }
                        count += 1
                    }
                }
            }
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let low = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080      // a byte < 0x20
                let y = x ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080       // a byte == 0x7F
                if low | del != 0 { inspect(i, i + 8) }
                i += 8
            }
            inspect(i, n)
        }
        return (count, first)
    }

    /// The text when `bytes` are valid UTF-8. `String(decoding:)` (which repairs) plus a byte comparison is about
    /// 1.4× faster than `String(validating:)` here; repaired input never compares equal.
    static func validUTF8(_ bytes: [UInt8]) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let same = text.withUTF8 { out in
            out.count == bytes.count && bytes.withUnsafeBufferPointer { inp in
                out.count == 0 || memcmp(out.baseAddress!, inp.baseAddress!, out.count) == 0
            }
        }
        return same ? text : nil
    }

    static func hasNonASCII(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0x80 } }

    static func describe(_ f: ICU.ConversionFailure, base: Int = 0) -> String {
        switch f {
        case .unknownCharset: return "the converter is not available"
        case .invalid(let o): return "an invalid byte sequence at byte \(o + base)"
        case .truncated(let o): return "the input ends inside a multibyte character that starts at byte \(o + base)"
        case .tooLarge: return "the input is too large (2 GB or more)"
        case .internalError(let c): return "ICU error \(c)"
        }
    }
}

/// How many NUL bytes an input has and where the first is.
struct NulProfile {
    var count = 0
    var first = -1

    init(_ bytes: [UInt8]) {
        var count = 0, first = -1
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let end = min(i + 8, n)
                for j in i..<end where raw[j] == 0 {
                    if first < 0 { first = j }
                    count += 1
                }
                i = end
            }
        }
        self.count = count
        self.first = first
    }
}

private func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
}
