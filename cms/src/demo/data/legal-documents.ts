import { documentNumberKey, type DocumentLevel, type LegalDocumentType, type LegalField } from '@portal/contract';
import { demoFile, type DemoCollection, type DemoEntry, type Fields } from '../entry';

type Text = { vi: string; en: string; km?: string };

const PROVINCE_COMMITTEE: Text = { vi: 'Ủy ban nhân dân tỉnh Vĩnh Long', en: 'Vinh Long Provincial People’s Committee', km: 'គណៈកម្មាធិការប្រជាជនខេត្តវិញឡុង' };
const PROVINCE_COUNCIL: Text = { vi: 'Hội đồng nhân dân tỉnh Vĩnh Long', en: 'Vinh Long Provincial People’s Council', km: 'ក្រុមប្រឹក្សាប្រជាជនខេត្តវិញឡុង' };
const COMMITTEE_CHAIR: Text = { vi: 'Chủ tịch Ủy ban nhân dân tỉnh', en: 'Chairman of the Provincial People’s Committee', km: 'ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត' };
const COUNCIL_CHAIR: Text = { vi: 'Chủ tịch Hội đồng nhân dân tỉnh', en: 'Chair of the Provincial People’s Council', km: 'ប្រធានក្រុមប្រឹក្សាប្រជាជនខេត្ត' };
const DEMO_NOTE: Text = {
  vi: 'Văn bản minh họa dùng để trình diễn hệ thống, không có giá trị pháp lý.',
  en: 'Illustrative document for demonstrating the platform; it has no legal force.',
  km: 'ឯកសារសាកល្បងសម្រាប់បង្ហាញប្រព័ន្ធ គ្មានតម្លៃផ្លូវច្បាប់ទេ។',
};

interface LegalDocumentSpec {
  key: string;
  tenant: string;
  number: string;
  type: LegalDocumentType;
  field: LegalField;
  level?: DocumentLevel;
  issued: string;
  effective?: string;
  expires?: string;
  authority: Text;
  signer: string;
  signerPosition: Text;
  title: Text;
  summary: Text;
  /** The operative articles, in Vietnamese; translations carry the summary and a note. */
  articles: string[];
  links?: DemoEntry['links'];
}

function legalDocument(spec: LegalDocumentSpec): DemoEntry {
  const text = (locale: 'vi' | 'en' | 'km'): Fields => ({
    title: spec.title[locale],
    summary: `${spec.summary[locale]} (${locale === 'vi' ? 'minh họa' : locale === 'en' ? 'illustrative' : 'សាកល្បង'})`,
    issuingAuthority: spec.authority[locale],
    signerPosition: spec.signerPosition[locale],
    body: locale === 'vi' ? [...spec.articles, `_${DEMO_NOTE.vi}_`].join('\n\n') : `${spec.summary[locale]}\n\n_${DEMO_NOTE[locale]}_`,
    files: [{ file: demoFile('van-ban-minh-hoa.pdf'), title: `${spec.number} (PDF)` }],
  });
  return {
    key: spec.key,
    tenant: spec.tenant,
    shared: {
      documentNumber: spec.number,
      slug: documentNumberKey(spec.number),
      documentType: spec.type,
      field: spec.field,
      level: spec.level ?? 'provincial',
      signer: spec.signer,
      issueDate: spec.issued,
      effectiveDate: spec.effective ?? null,
      expiryDate: spec.expires ?? null,
    },
    text: { vi: text('vi'), en: text('en'), ...(spec.title.km && spec.summary.km ? { km: text('km') } : {}) },
    links: spec.links,
  };
}

const PORTAL_RULES_TITLE: Text = {
  vi: 'Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Vĩnh Long',
  en: 'Decision promulgating the Regulation on managing and operating the Vinh Long Province Portal',
  km: 'សេចក្តីសម្រេចស្តីពីការដាក់ឱ្យប្រើប្រាស់បទប្បញ្ញត្តិគ្រប់គ្រង និងប្រតិបត្តិការវិបផតថលព័ត៌មានអេឡិចត្រូនិកខេត្តវិញឡុង',
};

