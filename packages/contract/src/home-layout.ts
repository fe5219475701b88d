import { z } from 'zod';
import { publishedEntryFields, type Labels } from './published.js';

/**
 * The blocks a portal's home page can be made of. Values are GraphQL enum names (no hyphens).
 * "Thông báo" (announcements) is a news category on every portal, so it is a `news_category`
 * block naming that category, not a kind of its own.
 */
export const HOME_BLOCK_KINDS = [
  'featured_news',
  'latest_news',
  'news_category',
  'legal_documents',
  'direction_items',
  'public_services',
  'consultations',
  'featured_links',
  'network_news',
  'network_consultations',
  'portal_directory',
] as const;
export type HomeBlockKind = (typeof HOME_BLOCK_KINDS)[number];

export const HOME_BLOCK_KIND_LABELS: Labels<HomeBlockKind> = {
  featured_news: { vi: 'Tin nổi bật có ảnh', en: 'Featured news with photos', km: 'ព័ត៌មានលេចធ្លោមានរូបភាព' },
  latest_news: { vi: 'Tin mới nhất', en: 'Latest news', km: 'ព័ត៌មានថ្មីៗ' },
  news_category: { vi: 'Tin theo chuyên mục', en: 'News of one category', km: 'ព័ត៌មានតាមប្រភេទ' },
  legal_documents: { vi: 'Văn bản mới', en: 'New legal documents', km: 'ឯកសារច្បាប់ថ្មី' },
  direction_items: { vi: 'Chỉ đạo, điều hành', en: 'Direction and administration', km: 'ការដឹកនាំ និងគ្រប់គ្រង' },
  public_services: { vi: 'Dịch vụ công', en: 'Public services', km: 'សេវាសាធារណៈ' },
  consultations: { vi: 'Lấy ý kiến dự thảo', en: 'Drafts open for comment', km: 'សេចក្តីព្រាងសម្រាប់ផ្តល់មតិ' },
  featured_links: { vi: 'Liên kết nổi bật (banner)', en: 'Featured links (banners)', km: 'តំណភ្ជាប់លេចធ្លោ' },
  network_news: { vi: 'Tin từ các cổng thành phần', en: 'News from the component portals', km: 'ព័ត៌មានពីវិបផតថលសមាសភាគ' },
  network_consultations: { vi: 'Dự thảo lấy ý kiến trên các cổng thành phần', en: 'Drafts open for comment on the component portals', km: 'សេចក្តីព្រាងនៅលើវិបផតថលសមាសភាគ' },
  portal_directory: { vi: 'Danh bạ cổng thành phần', en: 'Directory of component portals', km: 'បញ្ជីវិបផតថលសមាសភាគ' },
};

/** Blocks about the other portals: only the province's main portal has them. */
export const MAIN_PORTAL_HOME_BLOCKS: readonly HomeBlockKind[] = ['network_news', 'network_consultations', 'portal_directory'];

/** How many items a block may show; the block's default when the editor leaves it empty. */
export const HOME_BLOCK_ITEMS = { min: 1, max: 12 } as const;

/** One block of the home page, in the order the editor arranged them. */
export const homeBlockSchema = z.object({
  kind: z.enum(HOME_BLOCK_KINDS),
  /** How many items it shows; each kind has its own default. */
  itemCount: z.number().int().min(HOME_BLOCK_ITEMS.min).max(HOME_BLOCK_ITEMS.max).nullish(),
  /** The category a `news_category` block shows (the same category in every language). */
  category: z.object({ documentId: z.string().min(1) }).nullish(),
});
export type HomeBlock = z.infer<typeof homeBlockSchema>;

/** A portal's home page arrangement, one per portal and language ("Bố cục trang chủ"). */
export const homeLayoutSchema = z.object({
  ...publishedEntryFields,
  blocks: z.array(homeBlockSchema).min(1),
});
export type HomeLayout = z.infer<typeof homeLayoutSchema>;

/** What a home block is configured wrong by, in words for the editor (Vietnamese first); empty when fine. */
export function homeBlockProblems(block: { kind: string; category?: unknown }, position: number, portalKind: string | undefined): string[] {
  const name = `khối ${position} (block ${position})`;
  const kind = block.kind as HomeBlockKind;
  const problems: string[] = [];
  if (kind === 'news_category' && !block.category) problems.push(`${name}: chưa chọn chuyên mục cho khối "Tin theo chuyên mục" / a news category block needs its category`);
  if (kind !== 'news_category' && block.category) problems.push(`${name}: chỉ khối "Tin theo chuyên mục" mới chọn chuyên mục / only a news category block names a category`);
  if (MAIN_PORTAL_HOME_BLOCKS.includes(kind) && portalKind !== 'province')
    problems.push(`${name}: khối "${HOME_BLOCK_KIND_LABELS[kind].vi}" chỉ có trên cổng tỉnh / the block "${HOME_BLOCK_KIND_LABELS[kind].en}" is for the province's main portal only`);
  return problems;
}
