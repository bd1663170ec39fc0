import Foundation

extension KeyedEncodingContainer {
    /// The contract never omits a key: a missing value is written as `null`.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

/// The one JSON writer configuration of the contract: sorted keys, no escaped slashes.
public enum ContractJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        var f: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { f.insert(.prettyPrinted) }
        e.outputFormatting = f
        return e
    }

    /// The contract's JSON text for a value (see `ContractJSONWriter`).
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        try ContractJSONWriter.write(value, pretty: pretty)
    }
}
