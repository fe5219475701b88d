import type { Locale } from '@portal/contract';

/**
 * Every piece of interface text, per language. Templates use `{name}` placeholders so the same
 * strings can be handed to the search script in the browser.
 */
export interface UiStrings {
  /** The language's name in itself, for the language switcher. */
  languageName: string;
  skipToContent: string;
  mainNavigation: string;
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
  /** The choice of a filter that keeps every value. */
  searchAllValues: string;
  sortBy: string;
  sortRelevance: string;
  sortNewest: string;
  sortOldest: string;
  notFoundTitle: string;
  notFoundText: string;
  backToHome: string;
}

export const UI_STRINGS = {
  vi: {
    languageName: 'Tiếng Việt',
    skipToContent: 'Chuyển đến nội dung chính',
    mainNavigation: 'Điều hướng chính',
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
    searchAllValues: 'Tất cả',
    sortBy: 'Sắp xếp theo',
    sortRelevance: 'Mức độ phù hợp',
    sortNewest: 'Mới nhất trước',
    sortOldest: 'Cũ nhất trước',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.',
    backToHome: 'Về trang chủ',
  },
  en: {
    languageName: 'English',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
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
    searchAllValues: 'All',
    sortBy: 'Sort by',
    sortRelevance: 'Relevance',
    sortNewest: 'Newest first',
    sortOldest: 'Oldest first',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you are looking for does not exist or has been removed.',
    backToHome: 'Go to the home page',
  },
  km: {
    languageName: 'ភាសាខ្មែរ',
    skipToContent: 'រំលងទៅមាតិកាសំខាន់',
    mainNavigation: 'ម៉ឺនុយមេ',
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
    searchAllValues: 'ទាំងអស់',
    sortBy: 'តម្រៀបតាម',
    sortRelevance: 'ភាពពាក់ព័ន្ធ',
    sortNewest: 'ថ្មីបំផុតមុន',
    sortOldest: 'ចាស់បំផុតមុន',
    notFoundTitle: 'រកមិនឃើញទំព័រ',
    notFoundText: 'ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬត្រូវបានដកចេញហើយ។',
    backToHome: 'ត្រឡប់ទៅទំព័រដើម',
  },
} as const satisfies Record<Locale, UiStrings>;

export function uiStrings(locale: Locale): UiStrings {
  return UI_STRINGS[locale];
}

