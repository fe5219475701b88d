import type { Locale } from '@portal/contract';

/**
 * Every piece of interface text, per language. Templates use `{name}` placeholders so the same
 * strings can be handed to the search script in the browser.
 */
export interface UiStrings {
  /** The language's name in itself, for the language switcher. */
  languageName: string;
  skipToContent: string;
  /** The heading of the banner announcing that the portal or its services will be interrupted. */
  outageNotices: string;
  /** `{start}` to `{end}`, each a time and a date. */
  outagePeriod: string;
  mainNavigation: string;
  /** The button that shows the main menu and the header's tools on a narrow screen. */
  menuButton: string;
  home: string;
  articles: string;
  search: string;
  languages: string;
  /** Said in this language when a page has no version in it and the link leads to the home page instead. */
  homeInsteadOfTranslation: string;
  latestArticles: string;
  allArticles: string;
  noArticles: string;
  publishedOn: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  /** `{page}` of `{total}`. */
  pageOf: string;
  contact: string;
  responsiblePerson: string;
  address: string;
  phone: string;
  email: string;
  searchLabel: string;
  searchButton: string;
  searchNeedsJavaScript: string;
  searching: string;
  searchFailed: string;
  /** `{count}` results for `{query}`, by plural category of the language. */
  searchResults: { one: string; other: string };
  /** `{count}` pages listed when only a filter is chosen, no search words. */
  searchListed: { one: string; other: string };
  searchNoResults: string;
  /** No page holds `{words}`, a list of the words the reader typed that were not found. */
  searchWordsMissing: string;
  /** A link that searches for `{query}`, the reader's words without the missing ones. */
  searchWithout: string;
  searchNothingToFind: string;
  searchShowMore: string;
  contentType: string;
  /** The filter by portal on the main portal's search, which also searches the component portals. */
  searchPortal: string;
  /** The choice of a filter that keeps every value. */
  searchAllValues: string;
  sortBy: string;
  sortRelevance: string;
  sortNewest: string;
  sortOldest: string;
  notFoundTitle: string;
  notFoundText: string;
  /** Meta descriptions of pages that have no summary of their own ({site}: the site's name). */
  homeDescription: string;
  searchDescription: string;
  /** Any other page: {title} is the page's. */
  pageDescription: string;
  backToHome: string;
  content: ContentStrings;
  /** The fixed main-menu entries the regulations require (TT 22/2023): introduction, online public services, site map. */
  about: string;
  onlinePublicServices: string;
  siteMap: string;
  /** The name of the submenu toggle beside a main-menu entry `{label}`. */
  submenuOf: string;
  breadcrumbs: string;
  readingAids: string;
  largerText: string;
  highContrast: string;
  printPage: string;
  /** How to print or save a PDF with the browser alone, shown with or without the print button. */
  printHint: string;
  /** Printed under the page: where it came from, `{url}`. */
  printedFrom: string;
  /** `{year}` and `{name}` of the unit. */
  copyright: string;
  footerLinks: string;
}

/** The texts of the content pages (sections, legal documents, site map); see `content` in UiStrings. */
export interface ContentStrings {
  legalDocuments: string;
  legalDocumentsCaption: string;
  documentNumber: string;
  documentTitle: string;
  documentType: string;
  issuingAuthority: string;
  signer: string;
  signerPosition: string;
  issueDate: string;
  effectiveDate: string;
  expiryDate: string;
  field: string;
  level: string;
  validity: string;
  year: string;
  amends: string;
  amendedBy: string;
  replaces: string;
  replacedBy: string;
  guides: string;
  guidedBy: string;
  repeals: string;
  repealedBy: string;
  partlyRepeals: string;
  partlyRepealedBy: string;
  relatedDocuments: string;
  attributes: string;
  attributesCaption: string;
  downloads: string;
  fileDetails: string;
  body: string;
  filters: string;
  filteredBy: string;
  entryCount: string;
  showAll: string;
  noEntries: string;
  gazette: string;
  gazetteNumber: string;
  gazetteFullIssue: string;
  documentsCarried: string;
  corrects: string;
  correctedBy: string;
  correctionNote: string;
  directionItems: string;
  kind: string;
  feedbackAnswers: string;
  feedbackOutcome: string;
  feedbackQuestion: string;
  feedbackAnswer: string;
  outOfScopeReason: string;
  receivedOn: string;
  receivedThrough: string;
  answeredBy: string;
  answeredOn: string;
  consultations: string;
  consultationStage: string;
  draftingAgency: string;
  commentsOpenOn: string;
  commentsCloseOn: string;
  /** `{days}` whole days after today, at least 2. */
  daysLeft: string;
  oneDayLeft: string;
  lastDayToComment: string;
  commentByEmail: string;
  commentByPost: string;
  commentOnNationalPortal: string;
  consultationResult: string;
  onlineDialogues: string;
  dialogueStatus: string;
  dialogueHosts: string;
  dialogueStartsAt: string;
  howToAsk: string;
  notAnsweredYet: string;
  resultingDocument: string;
  issuer: string;
  issuedOn: string;
  introduction: string;
  topic: string;
  leaders: string;
  position: string;
  biography: string;
  responsibilities: string;
  organisationChart: string;
  functions: string;
  positionsOfUnit: string;
  vacant: string;
  contactDirectory: string;
  contactDirectoryCaption: string;
  role: string;
  unit: string;
  publicServices: string;
  publicServicesCaption: string;
  procedureCode: string;
  procedureName: string;
  serviceLevel: string;
  agency: string;
  externalLink: string;
  disclosureCatalogue: string;
  disclosureCatalogueCaption: string;
  disclosureItem: string;
  disclosureWhere: string;
  disclosureForm: string;
  disclosureWhen: string;
  disclosureHowLong: string;
  plans: string;
  stage: string;
  period: string;
  approvedOn: string;
  approvalDocument: string;
  results: string;
  investmentProjects: string;
  investor: string;
  location: string;
  totalInvestment: string;
  fundingSource: string;
  statistics: string;
  decidedOn: string;
  sciencePrograms: string;
  programmeCode: string;
  leadOrganisation: string;
  principalInvestigator: string;
  acceptedOn: string;
  budget: string;
  financialReports: string;
  fiscalYear: string;
  publishedOn: string;
  newsCategories: string;
  portalDirectory: string;
  networkNews: string;
  sourcePortal: string;
  allNetworkNews: string;
  networkConsultations: string;
  allNetworkConsultations: string;
  /** Home page blocks. */
  featuredNews: string;
  featuredLinks: string;
  seeAll: string;
  allInCategory: string;
  category: string;
  author: string;
  articleSource: string;
  eventStarts: string;
  eventEnds: string;
  corrections: string;
  siteMap: string;
  moreInListing: string;
  inOtherPortal: string;
  /** The content type of each section's pages, for search results and their filter. */
  sectionTypes: Record<'legal-document' | 'gazette-issue' | 'direction-item' | 'feedback-answer' | 'consultation' | 'online-dialogue' | 'intro-page' | 'leader' | 'plan' | 'investment-project' | 'statistic' | 'science-programme' | 'financial-report' | 'news-category', string>;
}

