import Foundation
import NoticeModel
import NoticeText
import NoticeDiff

extension Pipeline {
    /// Reads one version for `notice diff`: the extracted document and the text its spans point into
    /// (for HTML input: the extracted main text). Throws the input's error when it cannot be read.
    public func diffInput(bytes: [UInt8], path: String) throws -> DiffInput {
        switch process(bytes: bytes, path: path) {
        case .failure(let e):
            throw e.error
        case .document(let d):
            if let main = d.text {
                return DiffInput(document: d, text: folder.fold(main, encoding: d.source.encoding ?? "UTF-8"))
            }
            let (text, encoding) = try decoder.decode(bytes)
            return DiffInput(document: d, text: folder.fold(text, encoding: encoding))
        }
    }

    /// Reads one version from a file (see `diffInput(bytes:path:)`).
    public func diffInput(path: String) throws -> DiffInput {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(code: "unreadable", message: "\(path): cannot read the file")
        }
        return try diffInput(bytes: [UInt8](data), path: path)
    }
}
