import { documentNumberKey, type Locale, type LegalDocumentType, type LegalField, type TenantKind } from '@portal/contract';

// Synthetic but plausible trilingual content for load tests: portals with Vietnamese names (a
// province's main portal, department-level boards, communes), their legal documents and news. Deterministic for a given seed, so runs compare.

type Trilingual = Record<Locale, string>;

/** Commune name syllables with a Khmer-script rendering of each. */
const SYLLABLES: [vi: string, ascii: string, km: string][] = [
  ['Tân', 'tan', 'តឹន'],
  ['Long', 'long', 'ឡុង'],
  ['An', 'an', 'អាន'],
  ['Phú', 'phu', 'ភូ'],
  ['Hòa', 'hoa', 'ហ័រ'],
  ['Vĩnh', 'vinh', 'វិញ'],
  ['Mỹ', 'my', 'មី'],
  ['Bình', 'binh', 'ប៊ិញ'],
  ['Thạnh', 'thanh', 'ថាញ់'],
  ['Trung', 'trung', 'ទ្រុង'],
  ['Hiệp', 'hiep', 'ហៀប'],
  ['Lợi', 'loi', 'ឡយ'],
  ['Đông', 'dong', 'ដុង'],
  ['Hưng', 'hung', 'ហ៊ឹង'],
  ['Thuận', 'thuan', 'ធួន'],
  ['Lộc', 'loc', 'ឡុក'],
];

const TOPICS: Trilingual[] = [
  { vi: 'quản lý chất thải rắn sinh hoạt', en: 'household solid waste management', km: 'ការគ្រប់គ្រងសំណល់រឹងតាមគ្រួសារ' },
  { vi: 'phòng, chống thiên tai', en: 'natural disaster prevention', km: 'ការបង្ការទប់ស្កាត់គ្រោះធម្មជាតិ' },
  { vi: 'cải cách thủ tục hành chính', en: 'administrative procedure reform', km: 'កំណែទម្រង់នីតិវិធីរដ្ឋបាល' },
  { vi: 'chuyển đổi số', en: 'digital transformation', km: 'ការផ្លាស់ប្តូរឌីជីថល' },
  { vi: 'xây dựng nông thôn mới', en: 'new rural development', km: 'ការកសាងជនបទថ្មី' },
  { vi: 'bảo vệ môi trường', en: 'environmental protection', km: 'ការការពារបរិស្ថាន' },
  { vi: 'an toàn thực phẩm', en: 'food safety', km: 'សុវត្ថិភាពចំណីអាហារ' },
  { vi: 'phòng cháy, chữa cháy', en: 'fire prevention and fighting', km: 'ការបង្ការ និងពន្លត់អគ្គិភ័យ' },
  { vi: 'chăm sóc sức khỏe ban đầu', en: 'primary health care', km: 'ការថែទាំសុខភាពបឋម' },
  { vi: 'hỗ trợ hộ nghèo', en: 'support for poor households', km: 'ការគាំទ្រគ្រួសារក្រីក្រ' },
  { vi: 'phát triển du lịch cộng đồng', en: 'community tourism development', km: 'ការអភិវឌ្ឍទេសចរណ៍សហគមន៍' },
  { vi: 'chỉnh trang đô thị', en: 'urban improvement', km: 'ការរៀបចំសោភ័ណភាពទីប្រជុំជន' },
];

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const khmerNumber = (value: number | string) => String(value).replace(/\d/g, (digit) => KHMER_DIGITS[Number(digit)]!);

type Template = { type: LegalDocumentType; symbol: string; withYear: boolean; title: (topic: Trilingual, place: Trilingual, year: number) => Trilingual };

