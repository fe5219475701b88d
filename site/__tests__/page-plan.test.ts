import { describe, expect, it } from 'vitest';
import { PagePlanError, pagesOfKind, planPages, type PlannedPage } from '../src/lib/page-plan';
import { articles as news } from '../src/lib/sections/articles';
import type { SectionListData } from '../src/lib/sections/plan-sections';
import { SNV, article, homeBlockCards } from './fixtures';
import { legalDocument } from './section-fixtures';

/** The news listing pages of a plan: the article section's, as every section's are planned. */
const newsListings = (pages: readonly PlannedPage[]) => pages.filter((page): page is PlannedPage & SectionListData => page.kind === 'article-list');
const titlesOf = (page: SectionListData) => (page.listing.style === 'cards' ? page.listing.cards.map((card) => card.title) : []);

describe('planPages', () => {
  it('gives every language of the tenant its home, list, search and 404 pages, the pages every menu links to, and the site map', () => {
    const pages = planPages(SNV, []);
    expect(pages.map((page) => `${page.locale}:${page.kind}:${page.path}`)).toEqual([
      'vi:home:',
      'vi:article-list:tin-tuc/',
      'vi:intro-page-list:gioi-thieu/',
      'vi:contact-entry-list:danh-ba/',
      'vi:public-service-list:dich-vu-cong/',
      'vi:organisation-chart:co-cau-to-chuc/',
      'vi:site-map:so-do-cong/',
      'vi:search:search/',
      'vi:not-found:404.html',
      'en:home:',
      'en:article-list:tin-tuc/',
      'en:intro-page-list:gioi-thieu/',
      'en:contact-entry-list:danh-ba/',
      'en:public-service-list:dich-vu-cong/',
      'en:organisation-chart:co-cau-to-chuc/',
      'en:site-map:so-do-cong/',
      'en:search:search/',
      'en:not-found:404.html',
      'km:home:',
      'km:article-list:tin-tuc/',
      'km:intro-page-list:gioi-thieu/',
      'km:contact-entry-list:danh-ba/',
      'km:public-service-list:dich-vu-cong/',
      'km:organisation-chart:co-cau-to-chuc/',
      'km:site-map:so-do-cong/',
      'km:search:search/',
      'km:not-found:404.html',
    ]);
  });

  it('tells the search page what its language’s pages can be narrowed by', () => {
    const articles = [article('a', 'vi', 1), article('b', 'vi', 2, { kind: 'event' }), article('c', 'en', 3, { kind: null })];
    const search = pagesOfKind(planPages(SNV, articles), 'search');
    expect(search.map((page) => [page.locale, page.facetValues])).toEqual([
      ['vi', { type: ['event', 'news'] }],
      ['en', { type: ['news'] }],
      ['km', {}],
    ]);
  });

  it('builds no pages for a language without a site, even if it has articles', () => {
    const viOnly = { ...SNV, sites: SNV.sites.filter((site) => site.locale === 'vi') };
    const pages = planPages(viOnly, [article('a', 'vi', 1), article('a', 'en', 1)]);
    expect(new Set(pages.map((page) => page.locale))).toEqual(new Set(['vi']));
    expect(pages.every((page) => page.languageLinks.length === 0)).toBe(true);
  });

  it('lists articles newest first, 20 to a page, and the latest five on the home page', () => {
    const articles = Array.from({ length: 45 }, (_, i) => article(`d${i}`, 'vi', i));
    const pages = planPages(SNV, articles);
    const lists = newsListings(pages).filter((page) => page.locale === 'vi');
    expect(lists.map((page) => [page.path, page.pageNumber, page.pageCount, titlesOf(page).length])).toEqual([
      ['tin-tuc/', 1, 3, news.perPage],
      ['tin-tuc/2/', 2, 3, news.perPage],
      ['tin-tuc/3/', 3, 3, 5],
    ]);
    expect(titlesOf(lists[0]!)[0]).toBe('d44 vi');
    expect(titlesOf(lists[2]!).at(-1)).toBe('d0 vi');
    const home = pagesOfKind(pages, 'home').find((page) => page.locale === 'vi')!;
    expect(homeBlockCards(home, 'latest_news')?.map((card) => card.path)).toEqual(['d44', 'd43', 'd42', 'd41', 'd40'].map((id) => `tin-tuc/${id}-vi/`));
  });

  it('orders by publish time across time zone offsets', () => {
    const earlier = article('earlier', 'vi', 0, { publishedAt: '2026-01-01T08:00:00+07:00' }); // 01:00Z
    const later = article('later', 'vi', 0, { publishedAt: '2026-01-01T02:00:00Z' });
    expect(titlesOf(newsListings(planPages(SNV, [earlier, later]))[0]!)).toEqual(['later vi', 'earlier vi']);
  });

  it('links an article to its translations, and to the home page where there is none', () => {
    const pages = planPages(SNV, [article('a', 'vi', 1, { slug: 'tin-a' }), article('a', 'en', 1, { slug: 'news-a' })]);
    const vi = pages.find((page) => page.kind === 'article' && page.locale === 'vi')!;
    expect(vi.path).toBe('tin-tuc/tin-a/');
    expect(vi.alternates).toEqual([
      { locale: 'vi', path: 'tin-tuc/tin-a/' },
      { locale: 'en', path: 'tin-tuc/news-a/' },
    ]);
    expect(vi.languageLinks).toEqual([
      { locale: 'en', path: 'tin-tuc/news-a/', fallbackToHome: false },
      { locale: 'km', path: '', fallbackToHome: true },
    ]);
  });

  it('pairs up only the pages that are translations of each other', () => {
    const pages = planPages(SNV, Array.from({ length: 25 }, (_, i) => article(`d${i}`, 'vi', i)));
    const byPath = (path: string) => pages.find((page) => page.locale === 'vi' && page.path === path)!;
    expect(byPath('').alternates).toHaveLength(3);
    expect(byPath('tin-tuc/').alternates).toHaveLength(3);
    expect(byPath('tin-tuc/2/').alternates).toEqual([]);
    expect(byPath('tin-tuc/2/').languageLinks.map((link) => link.path)).toEqual(['tin-tuc/', 'tin-tuc/']);
    expect(byPath('search/').alternates).toEqual([]);
  });

  it('gives every page below the home page its breadcrumb trail, itself last', () => {
    const pages = planPages(SNV, [article('a', 'vi', 1)]);
    const trail = (path: string) => pages.find((page) => page.locale === 'vi' && page.path === path)!.breadcrumbs;
    expect(trail('tin-tuc/a-vi/')).toEqual([
      { label: 'Tin tức', path: 'tin-tuc/' },
      { label: 'a vi', path: 'tin-tuc/a-vi/' },
    ]);
    expect(trail('so-do-cong/')).toEqual([{ label: 'Sơ đồ cổng', path: 'so-do-cong/' }]);
    expect(trail('')).toBeUndefined();
  });

  it('keeps search and 404 pages out of the sitemap', () => {
    const pages = planPages(SNV, [article('a', 'vi', 1)]);
    expect(pages.filter((page) => !page.inSitemap).map((page) => page.kind)).toEqual(
      ['search', 'not-found', 'search', 'not-found', 'search', 'not-found'],
    );
  });

  it('refuses two articles with one address', () => {
    expect(() => planPages(SNV, [article('a', 'vi', 1, { slug: 'x' }), article('b', 'vi', 2, { slug: 'x' })])).toThrow(PagePlanError);
  });

  it('refuses a numeric slug that is the address of a list page, and allows one that is not', () => {
    const many = Array.from({ length: 25 }, (_, i) => article(`d${i}`, 'vi', i));
    expect(() => planPages(SNV, [...many, article('n', 'vi', 99, { slug: '2' })])).toThrow(/listing page 2/);
    expect(() => planPages(SNV, [...many, article('n', 'vi', 99, { slug: '2026' })])).not.toThrow();
  });
});