export const LEGAL_DOCUMENTS: DemoCollection = {
  uid: 'api::legal-document.legal-document',
  entries: [
    legalDocument({
      key: 'qd-12-2023',
      tenant: 'vinhlong',
      number: '12/2023/QĐ-UBND',
      type: 'decision',
      field: 'administrative_reform',
      issued: '2023-03-15',
      effective: '2023-04-01',
      authority: PROVINCE_COMMITTEE,
      signer: 'Nguyễn Văn An (hư cấu)',
      signerPosition: COMMITTEE_CHAIR,
      title: PORTAL_RULES_TITLE,
      summary: {
        vi: 'Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử của tỉnh',
        en: 'Promulgates the Regulation on managing and operating the provincial portal',
        km: 'ដាក់ឱ្យប្រើប្រាស់បទប្បញ្ញត្តិគ្រប់គ្រង និងប្រតិបត្តិការវិបផតថលរបស់ខេត្ត',
      },
      articles: [
        '**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Vĩnh Long.',
        '**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2023.',
      ],
    }),
    legalDocument({
      key: 'qd-05-2024',
      tenant: 'vinhlong',
      number: '05/2024/QĐ-UBND',
      type: 'decision',
      field: 'administrative_reform',
      issued: '2024-02-20',
      effective: '2024-03-01',
      authority: PROVINCE_COMMITTEE,
      signer: 'Nguyễn Văn An (hư cấu)',
      signerPosition: COMMITTEE_CHAIR,
      title: {
        vi: 'Quyết định sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 12/2023/QĐ-UBND',
        en: 'Decision amending and supplementing some articles of the Regulation issued with Decision No. 12/2023/QD-UBND',
        km: 'សេចក្តីសម្រេចស្តីពីការធ្វើវិសោធនកម្ម និងការបំពេញបន្ថែមមាត្រាមួយចំនួននៃបទប្បញ្ញត្តិ ដែលភ្ជាប់ជាមួយសេចក្តីសម្រេចលេខ 12/2023/QĐ-UBND',
      },
      summary: {
        vi: 'Sửa đổi thời hạn đăng tải văn bản trên Cổng thông tin điện tử của tỉnh',
        en: 'Changes the deadlines for publishing documents on the provincial portal',
        km: 'កែប្រែរយៈពេលសម្រាប់ចុះផ្សាយឯកសារនៅលើវិបផតថលរបស់ខេត្ត',
      },
      articles: ['**Điều 1.** Sửa đổi khoản 2 Điều 9 của Quy chế như sau: “Văn bản quy phạm pháp luật của tỉnh được đăng tải chậm nhất 02 ngày làm việc kể từ ngày ký ban hành.”'],
      links: { amends: 'qd-12-2023' },
    }),
    legalDocument({
      key: 'qd-20-2025',
      tenant: 'vinhlong',
      number: '20/2025/QĐ-UBND',
      type: 'decision',
      field: 'administrative_reform',
      issued: '2025-06-10',
      effective: '2025-07-01',
      authority: PROVINCE_COMMITTEE,
      signer: 'Nguyễn Văn An (hư cấu)',
      signerPosition: COMMITTEE_CHAIR,
      title: {
        vi: 'Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Vĩnh Long',
        en: 'Decision promulgating the Regulation on managing, operating and providing information on the Vinh Long Province Portal',
        km: 'សេចក្តីសម្រេចស្តីពីការដាក់ឱ្យប្រើប្រាស់បទប្បញ្ញត្តិគ្រប់គ្រង ប្រតិបត្តិការ និងការផ្តល់ព័ត៌មាននៅលើវិបផតថលព័ត៌មានអេឡិចត្រូនិកខេត្តវិញឡុង',
      },
      summary: {
        vi: 'Thay thế Quyết định số 12/2023/QĐ-UBND và Quyết định số 05/2024/QĐ-UBND',
        en: 'Replaces Decisions No. 12/2023/QD-UBND and No. 05/2024/QD-UBND',
        km: 'ជំនួសសេចក្តីសម្រេចលេខ 12/2023/QĐ-UBND និងលេខ 05/2024/QĐ-UBND',
      },
      articles: [
        '**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Vĩnh Long.',
        '**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 12/2023/QĐ-UBND, Quyết định số 05/2024/QĐ-UBND.',
      ],
      links: { replaces: ['qd-12-2023', 'qd-05-2024'] },
    }),
    legalDocument({
      key: 'kh-123',
      tenant: 'vinhlong',
      number: '123/KH-UBND',
      type: 'plan',
      field: 'administrative_reform',
      issued: '2025-07-15',
      authority: PROVINCE_COMMITTEE,
      signer: 'Lý Thị Mai (hư cấu)',
      signerPosition: { vi: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', en: 'Vice Chairwoman of the Provincial People’s Committee', km: 'អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត' },
      title: {
        vi: 'Kế hoạch triển khai Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh năm 2025',
        en: 'Plan for implementing the provincial portal Regulation in 2025',
        km: 'ផែនការអនុវត្តបទប្បញ្ញត្តិគ្រប់គ្រងវិបផតថលរបស់ខេត្ត ឆ្នាំ២០២៥',
      },
      summary: {
        vi: 'Phân công các sở, ngành, xã, phường triển khai Quy chế mới',
        en: 'Assigns departments, communes and wards to implement the new Regulation',
        km: 'បែងចែកភារកិច្ចដល់មន្ទីរ ឃុំ និងសង្កាត់ ដើម្បីអនុវត្តបទប្បញ្ញត្តិថ្មី',
      },
      articles: ['**I. Mục đích, yêu cầu.** Bảo đảm mọi cổng thành phần đăng tải đầy đủ thông tin phải công khai đúng thời hạn.', '**II. Nhiệm vụ.** Các sở, ngành, xã, phường rà soát danh mục thông tin phải công khai trước ngày 30 tháng 9 năm 2025.'],
      links: { guides: 'qd-20-2025' },
    }),
    legalDocument({
      key: 'ct-05',
      tenant: 'vinhlong',
      number: '05/CT-UBND',
      type: 'directive',
      field: 'organisation_civil_service',
      issued: '2025-03-01',
      authority: PROVINCE_COMMITTEE,
      signer: 'Nguyễn Văn An (hư cấu)',
      signerPosition: COMMITTEE_CHAIR,
      title: {
        vi: 'Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước',
        en: 'Directive on strengthening administrative discipline in state agencies',
        km: 'បទបញ្ជាស្តីពីការពង្រឹងវិន័យរដ្ឋបាលនៅក្នុងស្ថាប័នរដ្ឋ',
      },
      summary: {
        vi: 'Yêu cầu thủ trưởng các cơ quan chấn chỉnh việc giải quyết hồ sơ trễ hạn',
        en: 'Requires heads of agencies to end late handling of applications',
        km: 'តម្រូវឱ្យប្រធានស្ថាប័នកែតម្រូវការដោះស្រាយឯកសារយឺតយ៉ាវ',
      },
      articles: ['1. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm về hồ sơ trễ hạn của cơ quan mình.', '2. Hằng tháng công khai danh sách hồ sơ trễ hạn trên Cổng thông tin điện tử.'],
    }),
    legalDocument({
      key: 'qd-810',
      tenant: 'vinhlong',
      number: '810/QĐ-UBND',
      type: 'decision',
      field: 'science_technology',
      issued: '2026-01-20',
      authority: PROVINCE_COMMITTEE,
      signer: 'Lý Thị Mai (hư cấu)',
      signerPosition: { vi: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', en: 'Vice Chairwoman of the Provincial People’s Committee', km: 'អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត' },
      title: {
        vi: 'Quyết định phê duyệt Kế hoạch chuyển đổi số tỉnh Vĩnh Long năm 2026',
        en: 'Decision approving the 2026 Digital Transformation Plan of Vinh Long Province',
        km: 'សេចក្តីសម្រេចស្តីពីការអនុម័តផែនការផ្លាស់ប្តូរឌីជីថលខេត្តវិញឡុង ឆ្នាំ២០២៦',
      },
      summary: {
        vi: 'Phê duyệt mục tiêu, nhiệm vụ và kinh phí chuyển đổi số năm 2026',
        en: 'Approves the goals, tasks and budget of digital transformation in 2026',
        km: 'អនុម័តគោលដៅ ភារកិច្ច និងថវិកាសម្រាប់ការផ្លាស់ប្តូរឌីជីថលឆ្នាំ២០២៦',
      },
      articles: ['**Điều 1.** Phê duyệt Kế hoạch chuyển đổi số tỉnh Vĩnh Long năm 2026 kèm theo Quyết định này.', '**Điều 2.** Quyết định có hiệu lực kể từ ngày ký.'],
    }),
    legalDocument({
      key: 'nq-08-2022',
      tenant: 'vinhlong',
      number: '08/2022/NQ-HĐND',
      type: 'resolution',
      field: 'finance_budget',
      issued: '2022-07-15',
      effective: '2022-08-01',
      authority: PROVINCE_COUNCIL,
      signer: 'Võ Thị Hồng (hư cấu)',
      signerPosition: COUNCIL_CHAIR,
      title: {
        vi: 'Nghị quyết quy định mức hỗ trợ cán bộ làm công tác chuyển đổi số',
        en: 'Resolution on allowances for officials working on digital transformation',
        km: 'សេចក្តីសម្រេចចិត្តកំណត់កម្រិតឧបត្ថម្ភដល់មន្ត្រីដែលបំពេញការងារផ្លាស់ប្តូរឌីជីថល',
      },
      summary: {
        vi: 'Quy định mức hỗ trợ hằng tháng cho cán bộ chuyên trách chuyển đổi số',
        en: 'Sets the monthly allowance of officials dedicated to digital transformation',
        km: 'កំណត់ប្រាក់ឧបត្ថម្ភប្រចាំខែសម្រាប់មន្ត្រីទទួលបន្ទុកការផ្លាស់ប្តូរឌីជីថល',
      },
      articles: ['**Điều 1.** Phạm vi điều chỉnh và đối tượng áp dụng.', '**Điều 2.** Mức hỗ trợ hằng tháng.', '**Điều 3.** Hỗ trợ một lần cho cán bộ cấp xã.'],
    }),
    legalDocument({
      key: 'nq-15-2026',
      tenant: 'vinhlong',
      number: '15/2026/NQ-HĐND',
      type: 'resolution',
      field: 'finance_budget',
      issued: '2026-10-10',
      effective: '2027-01-01',
      authority: PROVINCE_COUNCIL,
      signer: 'Võ Thị Hồng (hư cấu)',
      signerPosition: COUNCIL_CHAIR,
      title: {
        vi: 'Nghị quyết bãi bỏ Điều 3 của Nghị quyết số 08/2022/NQ-HĐND',
        en: 'Resolution repealing Article 3 of Resolution No. 08/2022/NQ-HDND',
        km: 'សេចក្តីសម្រេចចិត្តស្តីពីការលុបចោលមាត្រា ៣ នៃសេចក្តីសម្រេចចិត្តលេខ 08/2022/NQ-HĐND',
      },
      summary: {
        vi: 'Bãi bỏ khoản hỗ trợ một lần cho cán bộ cấp xã từ ngày 01 tháng 01 năm 2027',
        en: 'Repeals the one-off allowance for commune officials from 1 January 2027',
        km: 'លុបចោលប្រាក់ឧបត្ថម្ភមួយលើកសម្រាប់មន្ត្រីថ្នាក់ឃុំ ចាប់ពីថ្ងៃទី១ ខែមករា ឆ្នាំ២០២៧',
      },
      articles: ['**Điều 1.** Bãi bỏ Điều 3 của Nghị quyết số 08/2022/NQ-HĐND.', '**Điều 2.** Nghị quyết này có hiệu lực kể từ ngày 01 tháng 01 năm 2027.'],
      links: { partlyRepeals: 'nq-08-2022' },
    }),
    legalDocument({
      key: 'tt-12-2024',
      tenant: 'snv',
      number: '12/2024/TT-BNV',
      type: 'circular',
      field: 'organisation_civil_service',
      level: 'central',
      issued: '2024-08-01',
      effective: '2024-10-01',
      authority: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs', km: 'ក្រសួងមហាផ្ទៃ' },
      signer: 'Đặng Quốc Việt (hư cấu)',
      signerPosition: { vi: 'Thứ trưởng', en: 'Deputy Minister', km: 'រដ្ឋលេខាធិការ' },
      title: {
        vi: 'Thông tư hướng dẫn quản lý hồ sơ cán bộ, công chức',
        en: 'Circular guiding the management of civil servants’ records',
        km: 'សារាចរណែនាំស្តីពីការគ្រប់គ្រងឯកសារមន្ត្រីរាជការ',
      },
      summary: {
        vi: 'Hướng dẫn lập, lưu giữ và số hóa hồ sơ cán bộ, công chức',
        en: 'Guides the creation, keeping and digitisation of civil servants’ records',
        km: 'ណែនាំអំពីការរៀបចំ ការរក្សាទុក និងការធ្វើឌីជីថលូបនីយកម្មឯកសារមន្ត្រីរាជការ',
      },
      articles: ['**Điều 1.** Phạm vi điều chỉnh.', '**Điều 2.** Thành phần hồ sơ cán bộ, công chức.', '**Điều 3.** Số hóa hồ sơ.'],
    }),
    legalDocument({
      key: 'kh-45-snv',
      tenant: 'snv',
      number: '45/KH-SNV',
      type: 'plan',
      field: 'organisation_civil_service',
      issued: '2026-02-10',
      authority: { vi: 'Sở Nội vụ tỉnh Vĩnh Long', en: 'Department of Home Affairs of Vinh Long Province', km: 'មន្ទីរមហាផ្ទៃខេត្តវិញឡុង' },
      signer: 'Trần Thị Lan (hư cấu)',
      signerPosition: { vi: 'Phó Giám đốc Sở', en: 'Deputy Director', km: 'អនុប្រធានមន្ទីរ' },
      title: {
        vi: 'Kế hoạch tuyển dụng công chức năm 2026',
        en: 'Civil servant recruitment plan for 2026',
        km: 'ផែនការជ្រើសរើសមន្ត្រីរាជការឆ្នាំ២០២៦',
      },
      summary: {
        vi: 'Chỉ tiêu, điều kiện và lịch thi tuyển công chức đợt 1 năm 2026',
        en: 'Quotas, requirements and exam schedule of the first recruitment round of 2026',
        km: 'ចំនួនកន្លែង លក្ខខណ្ឌ និងកាលវិភាគប្រឡងជ្រើសរើសមន្ត្រីរាជការលើកទី១ ឆ្នាំ២០២៦',
      },
      articles: ['**I. Chỉ tiêu tuyển dụng:** 35 chỉ tiêu (số liệu minh họa).', '**II. Lịch thi:** tháng 5 năm 2026.'],
    }),
    legalDocument({
      key: 'qd-30-ct',
      tenant: 'chauthanh',
      number: '30/QĐ-UBND',
      type: 'decision',
      field: 'science_technology',
      issued: '2026-03-05',
      authority: { vi: 'Ủy ban nhân dân xã Châu Thành', en: 'People’s Committee of Chau Thanh Commune', km: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់' },
      signer: 'Lê Văn Đức (hư cấu)',
      signerPosition: { vi: 'Chủ tịch Ủy ban nhân dân xã', en: 'Chairman of the Commune People’s Committee', km: 'ប្រធានគណៈកម្មាធិការប្រជាជនឃុំ' },
      title: {
        vi: 'Quyết định thành lập Tổ công nghệ số cộng đồng xã Châu Thành',
        en: 'Decision establishing the community digital technology teams of Chau Thanh Commune',
        km: 'សេចក្តីសម្រេចស្តីពីការបង្កើតក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍ឃុំចូវថាញ់',
      },
      summary: {
        vi: 'Thành lập tổ công nghệ số ở mỗi ấp để hướng dẫn người dân dùng dịch vụ công trực tuyến',
        en: 'Sets up a digital technology team in every hamlet to help residents use online public services',
        km: 'បង្កើតក្រុមបច្ចេកវិទ្យាឌីជីថលនៅគ្រប់ភូមិ ដើម្បីជួយប្រជាពលរដ្ឋប្រើប្រាស់សេវាសាធារណៈតាមអនឡាញ',
      },
      articles: ['**Điều 1.** Thành lập Tổ công nghệ số cộng đồng tại 08 ấp.', '**Điều 2.** Quyết định có hiệu lực kể từ ngày ký.'],
    }),
  ],
};