const TEMPLATES: Template[] = [
  {
    type: 'decision',
    symbol: 'QĐ',
    withYear: true,
    title: (topic, place) => ({
      vi: `Quyết định ban hành Quy định về ${topic.vi} trên địa bàn ${place.vi}`,
      en: `Decision issuing the rules on ${topic.en} in ${place.en}`,
      km: `សេចក្តីសម្រេចស្តីពីការដាក់ឱ្យអនុវត្តបទប្បញ្ញត្តិស្តីពី${topic.km} នៅ${place.km}`,
    }),
  },
  {
    type: 'plan',
    symbol: 'KH',
    withYear: false,
    title: (topic, _place, year) => ({
      vi: `Kế hoạch thực hiện công tác ${topic.vi} năm ${year}`,
      en: `Plan for ${topic.en} in ${year}`,
      km: `ផែនការអនុវត្ត${topic.km} ឆ្នាំ${khmerNumber(year)}`,
    }),
  },
  {
    type: 'directive',
    symbol: 'CT',
    withYear: false,
    title: (topic) => ({
      vi: `Chỉ thị về tăng cường công tác ${topic.vi}`,
      en: `Directive on strengthening ${topic.en}`,
      km: `បទបញ្ជាស្តីពីការពង្រឹង${topic.km}`,
    }),
  },
  {
    type: 'notice',
    symbol: 'TB',
    withYear: false,
    title: (topic, _place, year) => ({
      vi: `Thông báo kết quả thực hiện công tác ${topic.vi} năm ${year}`,
      en: `Notice of the results of ${topic.en} in ${year}`,
      km: `សេចក្តីជូនដំណឹងអំពីលទ្ធផលនៃ${topic.km} ឆ្នាំ${khmerNumber(year)}`,
    }),
  },
];

const FIELDS: LegalField[] = ['land_environment', 'administrative_reform', 'science_technology', 'agriculture', 'health', 'labour_social', 'culture_tourism', 'construction_transport'];

const SYNTHETIC: Trilingual = {
  vi: 'Dữ liệu tổng hợp để đo tải, không phải văn bản thật.',
  en: 'Synthetic load-test data, not a real document.',
  km: 'ទិន្នន័យសំយោគសម្រាប់សាកល្បងបន្ទុក មិនមែនជាឯកសារពិតទេ។',
};

/** A small deterministic generator (mulberry32), so the same seed gives the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScaleTenant {
  code: string;
  names: Trilingual;
  /** "xã Tân Phú" as a place in a sentence. */
  place: Trilingual;
}

export interface ScaleLegalDocument {
  tenant: string;
  shared: Record<string, unknown>;
  text: Record<Locale, Record<string, unknown>>;
  /** Index (in the generated list) of an earlier document of the same tenant this one amends or replaces. */
  acts?: { relation: 'amends' | 'replaces'; on: number };
}

export interface ScaleArticle {
  tenant: string;
  text: Record<Locale, Record<string, unknown>>;
}

/** How a synthetic unit of each kind is named, from its two-syllable name in each language. */
const UNIT_NAMES: Record<TenantKind, { names(name: Trilingual): Trilingual; place(name: Trilingual): Trilingual }> = {
  province: {
    names: (name) => ({ vi: `Cổng thông tin điện tử tỉnh ${name.vi} (dữ liệu thử tải)`, en: `${name.en} Province Portal (load-test data)`, km: `វិបផតថលព័ត៌មានអេឡិចត្រូនិកខេត្ត${name.km} (ទិន្នន័យសាកល្បង)` }),
    place: (name) => ({ vi: `tỉnh ${name.vi}`, en: `${name.en} Province`, km: `ខេត្ត${name.km}` }),
  },
  department: {
    names: (name) => ({ vi: `Ban Quản lý khu ${name.vi} (dữ liệu thử tải)`, en: `${name.en} Zone Management Board (load-test data)`, km: `គណៈគ្រប់គ្រងតំបន់${name.km} (ទិន្នន័យសាកល្បង)` }),
    place: (name) => ({ vi: `khu ${name.vi}`, en: `the ${name.en} Zone`, km: `តំបន់${name.km}` }),
  },
  commune: {
    names: (name) => ({ vi: `Ủy ban nhân dân xã ${name.vi} (dữ liệu thử tải)`, en: `People’s Committee of ${name.en} Commune (load-test data)`, km: `គណៈកម្មាធិការប្រជាជនឃុំ${name.km} (ទិន្នន័យសាកល្បង)` }),
    place: (name) => ({ vi: `xã ${name.vi}`, en: `${name.en} Commune`, km: `ឃុំ${name.km}` }),
  },
};

