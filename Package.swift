// swift-tools-version: 6.0
import PackageDescription

// One direction of dependency:
// Model ← Text ← HTML/Extract ← Calendar ← Check/Diff ← Kit ← CLI
let package = Package(
    name: "notice",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "notice", targets: ["notice"]),
        .library(name: "NoticeKit", targets: ["NoticeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ICU behind a C header that uses only stdint types (Foundation carries its own ICU).
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("_FoundationICU"),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        .target(name: "NoticeModel"),
        .target(name: "NoticeText", dependencies: ["NoticeModel", "CICUShim"]),
        .target(name: "NoticeHTML", dependencies: ["NoticeModel", "NoticeText", "CLibXML2"]),
        .target(name: "NoticeExtract", dependencies: ["NoticeModel", "NoticeText"]),
        .target(name: "NoticeCalendar", dependencies: ["NoticeModel", "NoticeExtract"]),
        .target(name: "NoticeCheck", dependencies: ["NoticeModel", "NoticeText", "NoticeExtract", "NoticeCalendar"]),
        .target(name: "NoticeDiff", dependencies: ["NoticeModel", "NoticeText", "NoticeExtract"]),
        .target(
            name: "NoticeKit",
            dependencies: [
                "NoticeModel", "NoticeText", "NoticeHTML", "NoticeExtract",
                "NoticeCalendar", "NoticeCheck", "NoticeDiff",
            ]
        ),
        .executableTarget(
            name: "notice",
            dependencies: [
                "NoticeKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Test targets: one per stage.
        .testTarget(name: "NoticeModelTests", dependencies: ["NoticeModel"]),
        .testTarget(name: "NoticeTextTests", dependencies: ["NoticeText"], exclude: ["Fixtures"]),
        .testTarget(name: "NoticeExtractTests", dependencies: ["NoticeExtract", "NoticeKit"], exclude: ["Examples"]),
        .testTarget(name: "NoticeCalendarTests", dependencies: ["NoticeCalendar", "NoticeKit"]),
        .testTarget(name: "NoticeHTMLTests", dependencies: ["NoticeHTML", "NoticeKit"], exclude: ["Pages"]),
        .testTarget(name: "NoticeCheckTests", dependencies: ["NoticeCheck", "NoticeKit"]),
        .testTarget(name: "NoticeDiffTests", dependencies: ["NoticeDiff", "NoticeKit"]),
        .testTarget(name: "NoticeKitTests", dependencies: ["NoticeKit"], exclude: ["Evaluation"]),
    ]
)
