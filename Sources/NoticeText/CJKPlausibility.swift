/// How plausible a decoding is as a Chinese (or plain) document: the evidence the detector weighs.
///
/// A wrong CJK decoding still "succeeds" most of the time (Big5 bytes read as GB18030 are legal GB18030), so the
/// score rewards characters a real document is made of and penalises what mojibake is made of:
/// +2 a common character (GB2312 level 1 ∪ Big5 level 1, about 7,600 characters), +1 ASCII, CJK or full-width
/// punctuation and the symbol blocks U+2010–27BF (①, №, →, ■), −1 a rare CJK character, −3 private-use, control,
/// replacement and unassigned code points.
struct CJKPlausibility: Sendable {
    /// Bit set over the BMP: common CJK characters.
    private let common: [UInt64]

    /// Builds the common set from ICU's converters: GB2312 level 1 (rows 0xB0–0xD7) and Big5 level 1
    /// (0xA440–0xC67E). Both are the frequency-ordered "common characters" of their standards.
    init() {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        func add(_ bytes: [UInt8], charset: String) {
            guard case .success(let c) = ICU.decode(bytes, charset: charset, strict: false) else { return }
            for s in c.text.unicodeScalars where s.value >= 0x3400 && s.value < 0x10000 && s.value != 0xFFFD {
                bits[Int(s.value) >> 6] |= 1 << UInt64(s.value & 63)
            }
        }
        var gb: [UInt8] = []
        for lead in UInt8(0xB0)...0xD7 { for trail in UInt8(0xA1)...0xFE { gb += [lead, trail] } }
        add(gb, charset: "GB18030")
        var b5: [UInt8] = []
        for lead in UInt8(0xA4)...0xC6 {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0xA1)...0xFE) {
                if lead == 0xC6 && trail > 0x7E { break }
                b5 += [lead, trail]
            }
        }
        add(b5, charset: "windows-950-2000")
        common = bits
    }

    func isCommon(_ v: UInt32) -> Bool {
        v < 0x10000 && common[Int(v) >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The number of common characters in the set (for tests).
    var commonCount: Int { common.reduce(0) { $0 + $1.nonzeroBitCount } }

    func score(_ text: String) -> Int {
        var score = 0
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E: score += 1
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD, 0xE000...0xF8FF, 0xF0000...0x10FFFF: score -= 3
            case 0x3000...0x303F, 0xFF00...0xFFEF, 0x2010...0x27BF: score += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
                score += isCommon(v) ? 2 : -1
            default:
                if s.properties.generalCategory == .unassigned { score -= 3 }
            }
        }
        return score
    }
}
