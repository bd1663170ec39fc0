import CICUShim

/// Swift values over the C shim: the only file that calls ICU. C types never leave it.
enum ICU {
    /// Why a conversion did not produce text.
    enum ConversionFailure: Error, Equatable {
        case unknownCharset
        /// An illegal or unmappable byte sequence starts at `offset`.
        case invalid(offset: Int)
        /// The input ends inside a multibyte character that starts at `offset`.
        case truncated(offset: Int)
        case tooLarge
        case internalError(Int32)
    }

    /// A finished conversion: the text and, in substituting mode, how many sequences became U+FFFD.
    struct Conversion {
        var text: String
        var substitutions: Int
        var firstSubstitution: Int?
    }

    /// Converts `bytes` from `charset` to a String; ICU writes UTF-8 directly into the String's storage.
    /// `strict`: the first bad sequence fails the conversion; otherwise bad sequences become U+FFFD and are counted.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: String, strict: Bool) -> Result<Conversion, ConversionFailure> {
        guard bytes.count < Int(Int32.max) / 4 else { return .failure(.tooLarge) }
        let cap = 3 * bytes.count + 4
        var code: Int32 = 0
        var offset: Int32 = -1
        var subs: Int32 = 0
        let text = String(unsafeUninitializedCapacity: cap) { dst in
            let n = cicu_to_utf8(charset, bytes.baseAddress, Int32(bytes.count), dst.baseAddress, Int32(dst.count),
                                 strict ? 1 : 0, &offset, &subs)
            if n < 0 { code = n; return 0 }
            return Int(n)
        }
        switch code {
        case 0: return .success(Conversion(text: text, substitutions: Int(subs), firstSubstitution: offset >= 0 ? Int(offset) : nil))
        case CICU_UNKNOWN_CHARSET: return .failure(.unknownCharset)
        case CICU_INVALID_INPUT: return .failure(.invalid(offset: Int(offset)))
        case CICU_TRUNCATED_INPUT: return .failure(.truncated(offset: Int(offset)))
        default: return .failure(.internalError(code))
        }
    }

    static func decode(_ bytes: [UInt8], charset: String, strict: Bool) -> Result<Conversion, ConversionFailure> {
        bytes.withUnsafeBufferPointer { decode($0, charset: charset, strict: strict) }
    }

    /// ICU's canonical converter name for a label, or nil when ICU does not know it.
    static func canonicalName(_ label: String) -> String? {
        var buf = [CChar](repeating: 0, count: 128)
        let n = cicu_canonical_name(label, &buf, Int32(buf.count))
        guard n >= 0 else { return nil }
        return String(decoding: buf.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// ICU's charset detector (ucsdet): up to `max` guesses, best first, with confidence 0…100.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, max: Int = 5) -> [(name: String, confidence: Int)] {
        guard bytes.count < Int(Int32.max) else { return [] }
        var buf = [CChar](repeating: 0, count: 1024)
        let n = cicu_detect(bytes.baseAddress, Int32(bytes.count), Int32(max), &buf, Int32(buf.count))
        guard n > 0 else { return [] }
        let out = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return out.split(separator: "\n").compactMap { line in
            let cols = line.split(separator: "\t")
            guard cols.count == 2, let c = Int(cols[1]) else { return nil }
            return (String(cols[0]), c)
        }
    }

    /// An ICU transliterator, for generating tables only (ICU's is slow and serialised).
    final class Transliterator {
        private let handle: OpaquePointer

        init?(_ id: String) {
            guard let h = cicu_translit_open(id) else { return nil }
            handle = h
        }

        deinit { cicu_translit_close(handle) }

        func callAsFunction(_ s: String) -> String? {
            let src = Array(s.utf8)
            let cap = 4 * src.count + 64
            var failed = false
            let out = String(unsafeUninitializedCapacity: cap) { dst in
                let n = src.withUnsafeBufferPointer { cicu_translit_utf8(handle, $0.baseAddress, Int32($0.count), dst.baseAddress, Int32(dst.count)) }
                if n < 0 { failed = true; return 0 }
                return Int(n)
            }
            return failed ? nil : out
        }
    }
}
