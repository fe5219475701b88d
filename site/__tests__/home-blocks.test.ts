import { describe, expect, it } from 'vitest';
import { homeLayoutSchema, type FeaturedLink, type HomeLayout, type Image, type Locale, type NewsCategory } from '@portal/contract';
import { homePhotos } from '../src/lib/home-blocks';
import { layoutDigest, pageCacheKey } from '../src/lib/page-cache-key';
import { pagesOfKind, planPages, type PortalContent } from '../src/lib/page-plan';
import { SNV, article, homeBlockCards } from './fixtures';
import { legalDocument } from './section-fixtures';

const AT = '2026-02-01T00:00:00.000Z';
const TODAY = '2026-03-01';

const photo = (name: string): Image => ({ file: { url: `/uploads/${name}.jpg`, name: `${name}.jpg`, mime: 'image/jpeg', size: 80, width: 1200, height: 800 }, alt: `Ảnh ${name}` });
const category = (locale: Locale, name: string): NewsCategory => ({ documentId: 'cat-notices', locale, name, slug: locale === 'vi' ? 'thong-bao' : 'notices', displayOrder: 1 });
const inCategory = (locale: Locale, name: string) => ({ category: { documentId: 'cat-notices', name, slug: category(locale, name).slug } });
const banner = (documentId: string, locale: Locale, title: string, image?: Image): FeaturedLink => ({
  documentId,
  locale,
  publishedAt: AT,
  updatedAt: AT,
  title,
  url: 'https://dichvucong.gov.vn/',
  description: null,
  image,
  displayOrder: 1,
});
const layout = (locale: Locale, blocks: HomeLayout['blocks']): HomeLayout => homeLayoutSchema.parse({ documentId: 'home', locale, publishedAt: AT, updatedAt: AT, blocks });

const articles = [
  article('plain', 'vi', 50),
  article('pictured', 'vi', 40, { image: photo('pictured') }),
  article('notice', 'vi', 30, { ...inCategory('vi', 'Thông báo'), image: photo('notice') }),
  article('older-notice', 'vi', 20, inCategory('vi', 'Thông báo')),
  article('notice', 'en', 30, inCategory('en', 'Notices')),
];
const content: PortalContent = {
  today: TODAY,
  sections: { 'news-category': [category('vi', 'Thông báo'), category('en', 'Notices')], 'legal-document': [legalDocument('law-1', 'vi'), legalDocument('law-2', 'vi')] },
  featuredLinks: [banner('dvc', 'vi', 'Cổng dịch vụ công', photo('dvc')), banner('dvc', 'en', 'Public services portal')],
};
const configured: HomeLayout[] = [
  layout('vi', [
    { kind: 'featured_news', itemCount: 1 },
    { kind: 'news_category', itemCount: 5, category: { documentId: 'cat-notices' } },
    { kind: 'legal_documents', itemCount: 1 },
    { kind: 'featured_links' },
    { kind: 'network_news' },
    { kind: 'latest_news', itemCount: 2 },
  ]),
];
const homeOf = (locale: Locale, homeLayouts: readonly HomeLayout[] = configured) =>
  pagesOfKind(planPages(SNV, articles, { ...content, homeLayouts }), 'home').find((page) => page.locale === locale)!;

describe('the home page', () => {
  it('keeps the default layout when the portal has arranged nothing: the latest five articles', () => {
    const home = homeOf('vi', []);
    expect(home.blocks.map((block) => [block.block, block.id])).toEqual([['latest_news', 'latest-articles']]);
    expect(homeBlockCards(home, 'latest_news')?.map((card) => card.title)).toEqual(['plain vi', 'pictured vi', 'notice vi', 'older-notice vi']);
  });

  it('shows the arranged blocks in their order, each with as many items as set, leaving out what this portal cannot show', () => {
    const home = homeOf('vi');
    // network_news is the main portal's: a department portal has no other portals' news, so the block is left out.
    expect(home.blocks.map((block) => [block.block, block.heading])).toEqual([
      ['featured_news', 'Tin nổi bật'],
      ['news_category', 'Thông báo'],
      ['legal_documents', 'Văn bản'],
      ['featured_links', 'Liên kết nổi bật'],
      ['latest_news', 'Tin mới nhất'],
    ]);
    expect(homeBlockCards(home, 'featured_news')?.map((card) => [card.title, card.photo?.alt])).toEqual([['pictured vi', 'Ảnh pictured']]);
    expect(homeBlockCards(home, 'news_category')?.map((card) => card.title)).toEqual(['notice vi', 'older-notice vi']);
    expect(homeBlockCards(home, 'latest_news')?.map((card) => card.title)).toEqual(['plain vi', 'pictured vi']);
    const documents = home.blocks.find((block) => block.block === 'legal_documents');
    expect(documents?.style === 'table' && documents.listing.rows.length).toBe(1);
    expect(documents?.more).toEqual([{ label: 'Xem tất cả: Văn bản', path: 'van-ban/' }]);
    const links = home.blocks.find((block) => block.block === 'featured_links');
    expect(links?.style === 'banners' && links.banners).toEqual([{ title: 'Cổng dịch vụ công', url: 'https://dichvucong.gov.vn/', description: null, image: { file: photo('dvc').file, alt: 'Ảnh dvc' } }]);
    // Featured news and banners put their photos through the photo route.
    expect(homePhotos(home.blocks).map((image) => image.alt)).toEqual(['Ảnh pictured', 'Ảnh dvc']);
  });

  it('uses the Vietnamese arrangement in a language without its own, with that language’s items', () => {
    const home = homeOf('en');
    expect(home.blocks.map((block) => [block.block, block.heading])).toEqual([
      ['news_category', 'Notices'],
      ['featured_links', 'Featured links'],
      ['latest_news', 'Latest news'],
    ]);
    expect(homeBlockCards(home, 'news_category')?.map((card) => card.path)).toEqual(['tin-tuc/notice-en/']);
  });

  it('prefers a language’s own arrangement, and gives each repeated block its own heading id', () => {
    const home = homeOf('en', [...configured, layout('en', [{ kind: 'latest_news', itemCount: 1 }, { kind: 'latest_news' }])]);
    expect(home.blocks.map((block) => block.id)).toEqual(['latest-articles', 'latest-articles-2']);
    expect(homeBlockCards(home, 'latest_news')?.map((card) => card.title)).toEqual(['notice en']);
  });

  it('is rendered again when its arrangement changes, and only it', () => {
    const digest = layoutDigest({ tenant: SNV, origin: { protocol: 'https:', port: undefined }, menus: [], banners: {}, year: 2026, assetAddressing: 'rewrite v1' });
    const keys = (homeLayouts: HomeLayout[]) =>
      new Map(planPages(SNV, articles, { ...content, homeLayouts }).map((page) => [`${page.locale}/${page.path}`, pageCacheKey(digest, page)]));
    const before = keys(configured);
    const after = keys([layout('vi', [...configured[0]!.blocks.slice(0, -1), { kind: 'latest_news', itemCount: 3 }])]);
    const changed = [...before.keys()].filter((path) => before.get(path) !== after.get(path));
    // English shows no more articles than before (it has one), so its home page is the same page.
    expect(changed).toEqual(['vi/']);
  });
});