describe('planPages: corrections and attribution', () => {
  const correction = (contentType: string, documentId: string, locale: 'vi' | 'en', note: string, correctedAt = '2026-11-20T03:00:00.000Z') => ({ contentType, documentId, locale, correctedAt, note });

  it('shows each corrected item its own public change notes, in its own language only', () => {
    const corrections = [
      correction('api::article.article', 'a', 'vi', 'Sửa tên đơn vị', '2026-11-20T03:00:00.000Z'),
      correction('api::article.article', 'a', 'vi', 'Bổ sung số liệu', '2026-11-21T03:00:00.000Z'),
      correction('api::legal-document.legal-document', 'qd-1', 'vi', 'Đính chính ngày hiệu lực'),
      correction('api::article.article', 'a', 'en', 'Corrected the unit name'),
    ];
    const pages = planPages(SNV, [article('a', 'vi', 1), article('a', 'en', 1), article('b', 'vi', 2)], {
      sections: { 'legal-document': [legalDocument('qd-1', 'vi'), legalDocument('qd-2', 'vi')] },
      corrections,
    });
    const viewOf = (locale: string, kind: string, match: (page: any) => boolean) => (pages.find((page: any) => page.locale === locale && page.kind === kind && match(page)) as any).view;
    expect(viewOf('vi', 'article', (page) => page.entry.documentId === 'a').corrections.map((c: any) => c.note)).toEqual(['Sửa tên đơn vị', 'Bổ sung số liệu']);
    expect(viewOf('en', 'article', (page) => page.entry.documentId === 'a').corrections.map((c: any) => c.note)).toEqual(['Corrected the unit name']);
    expect(viewOf('vi', 'article', (page) => page.entry.documentId === 'b').corrections).toEqual([]);
    expect(viewOf('vi', 'legal-document', (page) => page.view.facts.some((fact: any) => fact.value === legalDocument('qd-1', 'vi').documentNumber)).corrections).toEqual([
      { correctedAt: '2026-11-20T03:00:00.000Z', note: 'Đính chính ngày hiệu lực' },
    ]);
  });

  it('names an article’s author, source and category, linking the category’s page', () => {
    const category = { documentId: 'cat', name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh' };
    const pages = planPages(SNV, [article('a', 'vi', 1, { author: 'Trần Văn Bình', source: 'Báo Vĩnh Long', sourceUrl: 'https://baovinhlong.example/tin', category })], {
      sections: { 'news-category': [{ documentId: 'cat', locale: 'vi', name: category.name, slug: category.slug }] },
    });
    const { view } = pages.find((page) => page.kind === 'article') as any;
    expect(view.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 'Trần Văn Bình' }),
        expect.objectContaining({ value: 'Báo Vĩnh Long', href: 'https://baovinhlong.example/tin' }),
        expect.objectContaining({ value: 'Cải cách hành chính', href: 'chuyen-muc/cai-cach-hanh-chinh/' }),
      ]),
    );
  });
});
