import { demoFile, type DemoCollection } from '../entry';

const portrait = (alt: string) => ({ file: demoFile('chan-dung.png'), alt });
const PORTRAIT_ALT = {
  vi: 'Ảnh chân dung minh họa, hình bóng người mặc áo vest',
  en: 'Placeholder portrait: silhouette of a person in a suit',
  km: 'រូបថតសាកល្បង៖ ស្រមោលមនុស្សស្លៀកឈុតអាវធំ',
};

export const ORGANISATION_UNITS: DemoCollection = {
  uid: 'api::organisation-unit.organisation-unit',
  entries: [
    {
      key: 'vl-van-phong',
      tenant: 'vinhlong',
      shared: { kind: 'division', displayOrder: 1 },
      text: {
        vi: {
          name: 'Văn phòng Ủy ban nhân dân tỉnh',
          slug: 'van-phong-ubnd-tinh',
          functions: 'Tham mưu, tổng hợp cho Ủy ban nhân dân tỉnh; quản lý Cổng thông tin điện tử tỉnh (minh họa).',
          contact: { address: '88 Đường Hoàng Thái Hiếu, Phường 1 (địa chỉ minh họa)', phone: '0270 3000 001', email: 'vanphong@vinhlong.example' },
        },
        en: {
          name: 'Office of the Provincial People’s Committee',
          slug: 'office-of-the-provincial-peoples-committee',
          functions: 'Advises and assists the Provincial People’s Committee; manages the provincial portal (illustrative).',
          contact: { address: '88 Hoang Thai Hieu Street, Ward 1 (illustrative address)', phone: '0270 3000 001', email: 'vanphong@vinhlong.example' },
        },
        km: {
          name: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត',
          slug: 'office-of-the-provincial-peoples-committee',
          functions: 'ផ្តល់យោបល់ និងជួយគណៈកម្មាធិការប្រជាជនខេត្ត និងគ្រប់គ្រងវិបផតថលរបស់ខេត្ត (សាកល្បង)។',
          contact: { phone: '0270 3000 001', email: 'vanphong@vinhlong.example' },
        },
      },
    },
    {
      key: 'snv-lanh-dao',
      tenant: 'snv',
      shared: { kind: 'leadership', displayOrder: 1 },
      text: {
        vi: { name: 'Lãnh đạo Sở', slug: 'lanh-dao-so', functions: 'Giám đốc và các Phó Giám đốc Sở.' },
        en: { name: 'Department leadership', slug: 'department-leadership', functions: 'The Director and the Deputy Directors of the Department.' },
        km: { name: 'ថ្នាក់ដឹកនាំមន្ទីរ', slug: 'department-leadership', functions: 'ប្រធានមន្ទីរ និងអនុប្រធានមន្ទីរ។' },
      },
    },
    {
      key: 'snv-to-chuc',
      tenant: 'snv',
      shared: { kind: 'division', displayOrder: 2 },
      links: { parent: 'snv-lanh-dao' },
      text: {
        vi: {
          name: 'Phòng Tổ chức – Biên chế',
          slug: 'phong-to-chuc-bien-che',
          functions: 'Tham mưu về tổ chức bộ máy, vị trí việc làm và biên chế công chức (minh họa).',
          contact: { phone: '0270 3000 112', email: 'tcbc.snv@vinhlong.example' },
        },
        en: {
          name: 'Organisation and Staffing Division',
          slug: 'organisation-and-staffing-division',
          functions: 'Advises on organisational structure, job positions and civil service staffing (illustrative).',
          contact: { phone: '0270 3000 112', email: 'tcbc.snv@vinhlong.example' },
        },
        km: {
          name: 'ការិយាល័យរៀបចំស្ថាប័ន និងបុគ្គលិក',
          slug: 'organisation-and-staffing-division',
          functions: 'ផ្តល់យោបល់អំពីរចនាសម្ព័ន្ធស្ថាប័ន មុខតំណែង និងចំនួនមន្ត្រីរាជការ (សាកល្បង)។',
          contact: { phone: '0270 3000 112', email: 'tcbc.snv@vinhlong.example' },
        },
      },
    },
    {
      key: 'ct-van-phong',
      tenant: 'chauthanh',
      shared: { kind: 'division', displayOrder: 1 },
      text: {
        vi: { name: 'Văn phòng HĐND và UBND xã', slug: 'van-phong-hdnd-ubnd-xa', functions: 'Tiếp nhận và trả kết quả thủ tục hành chính; tổng hợp, hành chính (minh họa).' },
        en: { name: 'Office of the Commune People’s Council and Committee', slug: 'commune-office', functions: 'Receives applications and returns results of administrative procedures (illustrative).' },
      },
    },
  ],
};

