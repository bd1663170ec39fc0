/// Every selector, class name, label and phrase list the HTML stage uses, in one place.
///
/// Names are matched case-insensitively. Nothing here is keyed on a site or domain: these are the class names of
/// common CMS products (TRS, Hanweb, UEditor) and the labels the 政府信息公开 standard prints.
public struct HTMLVocabulary: Sendable {
    /// `class` / `id` tokens that name a CMS content box (exact token match).
    public var contentBoxNames: Set<String>
    /// `class` / `id` tokens that mark page chrome (exact token match after splitting on space).
    public var chromeNames: Set<String>
    /// Substrings of a `class` / `id` that mark page chrome.
    public var chromeNameStems: [String]
    /// Substrings of a `class` / `id` that mark a title or heading box (never part of a climbed content box).
    public var titleNameStems: [String]
    /// Tags whose subtree is page chrome.
    public var chromeTags: Set<String>
    /// Tags whose content is never text.
    public var skippedTags: Set<String>
    /// Tags that start a new line.
    public var blockTags: Set<String>
    /// A line made only of these tokens (and punctuation / spaces) is a toolbar: 字体 大 中 小 打印 关闭 …
    public var toolbarTokens: [String]
    /// A line containing one of these is a footer or filing line.
    public var footerMarkers: [String]
    /// Short lines starting with one of these are the article info bar (发布时间：… 来源：… 浏览次数：…).
    public var infoLinePrefixes: [String]
    /// 政府信息公开 labels → field, simplified and traditional forms.
    public var metadataLabels: [(label: String, field: MetadataField)]
    /// `<meta name=…>` names (lowercased) → field.
    public var metaNames: [String: MetadataField]
    /// Separators between a page title and its site / column suffix.
    public var titleSeparators: [String]
    /// Endings of a site or column name (`…医疗保障局`, `…招标网`).
    public var siteNameEndings: [String]
    /// File extensions of attachments.
    public var attachmentExtensions: Set<String>
    /// Link texts that name an attachment even when the href has no known extension.
    public var attachmentTextPrefixes: [String]

    public enum MetadataField: String, Sendable, CaseIterable {
        case title, indexNumber, docNumber, issuer, subject, genre, signedDate, publishedDate, validity
        case publishedTime, contentSource, siteName, column
    }

    public static let standard = HTMLVocabulary(
        contentBoxNames: [
            "trs_editor", "trs_ueditor", "ucap-content", "custom_unionstyle", "zoom", "article-content",
            "articlecontent", "article_content", "content_text", "pages_content", "view", "zw", "newstext",
        ],
        chromeNames: [
            "nav", "navbar", "menu", "footer", "foot", "bottom", "share", "print", "related", "comment", "comments",
            "pager", "page", "pages", "login", "sidebar", "side", "crumbs", "crumb", "position", "location",
            "toolbar", "tools", "search", "topbar", "top", "header", "head", "banner", "message", "liuyan",
        ],
        chromeNameStems: [
            "breadcrumb", "qrcode", "qr-code", "erweima", "ewm", "bdshare", "share-", "pagination", "copyright",
            "xgwj", "xglj", "relate", "msgboard", "comment", "login", "footer", "fontsize", "font-size", "zihao",
        ],
        titleNameStems: ["title", "biaoti", "headline"],
        chromeTags: ["nav", "footer", "aside"],
        skippedTags: [
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
            "option", "textarea", "button", "input", "map", "area", "audio", "video", "frameset", "frame",
        ],
        blockTags: [
            "p", "div", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside",
            "blockquote", "pre", "center", "form", "fieldset", "address", "hr", "title", "body", "html", "main",
            "figure", "figcaption", "caption", "legend",
        ],
        toolbarTokens: [
            "扫一扫在手机打开当前页", "在手机打开当前页", "打印本页", "关闭窗口", "关闭本页", "打印本頁", "關閉窗口",
            "返回顶部", "分享到", "字体", "字号", "字體", "字號", "打印", "关闭", "關閉", "分享", "收藏", "返回",
            "默认", "默認", "扫一扫", "掃一掃", "微信", "微博", "QQ空间", "QQ", "大", "中", "小", "正文", "【", "】",
            "[", "]", "：", ":", "|", "｜", "/", "、", "·", "•", "-", "(", ")", "（", "）", "<", ">", "»", "«",
        ],
        footerMarkers: [
            "ICP备", "ICP证", "公网安备", "网安备", "公網安備", "版权所有", "版權所有", "Copyright", "©",
            "技术支持", "技術支持", "网站标识码", "網站標識碼", "主办单位", "主辦單位", "承办单位", "承辦單位",
        ],
        infoLinePrefixes: [
            "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "來源", "来源", "信息来源", "信息來源",
            "浏览次数", "瀏覽次數", "点击数", "點擊數", "阅读次数", "閱讀次數", "作者", "责任编辑", "責任編輯",
            "所属项目", "当前位置", "當前位置", "您的位置", "您好",
        ],
        metadataLabels: [
            ("索引号", .indexNumber), ("索引號", .indexNumber),
            ("发文字号", .docNumber), ("發文字號", .docNumber), ("文号", .docNumber), ("文號", .docNumber),
            ("发布机构", .issuer), ("發布機構", .issuer), ("發佈機構", .issuer), ("发文机关", .issuer),
            ("發文機關", .issuer), ("发文单位", .issuer),
            ("主题分类", .subject), ("主題分類", .subject),
            ("体裁分类", .genre), ("體裁分類", .genre),
            ("成文日期", .signedDate),
            ("发布日期", .publishedDate), ("發布日期", .publishedDate), ("發佈日期", .publishedDate),
            ("有效性", .validity),
            ("发布时间", .publishedTime), ("發布時間", .publishedTime), ("發佈時間", .publishedTime),
            ("信息来源", .contentSource), ("信息來源", .contentSource), ("来源", .contentSource),
            ("來源", .contentSource),
        ],
        metaNames: [
            "articletitle": .title, "pubdate": .publishedDate, "contentsource": .contentSource,
            "sitename": .siteName, "columnname": .column,
        ],
        titleSeparators: ["_", " - ", "-", "|", "｜", "——", "—"],
        siteNameEndings: [
            "网", "網", "网站", "門戶網站", "门户网站", "局", "委员会", "委員會", "委", "厅", "廳", "政府", "中心",
            "平台", "办公室", "辦公室", "部", "数据库", "資料庫", "门户", "門戶",
        ],
        attachmentExtensions: ["pdf", "doc", "docx", "xls", "xlsx", "zip", "rar", "7z", "wps", "ofd", "et"],
        attachmentTextPrefixes: ["附件", "附表"]
    )
}
