import Foundation
import NoticeModel

/// Command-line inputs expanded into files: directories are walked (sorted, hidden files skipped).
enum InputFile {
    case stdin
    case path(String)
    case bad(String, InputError)

    var displayPath: String {
        switch self {
        case .stdin: return "stdin"
        case .path(let p), .bad(let p, _): return p
        }
    }
}

enum InputFiles {
    static func expand(_ inputs: [String]) throws -> [InputFile] {
        let fm = FileManager.default
        var result: [InputFile] = []
        for input in inputs {
            if input == "-" { result.append(.stdin); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                result.append(.bad(input, InputError(code: "not_found", message: "no such file or directory")))
                continue
            }
            if !isDir.boolValue { result.append(.path(input)); continue }
            guard let names = try? fm.contentsOfDirectory(atPath: input) else {
                result.append(.bad(input, InputError(code: "unreadable", message: "cannot read the directory")))
                continue
            }
            // Documentation beside the documents (README.md, *.source.md) is not input; name a file to read it.
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasSuffix(".md") {
                let p = (input as NSString).appendingPathComponent(name)
                var sub: ObjCBool = false
                _ = fm.fileExists(atPath: p, isDirectory: &sub)
                if sub.boolValue { result.append(contentsOf: try expand([p])) } else { result.append(.path(p)) }
            }
        }
        return result
    }

    static func readStdin() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}