/** N tenants of one kind with distinct codes, none of them taken by `existing`. */
export function scaleTenants(count: number, existing: ReadonlySet<string>, kind: TenantKind = 'commune', seed = 1): ScaleTenant[] {
  const next = random(seed);
  const tenants: ScaleTenant[] = [];
  const taken = new Set(existing);
  while (tenants.length < count) {
    const [first, second] = [SYLLABLES[Math.floor(next() * SYLLABLES.length)]!, SYLLABLES[Math.floor(next() * SYLLABLES.length)]!];
    if (first === second) continue;
    const base = `${first[1]}${second[1]}`;
    let code = base;
    for (let suffix = 2; taken.has(code); suffix += 1) code = `${base}-${suffix}`;
    taken.add(code);
    const name: Trilingual = {
      vi: `${first[0]} ${second[0]}`,
      en: `${first[1][0]!.toUpperCase()}${first[1].slice(1)} ${second[1][0]!.toUpperCase()}${second[1].slice(1)}`,
      km: `${first[2]}${second[2]}`,
    };
    tenants.push({ code, names: UNIT_NAMES[kind].names(name), place: UNIT_NAMES[kind].place(name) });
  }
  return tenants;
}

/**
 * `count` legal documents spread round-robin over the tenants, about one in eight acting on an
 * earlier one. Their numbers start after `numberedBefore`, the documents a tenant already has, so
 * a second load into the same portal gives no number or address twice.
 */
export function scaleLegalDocuments(tenants: readonly ScaleTenant[], count: number, numberedBefore = 0, seed = 2): ScaleLegalDocument[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const documents: ScaleLegalDocument[] = [];
  const lastOfTenant = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const tenant = tenants[index % tenants.length]!;
    const template = pick(TEMPLATES);
    const topic = pick(TOPICS);
    const year = 2020 + Math.floor(next() * 7);
    const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const sequence = numberedBefore + Math.floor(index / tenants.length) + 1;
    const number = `${sequence}${template.withYear ? `/${year}` : ''}/${template.symbol}-UBND`;
    const title = template.title(topic, tenant.place, year);
    const text = (locale: Locale) => ({
      title: title[locale],
      summary: `${title[locale]}. ${SYNTHETIC[locale]}`,
      issuingAuthority: tenant.names[locale],
      body: `${title[locale]}\n\n${SYNTHETIC[locale]}`,
    });
    const earlier = lastOfTenant.get(tenant.code);
    documents.push({
      tenant: tenant.code,
      shared: { documentNumber: number, slug: documentNumberKey(number), documentType: template.type, field: pick(FIELDS), level: 'provincial', issueDate: day, effectiveDate: day },
      text: { vi: text('vi'), en: text('en'), km: text('km') },
      ...(earlier !== undefined && next() < 0.125 ? { acts: { relation: next() < 0.7 ? 'amends' : 'replaces', on: earlier } } : {}),
    });
    lastOfTenant.set(tenant.code, index);
  }
  return documents;
}

/** `count` news items spread round-robin over the tenants, their addresses numbered after `numberedBefore`. */
export function scaleArticles(tenants: readonly ScaleTenant[], count: number, numberedBefore = 0, seed = 3): ScaleArticle[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const tenant = tenants[index % tenants.length]!;
    const topic = TOPICS[Math.floor(next() * TOPICS.length)]!;
    const title: Trilingual = {
      vi: `${tenant.place.vi[0]!.toUpperCase()}${tenant.place.vi.slice(1)} triển khai công tác ${topic.vi}`,
      en: `${tenant.place.en} steps up ${topic.en}`,
      km: `${tenant.place.km}ពង្រឹង${topic.km}`,
    };
    const text = (locale: Locale) => ({ title: title[locale], slug: `tin-${numberedBefore + index + 1}`, summary: SYNTHETIC[locale], body: `${title[locale]}\n\n${SYNTHETIC[locale]}` });
    return { tenant: tenant.code, text: { vi: text('vi'), en: text('en'), km: text('km') } };
  });
}
