/// The numbering styles of Chinese official documents and statutes, outermost first.
enum NumberingStyle: String, Sendable, CaseIterable {
    case chapter            // 第一章
    case partSection = "part_section" // 第一节
    case article            // 第一条 / 第 11 條 / 第 5-1 條
    case cn                 // 一、
    case parenCN = "paren_cn"         // （一） (一)
    case arabic             // 1. 1、
    case parenArabic = "paren_arabic" // （1） (1)

    /// Nesting rank: a unit of a smaller rank closes every open unit of the same or a greater rank.
    var rank: Int {
        switch self {
        case .chapter: return 0
        case .partSection: return 1
        case .article: return 2
        case .cn: return 3
        case .parenCN: return 4
        case .arabic: return 5
        case .parenArabic: return 6
        }
    }
}