export const POSITIONS: DemoCollection = {
  uid: 'api::position.position',
  entries: [
    {
      key: 'vl-chu-tich',
      tenant: 'vinhlong',
      shared: { rank: 1 },
      text: {
        vi: { title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
        en: { title: 'Chairman of the Provincial People’s Committee' },
        km: { title: 'ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត' },
      },
    },
    {
      key: 'vl-pho-chu-tich',
      tenant: 'vinhlong',
      shared: { rank: 2 },
      text: {
        vi: { title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh' },
        en: { title: 'Vice Chairman of the Provincial People’s Committee' },
        km: { title: 'អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត' },
      },
    },
    {
      key: 'snv-giam-doc',
      tenant: 'snv',
      shared: { rank: 1 },
      links: { unit: 'snv-lanh-dao' },
      text: { vi: { title: 'Giám đốc Sở' }, en: { title: 'Director' }, km: { title: 'ប្រធានមន្ទីរ' } },
    },
    {
      key: 'snv-pho-giam-doc',
      tenant: 'snv',
      shared: { rank: 2 },
      links: { unit: 'snv-lanh-dao' },
      text: { vi: { title: 'Phó Giám đốc Sở' }, en: { title: 'Deputy Director' }, km: { title: 'អនុប្រធានមន្ទីរ' } },
    },
    {
      key: 'ct-chu-tich',
      tenant: 'chauthanh',
      shared: { rank: 1 },
      text: { vi: { title: 'Chủ tịch Ủy ban nhân dân xã' }, en: { title: 'Chairman of the Commune People’s Committee' } },
    },
  ],
};

export const LEADERS: DemoCollection = {
  uid: 'api::leader.leader',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { fullName: 'Nguyễn Văn An (hư cấu)', slug: 'nguyen-van-an', displayOrder: 1 },
      links: { position: 'vl-chu-tich' },
      text: {
        vi: {
          biography: 'Sinh năm 1972 tại Vĩnh Long. Thạc sĩ Quản lý công. Nhân vật hư cấu dùng để trình diễn hệ thống.',
          responsibilities: 'Lãnh đạo, điều hành chung; phụ trách nội chính, tổ chức bộ máy.',
          photo: portrait(PORTRAIT_ALT.vi),
          contact: { phone: '0270 3000 010', email: 'chutich@vinhlong.example' },
        },
        en: {
          biography: 'Born in 1972 in Vinh Long. Master of Public Administration. A fictional person used to demonstrate the platform.',
          responsibilities: 'Overall leadership; internal affairs and organisation.',
          photo: portrait(PORTRAIT_ALT.en),
          contact: { phone: '0270 3000 010', email: 'chutich@vinhlong.example' },
        },
        km: {
          biography: 'កើតនៅឆ្នាំ១៩៧២ នៅខេត្តវិញឡុង។ អនុបណ្ឌិតផ្នែករដ្ឋបាលសាធារណៈ។ ជាតួអង្គប្រឌិតសម្រាប់បង្ហាញប្រព័ន្ធ។',
          photo: portrait(PORTRAIT_ALT.km),
          contact: { phone: '0270 3000 010', email: 'chutich@vinhlong.example' },
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { fullName: 'Lý Thị Mai (hư cấu)', slug: 'ly-thi-mai', displayOrder: 2 },
      links: { position: 'vl-pho-chu-tich' },
      text: {
        vi: {
          biography: 'Sinh năm 1978. Tiến sĩ Kinh tế. Nhân vật hư cấu.',
          responsibilities: 'Phụ trách kinh tế, chuyển đổi số, khoa học và công nghệ.',
          photo: portrait(PORTRAIT_ALT.vi),
        },
        en: {
          biography: 'Born in 1978. Doctor of Economics. A fictional person.',
          responsibilities: 'In charge of the economy, digital transformation, science and technology.',
          photo: portrait(PORTRAIT_ALT.en),
        },
      },
    },
    {
      tenant: 'snv',
      shared: { fullName: 'Huỳnh Văn Bình (hư cấu)', slug: 'huynh-van-binh', displayOrder: 1 },
      links: { position: 'snv-giam-doc' },
      text: {
        vi: { biography: 'Sinh năm 1975. Cử nhân Luật. Nhân vật hư cấu.', responsibilities: 'Phụ trách chung; tổ chức bộ máy, biên chế.', photo: portrait(PORTRAIT_ALT.vi) },
        en: { biography: 'Born in 1975. Bachelor of Law. A fictional person.', responsibilities: 'Overall direction; organisation and staffing.', photo: portrait(PORTRAIT_ALT.en) },
        km: { biography: 'កើតនៅឆ្នាំ១៩៧៥។ បរិញ្ញាបត្រនីតិសាស្ត្រ។ ជាតួអង្គប្រឌិត។', photo: portrait(PORTRAIT_ALT.km) },
      },
    },
    {
      tenant: 'snv',
      shared: { fullName: 'Trần Thị Lan (hư cấu)', slug: 'tran-thi-lan', displayOrder: 2 },
      links: { position: 'snv-pho-giam-doc' },
      text: {
        vi: { biography: 'Sinh năm 1980. Thạc sĩ Hành chính công. Nhân vật hư cấu.', responsibilities: 'Phụ trách cải cách hành chính, công chức, viên chức.' },
        en: { biography: 'Born in 1980. Master of Public Administration. A fictional person.', responsibilities: 'In charge of administrative reform and the civil service.' },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { fullName: 'Lê Văn Đức (hư cấu)', slug: 'le-van-duc', displayOrder: 1 },
      links: { position: 'ct-chu-tich' },
      text: {
        vi: { biography: 'Sinh năm 1983 tại xã Châu Thành. Nhân vật hư cấu.', photo: portrait(PORTRAIT_ALT.vi) },
        en: { biography: 'Born in 1983 in Chau Thanh Commune. A fictional person.', photo: portrait(PORTRAIT_ALT.en) },
      },
    },
  ],
};

export const CONTACT_ENTRIES: DemoCollection = {
  uid: 'api::contact-entry.contact-entry',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { displayOrder: 1 },
      links: { unit: 'vl-van-phong' },
      text: {
        vi: { role: 'Bộ phận tiếp công dân', contact: { phone: '0270 3000 020', email: 'tiepcongdan@vinhlong.example' } },
        en: { role: 'Citizen reception desk', contact: { phone: '0270 3000 020', email: 'tiepcongdan@vinhlong.example' } },
        km: { role: 'ផ្នែកទទួលប្រជាពលរដ្ឋ', contact: { phone: '0270 3000 020', email: 'tiepcongdan@vinhlong.example' } },
      },
    },
    {
      tenant: 'snv',
      shared: { fullName: 'Võ Minh Tâm (hư cấu)', displayOrder: 1 },
      links: { unit: 'snv-to-chuc' },
      text: {
        vi: { role: 'Trưởng phòng Tổ chức – Biên chế', contact: { phone: '0270 3000 113', email: 'tam.vm@vinhlong.example' } },
        en: { role: 'Head of the Organisation and Staffing Division', contact: { phone: '0270 3000 113', email: 'tam.vm@vinhlong.example' } },
      },
    },
    {
      tenant: 'snv',
      shared: { displayOrder: 2 },
      text: {
        vi: { role: 'Bộ phận một cửa của Sở', contact: { phone: '0270 3000 114', fax: '0270 3000 115', email: 'motcua.snv@vinhlong.example' } },
        en: { role: 'One-stop desk of the Department', contact: { phone: '0270 3000 114', fax: '0270 3000 115', email: 'motcua.snv@vinhlong.example' } },
        km: { role: 'ច្រកចេញចូលតែមួយរបស់មន្ទីរ', contact: { phone: '0270 3000 114', fax: '0270 3000 115', email: 'motcua.snv@vinhlong.example' } },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { displayOrder: 1 },
      links: { unit: 'ct-van-phong' },
      text: {
        vi: { role: 'Bộ phận tiếp nhận và trả kết quả', contact: { phone: '0270 3000 223', email: 'motcua.chauthanh@vinhlong.example' } },
        en: { role: 'Application and results desk', contact: { phone: '0270 3000 223', email: 'motcua.chauthanh@vinhlong.example' } },
      },
    },
  ],
};
