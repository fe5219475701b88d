import type { Locale } from '@portal/contract';
import { demoFile, type DemoCollection, type DemoEntry } from '../entry';

type Trilingual = Record<Locale, string>;

// Paths are relative to the root of each language site; the site adds the language prefix.
const HOME: Trilingual = { vi: 'Trang chủ', en: 'Home', km: 'ទំព័រដើម' };
const ABOUT: Trilingual = { vi: 'Giới thiệu', en: 'About', km: 'សេចក្តីផ្តើម' };
const NEWS: Trilingual = { vi: 'Tin tức', en: 'News', km: 'ព័ត៌មាន' };
const DOCUMENTS: Trilingual = { vi: 'Văn bản', en: 'Documents', km: 'ឯកសារ' };
const SERVICES: Trilingual = { vi: 'Dịch vụ công trực tuyến', en: 'Online public services', km: 'សេវាសាធារណៈតាមអនឡាញ' };
const SITE_MAP: Trilingual = { vi: 'Sơ đồ cổng', en: 'Site map', km: 'ផែនទីគេហទំព័រ' };
const ORGANISATION: Trilingual = { vi: 'Cơ cấu tổ chức', en: 'Organisation', km: 'រចនាសម្ព័ន្ធ' };
const CONTACTS: Trilingual = { vi: 'Danh bạ', en: 'Contacts', km: 'ទំនាក់ទំនង' };

const link = (label: Trilingual, url: string, locale: Locale) => ({ label: label[locale], url });

function mainMenu(tenant: string): DemoEntry {
  const items = (locale: Locale) => [
    { ...link(HOME, '/', locale), children: [] },
    { ...link(ABOUT, '/gioi-thieu/', locale), children: [link(ORGANISATION, '/co-cau-to-chuc/', locale), link(CONTACTS, '/danh-ba/', locale)] },
    { ...link(NEWS, '/tin-tuc/', locale), children: [] },
    { ...link(DOCUMENTS, '/van-ban/', locale), children: [] },
    { ...link(SERVICES, '/dich-vu-cong/', locale), children: [] },
    { ...link(SITE_MAP, '/so-do-cong/', locale), children: [] },
  ];
  return {
    tenant,
    shared: { placement: 'main' },
    text: { vi: { items: items('vi') }, en: { items: items('en') }, km: { items: items('km') } },
  };
}

export const MENUS: DemoCollection = {
  uid: 'api::menu.menu',
  entries: [
    mainMenu('vinhlong'),
    mainMenu('snv'),
    mainMenu('chauthanh'),
    {
      tenant: 'vinhlong',
      shared: { placement: 'footer' },
      text: {
        vi: {
          items: [
            { label: 'Danh mục thông tin phải công khai', url: '/cong-khai/', children: [] },
            { label: 'Phản ánh, kiến nghị và trả lời', url: '/phan-anh-kien-nghi/', children: [] },
            { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/', children: [] },
          ],
        },
        en: {
          items: [
            { label: 'Disclosure catalogue', url: '/cong-khai/', children: [] },
            { label: 'Feedback and answers', url: '/phan-anh-kien-nghi/', children: [] },
            { label: 'National Public Service Portal', url: 'https://dichvucong.gov.vn/', children: [] },
          ],
        },
      },
    },
  ],
};

export const FEATURED_LINKS: DemoCollection = {
  uid: 'api::featured-link.featured-link',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { displayOrder: 1 },
      text: {
        vi: { title: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/', description: 'Nộp hồ sơ, tra cứu kết quả thủ tục hành chính trực tuyến.' },
        en: { title: 'National Public Service Portal', url: 'https://dichvucong.gov.vn/', description: 'Submit applications and track administrative procedures online.' },
        km: { title: 'វិបផតថលសេវាសាធារណៈជាតិ', url: 'https://dichvucong.gov.vn/', description: 'ដាក់ពាក្យស្នើសុំ និងតាមដានលទ្ធផលនីតិវិធីរដ្ឋបាលតាមអនឡាញ។' },
      },
    },
    {
      tenant: 'vinhlong',
      // The page's address differs by language (its slug is translated), so the banner's does too.
      shared: { displayOrder: 2 },
      text: {
        vi: { title: 'Bản đồ hành chính', url: '/gioi-thieu/ban-do-hanh-chinh/', image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'Bản đồ hành chính minh họa của tỉnh' } },
        en: { title: 'Administrative map', url: '/gioi-thieu/administrative-map/', image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'Illustrative administrative map of the province' } },
        km: { title: 'ផែនទីរដ្ឋបាល', url: '/gioi-thieu/administrative-map/', image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'ផែនទីរដ្ឋបាលសាកល្បងរបស់ខេត្ត' } },
      },
    },
    {
      tenant: 'snv',
      shared: { displayOrder: 1 },
      text: {
        vi: { title: 'Tuyển dụng công chức năm 2026', url: '/van-ban/45-kh-snv/', description: 'Kế hoạch, chỉ tiêu và lịch thi (minh họa).' },
        en: { title: 'Civil servant recruitment 2026', url: '/van-ban/45-kh-snv/', description: 'Plan, quotas and exam schedule (illustrative).' },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { displayOrder: 1 },
      text: {
        vi: { title: 'Làm thủ tục trực tuyến', url: '/dich-vu-cong/', image: { file: demoFile('tru-so-ubnd.jpg'), alt: 'Trụ sở Ủy ban nhân dân (ảnh minh họa)' } },
        en: { title: 'Apply online', url: '/dich-vu-cong/', image: { file: demoFile('tru-so-ubnd.jpg'), alt: 'People’s Committee office (illustration)' } },
      },
    },
  ],
};

