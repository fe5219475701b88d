import type { Locale, TenantKind } from '@portal/contract';

// Demo content. Every organisation detail, person and event below is fictional.

export interface DemoTenant {
  code: string;
  kind: TenantKind;
  names: Record<Locale, string>;
  /** The main portal serves each language on its own host; component portals use path prefixes. */
  hostPerLanguage: boolean;
  contact: { responsiblePerson: string; address: string; phone: string; email: string };
}

export interface DemoArticle {
  tenant: string;
  slug: Record<Locale, string>;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  body: Record<Locale, string>;
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    code: 'vinhlong',
    kind: 'province',
    hostPerLanguage: true,
    names: {
      vi: 'Cổng thông tin điện tử tỉnh Vĩnh Long',
      en: 'Vinh Long Province Portal',
      km: 'វិបផតថលព័ត៌មានអេឡិចត្រូនិកខេត្តវិញឡុង',
    },
    contact: {
      responsiblePerson: 'Nguyễn Văn Minh (hư cấu), Trưởng Ban Biên tập',
      address: '88 Đường Hoàng Thái Hiếu, Phường 1, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 000',
      email: 'bbt@vinhlong.example',
    },
  },
  {
    code: 'snv',
    kind: 'department',
    hostPerLanguage: false,
    names: {
      vi: 'Sở Nội vụ tỉnh Vĩnh Long',
      en: 'Department of Home Affairs of Vinh Long Province',
      km: 'មន្ទីរមហាផ្ទៃខេត្តវិញឡុង',
    },
    contact: {
      responsiblePerson: 'Trần Thị Lan (hư cấu), Phó Giám đốc Sở',
      address: '12 Đường Trưng Nữ Vương, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 111',
      email: 'snv@vinhlong.example',
    },
  },
  {
    code: 'chauthanh',
    kind: 'commune',
    hostPerLanguage: false,
    names: {
      vi: 'Ủy ban nhân dân xã Châu Thành',
      en: 'People’s Committee of Chau Thanh Commune',
      km: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់',
    },
    contact: {
      responsiblePerson: 'Lê Văn Đức (hư cấu), Chủ tịch UBND xã',
      address: 'Ấp Phú Hòa, xã Châu Thành, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 222',
      email: 'chauthanh@vinhlong.example',
    },
  },
];

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    tenant: 'vinhlong',
    slug: { vi: 'khai-mac-hoi-cho-nong-san-2026', en: 'agricultural-fair-opens-2026', km: 'agricultural-fair-2026' },
    title: {
      vi: 'Khai mạc Hội chợ nông sản Vĩnh Long năm 2026',
      en: 'Vinh Long Agricultural Fair 2026 opens',
      km: 'ពិធីបើកពិព័រណ៍កសិផលខេត្តវិញឡុង ឆ្នាំ២០២៦',
    },
    summary: {
      vi: 'Hội chợ quy tụ hơn 200 gian hàng đặc sản của các xã, phường trong tỉnh (tin minh họa).',
      en: 'The fair gathers more than 200 stalls of local specialities from the province’s communes and wards (demo news).',
      km: 'ពិព័រណ៍នេះប្រមូលផ្តុំស្តង់ផលិតផលក្នុងស្រុកជាង ២០០ (ព័ត៌មានសាកល្បង)។',
    },
    body: {
      vi: 'Sáng nay, Ủy ban nhân dân tỉnh Vĩnh Long tổ chức khai mạc Hội chợ nông sản năm 2026 tại Quảng trường Đồng Khởi. Đây là tin minh họa dùng để trình diễn hệ thống, không phải thông tin chính thức.',
      en: 'This morning the Vinh Long Provincial People’s Committee opened the 2026 Agricultural Fair at Dong Khoi Square. This is demonstration news, not official information.',
      km: 'នៅព្រឹកនេះ គណៈកម្មាធិការប្រជាជនខេត្តវិញឡុង បានរៀបចំពិធីបើកពិព័រណ៍កសិផលឆ្នាំ២០២៦ ដើម្បីលើកកម្ពស់ផលិតផលក្នុងស្រុក។ នេះជាព័ត៌មានសាកល្បងសម្រាប់បង្ហាញប្រព័ន្ធ មិនមែនជាព័ត៌មានផ្លូវការទេ។',
    },
  },
  {
    tenant: 'snv',
    slug: { vi: 'tuyen-dung-cong-chuc-2026', en: 'civil-servant-recruitment-2026', km: 'civil-servant-recruitment-2026' },
    title: {
      vi: 'Thông báo tuyển dụng công chức năm 2026 theo Nghị định 45/2025/NĐ-CP',
      en: 'Civil servant recruitment 2026 under Decree 45/2025/ND-CP',
      km: 'សេចក្តីប្រកាសជ្រើសរើសមន្ត្រីរាជការឆ្នាំ២០២៦',
    },
    summary: {
      vi: 'Sở Nội vụ thông báo kế hoạch tuyển dụng công chức đợt 1 năm 2026 (tin minh họa).',
      en: 'The Department of Home Affairs announces the first civil servant recruitment round of 2026 (demo news).',
      km: 'មន្ទីរមហាផ្ទៃប្រកាសផែនការជ្រើសរើសមន្ត្រីរាជការលើកទី១ ឆ្នាំ២០២៦ (ព័ត៌មានសាកល្បង)។',
    },
    body: {
      vi: 'Căn cứ Quyết định số 810/QĐ-UBND, Sở Nội vụ đăng tải kế hoạch tuyển dụng. Đây là tin minh họa, không phải thông báo chính thức.',
      en: 'Under Decision No. 810/QD-UBND the Department publishes its recruitment plan. This is demonstration news, not an official notice.',
      km: 'មន្ទីរមហាផ្ទៃបានផ្សព្វផ្សាយផែនការជ្រើសរើសបុគ្គលិក។ នេះជាព័ត៌មានសាកល្បង មិនមែនជាសេចក្តីប្រកាសផ្លូវការទេ។',
    },
  },
  {
    tenant: 'chauthanh',
    slug: { vi: 'ra-quan-ve-sinh-moi-truong', en: 'community-clean-up-day', km: 'community-clean-up-day' },
    title: {
      vi: 'Xã Châu Thành ra quân ngày chủ nhật xanh',
      en: 'Chau Thanh Commune holds a green Sunday clean-up',
      km: 'ឃុំចូវថាញ់រៀបចំថ្ងៃអាទិត្យបៃតង',
    },
    summary: {
      vi: 'Đoàn viên, hội viên và người dân cùng dọn vệ sinh kênh rạch, đường làng (tin minh họa).',
      en: 'Volunteers and residents cleaned canals and village roads together (demo news).',
      km: 'ប្រជាពលរដ្ឋបានរួមគ្នាសម្អាតប្រឡាយ និងផ្លូវភូមិ (ព័ត៌មានសាកល្បង)។',
    },
    body: {
      vi: 'Ủy ban nhân dân xã Châu Thành phát động ngày chủ nhật xanh, thu gom rác thải dọc các tuyến đường. Đây là tin minh họa.',
      en: 'The People’s Committee of Chau Thanh Commune launched a green Sunday, collecting litter along the roads. This is demonstration news.',
      km: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់ បានរៀបចំថ្ងៃអាទិត្យបៃតង ដើម្បីប្រមូលសំរាមតាមដងផ្លូវ។ នេះជាព័ត៌មានសាកល្បង។',
    },
  },
];