export const UI_STRINGS = {
  vi: {
    languageName: 'Tiếng Việt',
    skipToContent: 'Chuyển đến nội dung chính',
    outageNotices: 'Thông báo tạm ngừng dịch vụ',
    outagePeriod: 'Từ {start} đến {end}',
    mainNavigation: 'Điều hướng chính',
    menuButton: 'Menu',
    home: 'Trang chủ',
    articles: 'Tin tức',
    search: 'Tìm kiếm',
    languages: 'Ngôn ngữ',
    homeInsteadOfTranslation: 'trang chủ (bài viết này chưa có bản tiếng Việt)',
    latestArticles: 'Tin mới nhất',
    allArticles: 'Xem tất cả tin tức',
    noArticles: 'Chưa có bài viết nào.',
    publishedOn: 'Ngày đăng',
    pagination: 'Phân trang',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    pageOf: 'Trang {page}/{total}',
    contact: 'Thông tin liên hệ',
    responsiblePerson: 'Chịu trách nhiệm nội dung',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    searchLabel: 'Từ khóa tìm kiếm',
    searchButton: 'Tìm',
    searchNeedsJavaScript: 'Chức năng tìm kiếm cần bật JavaScript trong trình duyệt.',
    searching: 'Đang tìm kiếm…',
    searchFailed: 'Không thể tải chức năng tìm kiếm. Vui lòng thử lại sau.',
    searchResults: { one: 'Tìm thấy {count} kết quả cho “{query}”.', other: 'Tìm thấy {count} kết quả cho “{query}”.' },
    searchListed: { one: 'Có {count} trang.', other: 'Có {count} trang.' },
    searchNoResults: 'Không tìm thấy kết quả nào cho “{query}”.',
    searchWordsMissing: 'Không có trang nào chứa {words}.',
    searchWithout: 'Chỉ tìm “{query}”',
    searchNothingToFind: 'Hãy nhập chữ hoặc số để tìm kiếm.',
    searchShowMore: 'Xem thêm kết quả',
    contentType: 'Loại nội dung',
    searchPortal: 'Cổng thông tin',
    searchAllValues: 'Tất cả',
    sortBy: 'Sắp xếp theo',
    sortRelevance: 'Mức độ phù hợp',
    sortNewest: 'Mới nhất trước',
    sortOldest: 'Cũ nhất trước',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.',
    homeDescription: '{site}: tin tức, văn bản, thủ tục hành chính và thông tin chính thức.',
    searchDescription: 'Tìm tin tức, văn bản và các trang khác trên {site}.',
    pageDescription: '{title} do {site} công bố.',
    backToHome: 'Về trang chủ',
    content: {
      legalDocuments: 'Văn bản',
      legalDocumentsCaption: 'Danh sách văn bản: số ký hiệu, trích yếu, ngày ban hành và tình trạng hiệu lực',
      documentNumber: 'Số ký hiệu',
      documentTitle: 'Trích yếu',
      documentType: 'Loại văn bản',
      issuingAuthority: 'Cơ quan ban hành',
      signer: 'Người ký',
      signerPosition: 'Chức vụ người ký',
      issueDate: 'Ngày ban hành',
      effectiveDate: 'Ngày có hiệu lực',
      expiryDate: 'Ngày hết hiệu lực',
      field: 'Lĩnh vực',
      level: 'Cấp ban hành',
      validity: 'Tình trạng hiệu lực',
      year: 'Năm ban hành',
      amends: 'Sửa đổi, bổ sung văn bản',
      amendedBy: 'Được sửa đổi, bổ sung bởi',
      replaces: 'Thay thế văn bản',
      replacedBy: 'Được thay thế bởi',
      guides: 'Hướng dẫn thi hành văn bản',
      guidedBy: 'Được hướng dẫn bởi',
      repeals: 'Bãi bỏ văn bản',
      repealedBy: 'Bị bãi bỏ bởi',
      partlyRepeals: 'Bãi bỏ một phần văn bản',
      partlyRepealedBy: 'Bị bãi bỏ một phần bởi',
      relatedDocuments: 'Văn bản liên quan',
      attributes: 'Thuộc tính',
      attributesCaption: 'Thông tin chi tiết: {title}',
      downloads: 'Tệp đính kèm',
      fileDetails: '{type}, {size}',
      body: 'Nội dung',
      filters: 'Lọc văn bản',
      filteredBy: '{heading}: {label}',
      entryCount: '{count} mục',
      showAll: 'Xem tất cả',
      noEntries: 'Chưa có nội dung nào.',
      gazette: 'Công báo',
      gazetteNumber: 'Số',
      gazetteFullIssue: 'Toàn văn Công báo số',
      documentsCarried: 'Văn bản đăng trong số này',
      corrects: 'Đính chính số',
      correctedBy: 'Được đính chính tại số',
      correctionNote: 'Nội dung đính chính',
      directionItems: 'Thông tin chỉ đạo, điều hành',
      feedbackAnswers: 'Phản ánh, kiến nghị và trả lời',
      feedbackOutcome: 'Kết quả xử lý',
      feedbackQuestion: 'Nội dung phản ánh, kiến nghị',
      feedbackAnswer: 'Nội dung trả lời',
      outOfScopeReason: 'Lý do không thuộc thẩm quyền',
      receivedOn: 'Ngày tiếp nhận',
      receivedThrough: 'Hình thức tiếp nhận',
      answeredBy: 'Cơ quan trả lời',
      answeredOn: 'Ngày trả lời',
      consultations: 'Lấy ý kiến dự thảo văn bản',
      consultationStage: 'Tình trạng',
      draftingAgency: 'Cơ quan chủ trì soạn thảo',
      commentsOpenOn: 'Ngày bắt đầu lấy ý kiến',
      commentsCloseOn: 'Hạn cuối góp ý',
      daysLeft: 'Còn {days} ngày',
      oneDayLeft: 'Còn 1 ngày',
      lastDayToComment: 'Hôm nay là ngày cuối góp ý',
      commentByEmail: 'Gửi ý kiến qua thư điện tử',
      commentByPost: 'Gửi ý kiến bằng văn bản đến',
      commentOnNationalPortal: 'Góp ý trên Cổng thông tin điện tử Chính phủ',
      consultationResult: 'Tổng hợp, tiếp thu ý kiến góp ý',
      onlineDialogues: 'Đối thoại trực tuyến',
      dialogueStatus: 'Tình trạng',
      dialogueHosts: 'Lãnh đạo chủ trì',
      dialogueStartsAt: 'Thời gian',
      howToAsk: 'Cách gửi câu hỏi',
      notAnsweredYet: 'Chưa có câu trả lời.',
      resultingDocument: 'Văn bản được ban hành',
      kind: 'Loại',
      issuer: 'Người, cơ quan ban hành',
      issuedOn: 'Ngày ban hành',
      introduction: 'Giới thiệu',
      topic: 'Chủ đề',
      leaders: 'Lãnh đạo',
      position: 'Chức vụ',
      biography: 'Tiểu sử',
      responsibilities: 'Nhiệm vụ được phân công',
      organisationChart: 'Cơ cấu tổ chức',
      functions: 'Chức năng, nhiệm vụ',
      positionsOfUnit: 'Chức vụ',
      vacant: 'chưa bổ nhiệm',
      contactDirectory: 'Danh bạ điện thoại',
      contactDirectoryCaption: 'Danh bạ cán bộ, đơn vị có thẩm quyền',
      role: 'Chức vụ, họ tên',
      unit: 'Đơn vị',
      publicServices: 'Dịch vụ công trực tuyến',
      publicServicesCaption: 'Thủ tục hành chính; tên thủ tục mở trang thủ tục trên Cổng Dịch vụ công quốc gia',
      procedureCode: 'Mã thủ tục',
      procedureName: 'Tên thủ tục',
      serviceLevel: 'Mức độ',
      agency: 'Cơ quan thực hiện',
      externalLink: '(mở trang ngoài cổng)',
      disclosureCatalogue: 'Danh mục thông tin phải công khai',
      disclosureCatalogueCaption: 'Thông tin phải công khai: nơi, hình thức, thời điểm và thời hạn công khai',
      disclosureItem: 'Thông tin',
      disclosureWhere: 'Nơi công khai',
      disclosureForm: 'Hình thức',
      disclosureWhen: 'Thời điểm',
      disclosureHowLong: 'Thời hạn',
      plans: 'Chiến lược, quy hoạch, kế hoạch',
      stage: 'Tình trạng',
      period: 'Giai đoạn',
      approvedOn: 'Ngày phê duyệt',
      approvalDocument: 'Văn bản phê duyệt',
      results: 'Kết quả thực hiện',
      investmentProjects: 'Dự án đầu tư, đấu thầu, mua sắm công',
      investor: 'Chủ đầu tư',
      location: 'Địa điểm',
      totalInvestment: 'Tổng mức đầu tư',
      fundingSource: 'Nguồn vốn',
      statistics: 'Thông tin thống kê',
      decidedOn: 'Ngày quyết định công bố',
      sciencePrograms: 'Khoa học và công nghệ',
      programmeCode: 'Mã số',
      leadOrganisation: 'Tổ chức chủ trì',
      principalInvestigator: 'Chủ nhiệm',
      acceptedOn: 'Ngày nghiệm thu',
      budget: 'Kinh phí',
      financialReports: 'Công khai ngân sách',
      fiscalYear: 'Năm ngân sách',
      publishedOn: 'Ngày công khai',
      newsCategories: 'Chuyên mục tin',
      portalDirectory: 'Cổng thông tin thành phần',
      networkNews: 'Tin từ các cổng thành phần',
      sourcePortal: 'Nguồn',
      category: 'Chuyên mục',
      author: 'Tác giả',
      articleSource: 'Nguồn tin',
      eventStarts: 'Bắt đầu',
      eventEnds: 'Kết thúc',
      corrections: 'Thông tin hiệu chỉnh',
      allNetworkNews: 'Xem tất cả tin từ các cổng thành phần',
      networkConsultations: 'Dự thảo đang lấy ý kiến trên các cổng thành phần',
      allNetworkConsultations: 'Xem tất cả dự thảo đang lấy ý kiến trên các cổng thành phần',
      featuredNews: 'Tin nổi bật',
      featuredLinks: 'Liên kết nổi bật',
      seeAll: 'Xem tất cả',
      allInCategory: 'Xem tất cả tin chuyên mục',
      siteMap: 'Sơ đồ cổng',
      moreInListing: 'và {count} trang khác trong danh sách',
      inOtherPortal: 'bài viết trên cổng khác',
      sectionTypes: {
        'legal-document': 'Văn bản',
        'gazette-issue': 'Công báo',
        'direction-item': 'Chỉ đạo, điều hành',
        'feedback-answer': 'Trả lời phản ánh, kiến nghị',
        'consultation': 'Dự thảo lấy ý kiến',
        'online-dialogue': 'Đối thoại trực tuyến',
        'intro-page': 'Giới thiệu',
        'leader': 'Lãnh đạo',
        'plan': 'Chiến lược, kế hoạch',
        'investment-project': 'Dự án',
        'statistic': 'Thống kê',
        'science-programme': 'Khoa học, công nghệ',
        'financial-report': 'Ngân sách',
        'news-category': 'Chuyên mục tin',
      },
    },
    about: 'Giới thiệu',
    onlinePublicServices: 'Dịch vụ công trực tuyến',
    siteMap: 'Sơ đồ cổng',
    submenuOf: 'Mục con của {label}',
    breadcrumbs: 'Đường dẫn trang',
    readingAids: 'Hỗ trợ đọc',
    largerText: 'Chữ lớn',
    highContrast: 'Tương phản cao',
    printPage: 'In hoặc lưu PDF',
    printHint: 'Để lưu thành tệp PDF, chọn “Lưu dưới dạng PDF” làm máy in trong hộp thoại in (phím tắt Ctrl+P, trên máy Mac là ⌘+P).',
    printedFrom: 'Nguồn: {url}',
    copyright: 'Bản quyền © {year} {name}',
    footerLinks: 'Liên kết',
  },
  en: {
    languageName: 'English',
    skipToContent: 'Skip to main content',
    outageNotices: 'Service interruption notice',
    outagePeriod: 'From {start} to {end}',
    mainNavigation: 'Main navigation',
    menuButton: 'Menu',
    home: 'Home',
    articles: 'News',
    search: 'Search',
    languages: 'Languages',
    homeInsteadOfTranslation: 'home page (this article is not available in English)',
    latestArticles: 'Latest news',
    allArticles: 'All news',
    noArticles: 'There are no articles yet.',
    publishedOn: 'Published',
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: 'Page {page} of {total}',
    contact: 'Contact',
    responsiblePerson: 'Responsible for content',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    searchLabel: 'Search terms',
    searchButton: 'Search',
    searchNeedsJavaScript: 'Search needs JavaScript to be enabled in your browser.',
    searching: 'Searching…',
    searchFailed: 'Search could not be loaded. Please try again later.',
    searchResults: { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
    searchListed: { one: '{count} page.', other: '{count} pages.' },
    searchNoResults: 'No results for “{query}”.',
    searchWordsMissing: 'No page contains {words}.',
    searchWithout: 'Search for “{query}” only',
    searchNothingToFind: 'Type letters or digits to search for.',
    searchShowMore: 'Show more results',
    contentType: 'Content type',
    searchPortal: 'Portal',
    searchAllValues: 'All',
    sortBy: 'Sort by',
    sortRelevance: 'Relevance',
    sortNewest: 'Newest first',
    sortOldest: 'Oldest first',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you are looking for does not exist or has been removed.',
    homeDescription: '{site}: news, legal documents, public services and official information.',
    searchDescription: 'Search the news, documents and other pages of the {site}.',
    pageDescription: '{title}, published by the {site}.',
    backToHome: 'Go to the home page',
    content: {
      legalDocuments: 'Documents',
      legalDocumentsCaption: 'Documents: number, title, date of issue and validity',
      documentNumber: 'Number',
      documentTitle: 'Title',
      documentType: 'Document type',
      issuingAuthority: 'Issuing authority',
      signer: 'Signed by',
      signerPosition: 'Position of the signer',
      issueDate: 'Date of issue',
      effectiveDate: 'Effective from',
      expiryDate: 'Expires on',
      field: 'Field',
      level: 'Level',
      validity: 'Validity',
      year: 'Year of issue',
      amends: 'Amends',
      amendedBy: 'Amended by',
      replaces: 'Replaces',
      replacedBy: 'Replaced by',
      guides: 'Guides the implementation of',
      guidedBy: 'Implementation guided by',
      repeals: 'Repeals',
      repealedBy: 'Repealed by',
      partlyRepeals: 'Partly repeals',
      partlyRepealedBy: 'Partly repealed by',
      relatedDocuments: 'Related documents',
      attributes: 'Details',
      attributesCaption: 'Details of {title}',
      downloads: 'Downloads',
      fileDetails: '{type}, {size}',
      body: 'Full text',
      filters: 'Filter documents',
      filteredBy: '{heading}: {label}',
      entryCount: '{count} items',
      showAll: 'Show all',
      noEntries: 'Nothing has been published here yet.',
      gazette: 'Official gazette',
      gazetteNumber: 'Issue',
      gazetteFullIssue: 'Full text of gazette issue',
      documentsCarried: 'Documents in this issue',
      corrects: 'Corrects issue',
      correctedBy: 'Corrected in issue',
      correctionNote: 'Correction',
      directionItems: 'Direction and administration',
      feedbackAnswers: 'Feedback and answers',
      feedbackOutcome: 'Outcome',
      feedbackQuestion: 'Feedback or petition',
      feedbackAnswer: 'Answer',
      outOfScopeReason: 'Why it is outside our remit',
      receivedOn: 'Received on',
      receivedThrough: 'Received through',
      answeredBy: 'Answered by',
      answeredOn: 'Answered on',
      consultations: 'Draft documents open for comment',
      consultationStage: 'Status',
      draftingAgency: 'Drafting agency',
      commentsOpenOn: 'Comments open on',
      commentsCloseOn: 'Last day for comments',
      daysLeft: '{days} days left',
      oneDayLeft: '1 day left',
      lastDayToComment: 'Today is the last day for comments',
      commentByEmail: 'Send comments by e-mail',
      commentByPost: 'Send comments by post to',
      commentOnNationalPortal: 'Comment on the Government portal',
      consultationResult: 'Comments received and how they were taken into account',
      onlineDialogues: 'Online dialogues',
      dialogueStatus: 'Status',
      dialogueHosts: 'Hosted by',
      dialogueStartsAt: 'When',
      howToAsk: 'How to send questions',
      notAnsweredYet: 'Not answered yet.',
      resultingDocument: 'Document issued',
      kind: 'Type',
      issuer: 'Issued by',
      issuedOn: 'Issued on',
      introduction: 'About',
      topic: 'Topic',
      leaders: 'Leadership',
      position: 'Position',
      biography: 'Biography',
      responsibilities: 'Responsibilities',
      organisationChart: 'Organisation chart',
      functions: 'Functions and duties',
      positionsOfUnit: 'Positions',
      vacant: 'vacant',
      contactDirectory: 'Contact directory',
      contactDirectoryCaption: 'Contacts of competent officials and offices',
      role: 'Position and name',
      unit: 'Unit',
      publicServices: 'Online public services',
      publicServicesCaption: 'Administrative procedures; each name opens the procedure on the National Public Service Portal',
      procedureCode: 'Procedure code',
      procedureName: 'Procedure',
      serviceLevel: 'Level',
      agency: 'Agency',
      externalLink: '(opens another website)',
      disclosureCatalogue: 'Catalogue of information to be disclosed',
      disclosureCatalogueCaption: 'Information to be disclosed: where, in what form, when and for how long',
      disclosureItem: 'Information',
      disclosureWhere: 'Where',
      disclosureForm: 'Form',
      disclosureWhen: 'When',
      disclosureHowLong: 'For how long',
      plans: 'Strategies and plans',
      stage: 'Stage',
      period: 'Period',
      approvedOn: 'Approved on',
      approvalDocument: 'Approved by',
      results: 'Results',
      investmentProjects: 'Investment projects and procurement',
      investor: 'Investor',
      location: 'Location',
      totalInvestment: 'Total investment',
      fundingSource: 'Funding',
      statistics: 'Statistics',
      decidedOn: 'Decided on',
      sciencePrograms: 'Science and technology programmes',
      programmeCode: 'Code',
      leadOrganisation: 'Lead organisation',
      principalInvestigator: 'Principal investigator',
      acceptedOn: 'Accepted on',
      budget: 'Budget',
      financialReports: 'Budget disclosure',
      fiscalYear: 'Fiscal year',
      publishedOn: 'Disclosed on',
      newsCategories: 'News categories',
      portalDirectory: 'Component portals',
      networkNews: 'News from the component portals',
      sourcePortal: 'Source',
      category: 'Category',
      author: 'Author',
      articleSource: 'Source',
      eventStarts: 'Starts',
      eventEnds: 'Ends',
      corrections: 'Corrections',
      allNetworkNews: 'All news from the component portals',
      networkConsultations: 'Drafts open for comment on the component portals',
      allNetworkConsultations: 'All drafts open for comment on the component portals',
      featuredNews: 'Featured news',
      featuredLinks: 'Featured links',
      seeAll: 'See all',
      allInCategory: 'All news in',
      siteMap: 'Site map',
      moreInListing: 'and {count} more pages in the listing',
      inOtherPortal: 'article on another portal',
      sectionTypes: {
        'legal-document': 'Document',
        'gazette-issue': 'Gazette issue',
        'direction-item': 'Direction and administration',
        'feedback-answer': 'Answer to feedback',
        'consultation': 'Draft open for comment',
        'online-dialogue': 'Online dialogue',
        'intro-page': 'About',
        'leader': 'Leader',
        'plan': 'Strategy or plan',
        'investment-project': 'Project',
        'statistic': 'Statistics',
        'science-programme': 'Science programme',
        'financial-report': 'Budget report',
        'news-category': 'News category',
      },
    },
    about: 'About',
    onlinePublicServices: 'Online public services',
    siteMap: 'Site map',
    submenuOf: '{label} submenu',
    breadcrumbs: 'Breadcrumb',
    readingAids: 'Reading aids',
    largerText: 'Larger text',
    highContrast: 'High contrast',
    printPage: 'Print or save as PDF',
    printHint: 'To save a PDF, choose “Save as PDF” as the printer in the print dialog (shortcut Ctrl+P, or ⌘+P on a Mac).',
    printedFrom: 'Source: {url}',
    copyright: 'Copyright © {year} {name}',
    footerLinks: 'Links',
  },
  km: {
    languageName: 'ភាសាខ្មែរ',
    skipToContent: 'រំលងទៅមាតិកាសំខាន់',
    outageNotices: 'សេចក្តីជូនដំណឹងអំពីការផ្អាកសេវា',
    outagePeriod: 'ពី {start} ដល់ {end}',
    mainNavigation: 'ម៉ឺនុយមេ',
    menuButton: 'ម៉ឺនុយ',
    home: 'ទំព័រដើម',
    articles: 'ព័ត៌មាន',
    search: 'ស្វែងរក',
    languages: 'ភាសា',
    homeInsteadOfTranslation: 'ទំព័រដើម (អត្ថបទនេះមិនទាន់មានជាភាសាខ្មែរទេ)',
    latestArticles: 'ព័ត៌មានថ្មីៗ',
    allArticles: 'ព័ត៌មានទាំងអស់',
    noArticles: 'មិនទាន់មានអត្ថបទនៅឡើយទេ។',
    publishedOn: 'ចុះផ្សាយ',
    pagination: 'ការបែងចែកទំព័រ',
    previousPage: 'ទំព័រមុន',
    nextPage: 'ទំព័របន្ទាប់',
    pageOf: 'ទំព័រ {page} នៃ {total}',
    contact: 'ទំនាក់ទំនង',
    responsiblePerson: 'អ្នកទទួលខុសត្រូវលើខ្លឹមសារ',
    address: 'អាសយដ្ឋាន',
    phone: 'ទូរស័ព្ទ',
    email: 'អ៊ីមែល',
    searchLabel: 'ពាក្យគន្លឹះស្វែងរក',
    searchButton: 'ស្វែងរក',
    searchNeedsJavaScript: 'ការស្វែងរកត្រូវការបើក JavaScript នៅក្នុងកម្មវិធីរុករករបស់អ្នក។',
    searching: 'កំពុងស្វែងរក…',
    searchFailed: 'មិនអាចផ្ទុកការស្វែងរកបានទេ។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
    searchResults: { one: 'រកឃើញលទ្ធផល {count} សម្រាប់ “{query}”។', other: 'រកឃើញលទ្ធផល {count} សម្រាប់ “{query}”។' },
    searchListed: { one: 'មាន {count} ទំព័រ។', other: 'មាន {count} ទំព័រ។' },
    searchNoResults: 'រកមិនឃើញលទ្ធផលសម្រាប់ “{query}” ទេ។',
    searchWordsMissing: 'គ្មានទំព័រណាមានពាក្យ {words} ទេ។',
    searchWithout: 'ស្វែងរកតែ “{query}”',
    searchNothingToFind: 'សូមវាយអក្សរ ឬលេខ ដើម្បីស្វែងរក។',
    searchShowMore: 'បង្ហាញលទ្ធផលបន្ថែម',
    contentType: 'ប្រភេទមាតិកា',
    searchPortal: 'វិបផតថល',
    searchAllValues: 'ទាំងអស់',
    sortBy: 'តម្រៀបតាម',
    sortRelevance: 'ភាពពាក់ព័ន្ធ',
    sortNewest: 'ថ្មីបំផុតមុន',
    sortOldest: 'ចាស់បំផុតមុន',
    notFoundTitle: 'រកមិនឃើញទំព័រ',
    notFoundText: 'ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬត្រូវបានដកចេញហើយ។',
    homeDescription: '{site}៖ ព័ត៌មាន ឯកសារច្បាប់ សេវាសាធារណៈ និងព័ត៌មានផ្លូវការ។',
    searchDescription: 'ស្វែងរកព័ត៌មាន ឯកសារ និងទំព័រផ្សេងទៀតនៅលើ {site}។',
    pageDescription: '{title} ដែលបានផ្សព្វផ្សាយដោយ {site}។',
    backToHome: 'ត្រឡប់ទៅទំព័រដើម',
    content: {
      legalDocuments: 'ឯកសារផ្លូវច្បាប់',
      legalDocumentsCaption: 'បញ្ជីឯកសារ៖ លេខ ចំណងជើង កាលបរិច្ឆេទចេញ និងសុពលភាព',
      documentNumber: 'លេខឯកសារ',
      documentTitle: 'ខ្លឹមសារសង្ខេប',
      documentType: 'ប្រភេទឯកសារ',
      issuingAuthority: 'ស្ថាប័នចេញ',
      signer: 'អ្នកចុះហត្ថលេខា',
      signerPosition: 'តួនាទីអ្នកចុះហត្ថលេខា',
      issueDate: 'កាលបរិច្ឆេទចេញ',
      effectiveDate: 'កាលបរិច្ឆេទចូលជាធរមាន',
      expiryDate: 'កាលបរិច្ឆេទអស់សុពលភាព',
      field: 'វិស័យ',
      level: 'កម្រិត',
      validity: 'ស្ថានភាពសុពលភាព',
      year: 'ឆ្នាំចេញ',
      amends: 'ធ្វើវិសោធនកម្មលើ',
      amendedBy: 'ត្រូវបានធ្វើវិសោធនកម្មដោយ',
      replaces: 'ជំនួស',
      replacedBy: 'ត្រូវបានជំនួសដោយ',
      guides: 'ណែនាំការអនុវត្ត',
      guidedBy: 'ត្រូវបានណែនាំដោយ',
      repeals: 'លុបចោល',
      repealedBy: 'ត្រូវបានលុបចោលដោយ',
      partlyRepeals: 'លុបចោលមួយផ្នែក',
      partlyRepealedBy: 'ត្រូវបានលុបចោលមួយផ្នែកដោយ',
      relatedDocuments: 'ឯកសារពាក់ព័ន្ធ',
      attributes: 'ព័ត៌មានលម្អិត',
      attributesCaption: 'ព័ត៌មានលម្អិតនៃ {title}',
      downloads: 'ឯកសារភ្ជាប់សម្រាប់ទាញយក',
      fileDetails: '{type}, {size}',
      body: 'ខ្លឹមសារ',
      filters: 'ត្រងឯកសារ',
      filteredBy: '{heading}៖ {label}',
      entryCount: '{count} ធាតុ',
      showAll: 'បង្ហាញទាំងអស់',
      noEntries: 'មិនទាន់មានខ្លឹមសារនៅឡើយទេ។',
      gazette: 'ព្រឹត្តិបត្រផ្លូវការ',
      gazetteNumber: 'លេខ',
      gazetteFullIssue: 'អត្ថបទពេញនៃព្រឹត្តិបត្រលេខ',
      documentsCarried: 'ឯកសារក្នុងលេខនេះ',
      corrects: 'កែតម្រូវលេខ',
      correctedBy: 'ត្រូវបានកែតម្រូវក្នុងលេខ',
      correctionNote: 'ខ្លឹមសារកែតម្រូវ',
      directionItems: 'ព័ត៌មានដឹកនាំ និងគ្រប់គ្រង',
      feedbackAnswers: 'មតិកែលម្អ សំណូមពរ និងចម្លើយ',
      feedbackOutcome: 'លទ្ធផលដោះស្រាយ',
      feedbackQuestion: 'ខ្លឹមសារមតិកែលម្អ និងសំណូមពរ',
      feedbackAnswer: 'ខ្លឹមសារចម្លើយ',
      outOfScopeReason: 'មូលហេតុដែលមិនស្ថិតក្នុងសមត្ថកិច្ច',
      receivedOn: 'កាលបរិច្ឆេទទទួល',
      receivedThrough: 'មធ្យោបាយទទួល',
      answeredBy: 'ស្ថាប័នឆ្លើយតប',
      answeredOn: 'កាលបរិច្ឆេទឆ្លើយតប',
      consultations: 'សេចក្តីព្រាងឯកសារសម្រាប់ផ្តល់មតិ',
      consultationStage: 'ស្ថានភាព',
      draftingAgency: 'ស្ថាប័នទទួលបន្ទុករៀបចំសេចក្តីព្រាង',
      commentsOpenOn: 'ថ្ងៃចាប់ផ្តើមទទួលមតិ',
      commentsCloseOn: 'ថ្ងៃចុងក្រោយនៃការផ្តល់មតិ',
      daysLeft: 'នៅសល់ {days} ថ្ងៃ',
      oneDayLeft: 'នៅសល់ 1 ថ្ងៃ',
      lastDayToComment: 'ថ្ងៃនេះជាថ្ងៃចុងក្រោយនៃការផ្តល់មតិ',
      commentByEmail: 'ផ្ញើមតិតាមអ៊ីមែល',
      commentByPost: 'ផ្ញើមតិជាលិខិតទៅ',
      commentOnNationalPortal: 'ផ្តល់មតិនៅលើវិបផតថលរដ្ឋាភិបាល',
      consultationResult: 'សេចក្តីសង្ខេបមតិដែលបានទទួល និងការយកមកពិចារណា',
      onlineDialogues: 'ការសន្ទនាតាមអនឡាញ',
      dialogueStatus: 'ស្ថានភាព',
      dialogueHosts: 'ដឹកនាំដោយ',
      dialogueStartsAt: 'ពេលវេលា',
      howToAsk: 'របៀបផ្ញើសំណួរ',
      notAnsweredYet: 'មិនទាន់មានចម្លើយ។',
      resultingDocument: 'ឯកសារដែលបានចេញ',
      kind: 'ប្រភេទ',
      issuer: 'ចេញដោយ',
      issuedOn: 'ចេញថ្ងៃទី',
      introduction: 'សេចក្តីណែនាំ',
      topic: 'ប្រធានបទ',
      leaders: 'ថ្នាក់ដឹកនាំ',
      position: 'តួនាទី',
      biography: 'ជីវប្រវត្តិ',
      responsibilities: 'ភារកិច្ចទទួលខុសត្រូវ',
      organisationChart: 'រចនាសម្ព័ន្ធស្ថាប័ន',
      functions: 'មុខងារ និងភារកិច្ច',
      positionsOfUnit: 'តួនាទី',
      vacant: 'ទំនេរ',
      contactDirectory: 'សៀវភៅទំនាក់ទំនង',
      contactDirectoryCaption: 'ទំនាក់ទំនងមន្ត្រី និងការិយាល័យមានសមត្ថកិច្ច',
      role: 'តួនាទី និងឈ្មោះ',
      unit: 'អង្គភាព',
      publicServices: 'សេវាសាធារណៈតាមអនឡាញ',
      publicServicesCaption: 'នីតិវិធីរដ្ឋបាល៖ ឈ្មោះនីមួយៗបើកនីតិវិធីនៅលើវិបផតថលសេវាសាធារណៈជាតិ',
      procedureCode: 'លេខកូដនីតិវិធី',
      procedureName: 'ឈ្មោះនីតិវិធី',
      serviceLevel: 'កម្រិតសេវា',
      agency: 'ស្ថាប័នអនុវត្ត',
      externalLink: '(បើកគេហទំព័រផ្សេង)',
      disclosureCatalogue: 'បញ្ជីព័ត៌មានដែលត្រូវផ្សព្វផ្សាយជាសាធារណៈ',
      disclosureCatalogueCaption: 'ព័ត៌មានដែលត្រូវផ្សព្វផ្សាយ៖ ទីកន្លែង ទម្រង់ ពេលវេលា និងរយៈពេល',
      disclosureItem: 'ព័ត៌មាន',
      disclosureWhere: 'ទីកន្លែង',
      disclosureForm: 'ទម្រង់',
      disclosureWhen: 'ពេលវេលា',
      disclosureHowLong: 'រយៈពេល',
      plans: 'យុទ្ធសាស្ត្រ និងផែនការ',
      stage: 'ដំណាក់កាល',
      period: 'រយៈពេល',
      approvedOn: 'កាលបរិច្ឆេទអនុម័ត',
      approvalDocument: 'ឯកសារអនុម័ត',
      results: 'លទ្ធផល',
      investmentProjects: 'គម្រោងវិនិយោគ និងលទ្ធកម្ម',
      investor: 'ម្ចាស់វិនិយោគ',
      location: 'ទីតាំង',
      totalInvestment: 'ទុនវិនិយោគសរុប',
      fundingSource: 'ប្រភពទុន',
      statistics: 'ព័ត៌មានស្ថិតិ',
      decidedOn: 'កាលបរិច្ឆេទសម្រេចផ្សព្វផ្សាយ',
      sciencePrograms: 'កម្មវិធីវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា',
      programmeCode: 'លេខកូដ',
      leadOrganisation: 'ស្ថាប័នដឹកនាំ',
      principalInvestigator: 'ប្រធានគម្រោង',
      acceptedOn: 'កាលបរិច្ឆេទទទួលយកលទ្ធផល',
      budget: 'ថវិកា',
      financialReports: 'ការផ្សព្វផ្សាយថវិកា',
      fiscalYear: 'ឆ្នាំសារពើពន្ធ',
      publishedOn: 'កាលបរិច្ឆេទផ្សព្វផ្សាយ',
      newsCategories: 'ផ្នែកព័ត៌មាន',
      portalDirectory: 'វិបផតថលសមាសភាគ',
      networkNews: 'ព័ត៌មានពីវិបផតថលសមាសភាគ',
      sourcePortal: 'ប្រភព',
      category: 'ផ្នែក',
      author: 'អ្នកនិពន្ធ',
      articleSource: 'ប្រភពព័ត៌មាន',
      eventStarts: 'ចាប់ផ្តើម',
      eventEnds: 'បញ្ចប់',
      corrections: 'ការកែតម្រូវ',
      allNetworkNews: 'ព័ត៌មានទាំងអស់ពីវិបផតថលសមាសភាគ',
      networkConsultations: 'សេចក្តីព្រាងកំពុងប្រមូលមតិនៅលើវិបផតថលសមាសភាគ',
      allNetworkConsultations: 'សេចក្តីព្រាងទាំងអស់ដែលកំពុងប្រមូលមតិនៅលើវិបផតថលសមាសភាគ',
      featuredNews: 'ព័ត៌មានលេចធ្លោ',
      featuredLinks: 'តំណភ្ជាប់លេចធ្លោ',
      seeAll: 'មើលទាំងអស់',
      allInCategory: 'ព័ត៌មានទាំងអស់ក្នុង',
      siteMap: 'ផែនទីវិបផតថល',
      moreInListing: 'និង {count} ទំព័រផ្សេងទៀតក្នុងបញ្ជី',
      inOtherPortal: 'អត្ថបទនៅលើវិបផតថលផ្សេង',
      sectionTypes: {
        'legal-document': 'ឯកសារផ្លូវច្បាប់',
        'gazette-issue': 'ព្រឹត្តិបត្រផ្លូវការ',
        'direction-item': 'ការដឹកនាំ និងគ្រប់គ្រង',
        'feedback-answer': 'ចម្លើយចំពោះមតិកែលម្អ',
        'consultation': 'សេចក្តីព្រាងសម្រាប់ផ្តល់មតិ',
        'online-dialogue': 'ការសន្ទនាតាមអនឡាញ',
        'intro-page': 'សេចក្តីណែនាំ',
        'leader': 'ថ្នាក់ដឹកនាំ',
        'plan': 'យុទ្ធសាស្ត្រ ឬផែនការ',
        'investment-project': 'គម្រោង',
        'statistic': 'ស្ថិតិ',
        'science-programme': 'កម្មវិធីវិទ្យាសាស្ត្រ',
        'financial-report': 'របាយការណ៍ថវិកា',
        'news-category': 'ផ្នែកព័ត៌មាន',
      },
    },
    about: 'សេចក្តីផ្តើម',
    onlinePublicServices: 'សេវាសាធារណៈតាមអនឡាញ',
    siteMap: 'ផែនទីគេហទំព័រ',
    submenuOf: 'ម៉ឺនុយរងនៃ {label}',
    breadcrumbs: 'ទីតាំងទំព័រ',
    readingAids: 'ជំនួយការអាន',
    largerText: 'អក្សរធំ',
    highContrast: 'កម្រិតពណ៌ខ្ពស់',
    printPage: 'បោះពុម្ព ឬរក្សាទុកជា PDF',
    printHint: 'ដើម្បីរក្សាទុកជាឯកសារ PDF សូមជ្រើសរើស “រក្សាទុកជា PDF” ជាម៉ាស៊ីនបោះពុម្ព នៅក្នុងប្រអប់បោះពុម្ព (គ្រាប់ចុចកាត់ Ctrl+P ឬ ⌘+P នៅលើ Mac)។',
    printedFrom: 'ប្រភព៖ {url}',
    copyright: 'រក្សាសិទ្ធិ © {year} {name}',
    footerLinks: 'តំណភ្ជាប់',
  },
} as const satisfies Record<Locale, UiStrings>;

export function uiStrings(locale: Locale): UiStrings {
  return UI_STRINGS[locale];
}