type Portal = { name: Trilingual; host: string; kind: 'department' | 'commune' };

// Portals of other units, listed on the main portal; they are not tenants of this installation.
const OTHER_PORTALS: Portal[] = [
  { name: { vi: 'Sở Tài chính', en: 'Department of Finance', km: 'មន្ទីរហិរញ្ញវត្ថុ' }, host: 'stc', kind: 'department' },
  { name: { vi: 'Sở Xây dựng', en: 'Department of Construction', km: 'មន្ទីរសំណង់' }, host: 'sxd', kind: 'department' },
  { name: { vi: 'Sở Y tế', en: 'Department of Health', km: 'មន្ទីរសុខាភិបាល' }, host: 'syt', kind: 'department' },
  { name: { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training', km: 'មន្ទីរអប់រំ និងបណ្តុះបណ្តាល' }, host: 'sgddt', kind: 'department' },
  { name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment', km: 'មន្ទីរកសិកម្ម និងបរិស្ថាន' }, host: 'snnmt', kind: 'department' },
  { name: { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism', km: 'មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍' }, host: 'svhttdl', kind: 'department' },
  { name: { vi: 'Ban Dân tộc và Tôn giáo', en: 'Committee for Ethnic and Religious Affairs', km: 'គណៈកម្មាធិការកិច្ចការជនជាតិ និងសាសនា' }, host: 'bdttg', kind: 'department' },
  { name: { vi: 'Phường Long Châu', en: 'Long Chau Ward', km: 'សង្កាត់ឡុងចូវ' }, host: 'longchau', kind: 'commune' },
  { name: { vi: 'Xã Tân Hạnh', en: 'Tan Hanh Commune', km: 'ឃុំតឹនហាញ់' }, host: 'tanhanh', kind: 'commune' },
  { name: { vi: 'Xã Trà Ôn', en: 'Tra On Commune', km: 'ឃុំត្រាអុន' }, host: 'traon', kind: 'commune' },
  { name: { vi: 'Xã Long Hồ', en: 'Long Ho Commune', km: 'ឃុំឡុងហូ' }, host: 'longho', kind: 'commune' },
];

const FICTIONAL: Trilingual = { vi: ' (minh họa)', en: ' (illustrative)', km: ' (សាកល្បង)' };

export const COMPONENT_PORTALS: DemoCollection = {
  uid: 'api::component-portal.component-portal',
  entries: OTHER_PORTALS.map((portal, index) => ({
    tenant: 'vinhlong',
    shared: { url: `https://${portal.host}.vinhlong.example/`, kind: portal.kind, displayOrder: index + 1 },
    text: {
      vi: { name: portal.name.vi + FICTIONAL.vi },
      en: { name: portal.name.en + FICTIONAL.en },
      km: { name: portal.name.km + FICTIONAL.km },
    },
  })),
};
