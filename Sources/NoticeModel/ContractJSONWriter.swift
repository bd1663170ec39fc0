/// The contract's JSON writer: Codable values → a small tree → text with sorted keys, no escaped slashes, numbers
/// without a trailing `.0`. Foundation's JSONEncoder produces the same JSON but costs a third of the pipeline.
struct ContractJSONWriter {
    final class ObjectBox {
        /// Fields in insertion order; a key written twice keeps its last value (sorted and de-duplicated on output).
        var pairs: [(String, JSONValue)] = []
        func set(_ key: String, _ value: JSONValue) { pairs.append((key, value)) }
    }
    final class ArrayBox { var items: [JSONValue] = [] }

    enum JSONValue {
        case null, bool(Bool), int(Int), double(Double), string(String)
        case object(ObjectBox), array(ArrayBox)
    }

    static func write<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let enc = TreeEncoder()
        try value.encode(to: enc)
        var out = ""
        out.reserveCapacity(4096)
        serialize(enc.value ?? .null, pretty: pretty, depth: 0, into: &out)
        return out
    }

    static func serialize(_ v: JSONValue, pretty: Bool, depth: Int, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let box):
            if box.items.isEmpty { out += "[]"; return }
            out += "["
            for (k, item) in box.items.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n"; indent(depth + 1, into: &out) }
                serialize(item, pretty: pretty, depth: depth + 1, into: &out)
            }
            if pretty { out += "\n"; indent(depth, into: &out) }
            out += "]"
        case .object(let box):
            if box.pairs.isEmpty { out += "{}"; return }
            out += "{"
            // Stable sort keeps the last write of a repeated key last; skip earlier writes of the same key.
            let sorted = box.pairs.enumerated().sorted { a, b in
                a.element.0 == b.element.0 ? a.offset < b.offset : a.element.0.utf8.lexicographicallyPrecedes(b.element.0.utf8)
            }
            var first = true
            for (n, entry) in sorted.enumerated() {
                if n + 1 < sorted.count, sorted[n + 1].element.0 == entry.element.0 { continue }
                if !first { out += "," }
                first = false
                if pretty { out += "\n"; indent(depth + 1, into: &out) }
                writeString(entry.element.0, into: &out)
                out += pretty ? ": " : ":"
                serialize(entry.element.1, pretty: pretty, depth: depth + 1, into: &out)
            }
            if pretty { out += "\n"; indent(depth, into: &out) }
            out += "}"
        }
    }

    static func indent(_ n: Int, into out: inout String) { for _ in 0..<n { out += "  " } }

    static func formatDouble(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        var plain = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C { plain = false; break }
        if plain { out += s; out += "\""; return }
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }
}

extension ContractJSONWriter {
    final class TreeEncoder: Encoder {
        var codingPath: [CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]
        var value: JSONValue?

        init(codingPath: [CodingKey] = []) { self.codingPath = codingPath }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let box)? = value { return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath)) }
            let box = ObjectBox()
            value = .object(box)
            return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            let box = ArrayBox()
            value = .array(box)
            return Unkeyed(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(encoder: self) }

        static func box<T: Encodable>(_ v: T, path: [CodingKey]) throws -> JSONValue {
            // Metadata comparisons, not dynamic casts: this is the hot path of every document.
            if T.self == String.self { return .string(unsafeBitCast(v, to: String.self)) }
            if T.self == Int.self { return .int(unsafeBitCast(v, to: Int.self)) }
            if T.self == Double.self { return .double(unsafeBitCast(v, to: Double.self)) }
            if T.self == Bool.self { return .bool(unsafeBitCast(v, to: Bool.self)) }
            if T.self == Span.self {
                let sp = unsafeBitCast(v, to: Span.self)
                let a = ArrayBox(); a.items = [.int(sp.start), .int(sp.end)]
                return .array(a)
            }
            switch v {
            default:
                let child = TreeEncoder(codingPath: path)
                try v.encode(to: child)
                return child.value ?? .object(ObjectBox())
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        var codingPath: [CodingKey]
        mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { box.set(key.stringValue, .double(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.set(key.stringValue, .int(value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.set(key.stringValue, try TreeEncoder.box(value, path: codingPath + [key]))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let b = ObjectBox(); box.set(key.stringValue, .object(b))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: b, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let b = ArrayBox(); box.set(key.stringValue, .array(b))
            return Unkeyed(box: b, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> Encoder { SuperEncoder(parent: box, key: "super", codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder { SuperEncoder(parent: box, key: key.stringValue, codingPath: codingPath) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: ArrayBox
        var codingPath: [CodingKey]
        var count: Int { box.items.count }
        mutating func encodeNil() throws { box.items.append(.null) }
        mutating func encode(_ value: Int) throws { box.items.append(.int(value)) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try TreeEncoder.box(value, path: codingPath)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let b = ObjectBox(); box.items.append(.object(b))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: b, codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let b = ArrayBox(); box.items.append(.array(b))
            return Unkeyed(box: b, codingPath: codingPath)
        }
        mutating func superEncoder() -> Encoder { TreeEncoder(codingPath: codingPath) }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [CodingKey] { encoder.codingPath }
        mutating func encodeNil() throws { encoder.value = .null }
        mutating func encode(_ value: Bool) throws { encoder.value = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.value = .string(value) }
        mutating func encode(_ value: Double) throws { encoder.value = .double(value) }
        mutating func encode(_ value: Int) throws { encoder.value = .int(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.value = try TreeEncoder.box(value, path: codingPath) }
    }

    /// Writes what a superclass encodes under a key of the parent object.
    final class SuperEncoder: Encoder {
        let inner: TreeEncoder
        let parent: ObjectBox
        let key: String
        var codingPath: [CodingKey] { inner.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        init(parent: ObjectBox, key: String, codingPath: [CodingKey]) {
            self.inner = TreeEncoder(codingPath: codingPath); self.parent = parent; self.key = key
        }
        func container<K: CodingKey>(keyedBy type: K.Type) -> KeyedEncodingContainer<K> {
            let c = inner.container(keyedBy: type); parent.set(key, inner.value ?? .null); return c
        }
        func unkeyedContainer() -> UnkeyedEncodingContainer { let c = inner.unkeyedContainer(); parent.set(key, inner.value ?? .null); return c }
        func singleValueContainer() -> SingleValueEncodingContainer { inner.singleValueContainer() }
    }
}
