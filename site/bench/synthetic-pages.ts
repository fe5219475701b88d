import type { Locale } from '@portal/contract';
import type { SearchDocument } from '../src/lib/search-document';

/**
 * Synthetic news pages in the three portal languages, about as long as real ones (~600 words),
 * from a fixed seed so every run indexes the same text. Words come from small vocabularies plus
 * made-up syllables and document codes, so the index meets the variety real text has: one Khmer
 * word in twelve is a made-up name, since every new sequence of clusters is a new indexed word.
 */

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

const VI_SYLLABLES = (
  'của và các cho với trong được những người công tác đã này tỉnh huyện xã phường thành phố đà nẵng vĩnh long hà nội ' +
  'sở nội vụ ủy ban nhân dân quyết định nghị thông tư chỉ thị kế hoạch báo cáo triển khai thực hiện chuyển đổi số ' +
  'chính quyền điện tử dịch vụ trực tuyến hồ sơ thủ tục hành cải cách đầu kinh tế xã hội văn hóa giáo dục y đất đai ' +
  'môi trường nông nghiệp thủy sản lúa gạo trái cây giao thông đường bộ cầu cống điện nước sạch an ninh quốc phòng ' +
  'đảng đoàn thể hội nghị sơ kết tổng năm tháng ngày tuần phát động phong trào thi đua khen thưởng kỷ luật cán bộ ' +
  'viên chức lao động việc làm đào tạo nghề bảo hiểm y tế trường học sinh giáo viên bệnh viện khám chữa ' +
  'đồng bằng sông cửu vùng miền tây nam bộ khmer dân tộc thiểu số tôn giáo chùa lễ hội ok om bóc đua ghe ngo ' +
  'đô thị nông thôn mới đạt chuẩn tiêu chí vốn ngân sách nhà nước dự án công trình hoàn thành khởi công nghiệm thu'
).split(' ');

const EN_WORDS = (
  'the of and to in a for on with by province district commune city department people committee decision decree ' +
  'circular plan report implementation digital transformation government online public services procedures ' +
  'administrative reform investment economy society culture education health land environment agriculture ' +
  'fisheries rice fruit transport roads bridges electricity water security defence meeting review year month ' +
  'week campaign award officials workers employment training insurance schools students teachers hospitals ' +
  'citizens delta river region ethnic minority festival boat race rural urban standards budget project completed'
).split(' ');

const KM_WORDS = (
  'ក្រសួង អប់រំ យុវជន កីឡា ខេត្ត វិញឡុង រដ្ឋបាល ប្រជាពលរដ្ឋ សុខាភិបាល កសិកម្ម ការងារ សេដ្ឋកិច្ច អភិវឌ្ឍន៍ ' +
  'គម្រោង ផែនការ របាយការណ៍ កិច្ចប្រជុំ សេចក្តីសម្រេច ច្បាប់ ព័ត៌មាន ឆ្នាំ ខែ ថ្ងៃ ស្រុក ឃុំ ភូមិ សាលារៀន ' +
  'សិស្ស គ្រូបង្រៀន មន្ទីរពេទ្យ ផ្លូវ ស្ពាន ទឹកស្អាត អគ្គិសនី វប្បធម៌ ទេសចរណ៍ បរិស្ថាន ដីធ្លី ត្រី ស្រូវ ' +
  'កសិករ ពាណិជ្ជកម្ម វិនិយោគ ហិរញ្ញវត្ថុ ថវិកា សេវាសាធារណៈ មន្ត្រី ប្រធាន អភិបាល ក្រុមប្រឹក្សា ជាតិ ' +
  'អន្តរជាតិ សហការ គាំទ្រ លើកកម្ពស់ គុណភាព ជីវភាព សុវត្ថិភាព យុត្តិធម៌ បច្ចេកវិទ្យា ឌីជីថល ប្រព័ន្ធ ' +
  'ទិន្នន័យ ការិយាល័យ នាយកដ្ឋាន ស្ត្រី កុមារ សង្គមកិច្ច បណ្តុះបណ្តាល ជំនាញ ស្រាវជ្រាវ វិទ្យាសាស្ត្រ ' +
  'ព្រះវិហារ បុណ្យ អុំទូក ជនជាតិ ខ្មែរ ទន្លេ មេគង្គ និង របស់ ដែល បាន នៅ ក្នុង ដើម្បី សម្រាប់ ជាមួយ'
).split(' ');

const KM_CONSONANTS = [...'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ'];
const KM_VOWELS = ['', '\u17b6', '\u17b7', '\u17b8', '\u17bb', '\u17bc', '\u17bd', '\u17be', '\u17c1', '\u17c2', '\u17c4', '\u17c5'];
const KM_SUBSCRIPTS = ['', '', '', '\u17d2\u179a', '\u17d2\u178f', '\u17d2\u1793', '\u17d2\u1798', '\u17d2\u179b'];
const KM_FINALS = ['', '', 'ង', 'ន', 'ម', 'ក', 'ត', 'ប', '\u17cb', '\u17c6'];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function documentCode(next: () => number): string {
  const number = 1 + Math.floor(next() * 999);
  const year = 2016 + Math.floor(next() * 10);
  return pick(next, [`${number}/${year}/NĐ-CP`, `${number}/QĐ-UBND`, `${number}/${year}/TT-BNV`, `${number}/KH-UBND`]);
}

function khmerSyllable(next: () => number): string {
  return pick(next, KM_CONSONANTS) + pick(next, KM_SUBSCRIPTS) + pick(next, KM_VOWELS) + pick(next, KM_FINALS);
}

function khmerWord(next: () => number): string {
  return next() < 0.08 ? khmerSyllable(next) + khmerSyllable(next) : pick(next, KM_WORDS);
}

/** Khmer is written without spaces between words: a space ends a phrase, and some writers mark words with U+200B. */
function khmerSentence(words: string[], next: () => number): string {
  const joiner = next() < 0.2 ? '\u200b' : '';
  return `${words.map((word, index) => (index === 0 ? word : (index % 5 === 0 ? ' ' : joiner) + word)).join('')}។`;
}

function sentence(locale: Locale, next: () => number): string {
  const length = 8 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => {
    if (next() < 0.03) return documentCode(next);
    if (locale === 'km') return khmerWord(next);
    return pick(next, locale === 'vi' ? VI_SYLLABLES : EN_WORDS);
  });
  if (locale === 'km') return khmerSentence(words, next);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(locale: Locale, next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(locale, next)).join(' ');
}

/** `count` pages in one language, published over the ten years before 2026. */
export function syntheticDocuments(locale: Locale, count: number, seed: number): SearchDocument[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const published = Date.UTC(2016, 0, 1) + Math.floor(next() * 10 * 365 * 86_400_000);
    return {
      url: `/${locale}/tin-tuc/page-${index}/`,
      title: sentence(locale, next).slice(0, -1),
      summary: paragraph(locale, next, 1),
      text: Array.from({ length: 6 }, () => paragraph(locale, next, 5)).join('\n'),
      date: new Date(published).toISOString(),
      facets: { type: [next() < 0.8 ? 'news' : 'event'] },
    };
  });
}
