import { describe, expect, it } from 'vitest';
import type { Article, Menu } from '@portal/contract';
import { dataDigest, layoutDigest, pageCacheKey, type LayoutInputs } from '../src/lib/page-cache-key';
import { planPages, type PlannedPage } from '../src/lib/page-plan';
import { articles as news } from '../src/lib/sections/articles';
import { SNV, article } from './fixtures';

const TODAY = '2026-03-01';
const layout: LayoutInputs = { tenant: SNV, origin: { protocol: 'https:', port: undefined }, menus: [], banners: { vi: [] }, year: 2026, assetAddressing: 'rewrite v1' };

/** Each page's cache key by `locale/path`, for a plan of these articles under this layout. */
function keys(articles: readonly Article[], inputs: LayoutInputs = layout): Map<string, string> {
  const digest = layoutDigest(inputs);
  return new Map(planPages(SNV, articles, { today: TODAY }).map((page: PlannedPage) => [`${page.locale}/${page.path}`, pageCacheKey(digest, page)]));
}

// Enough articles for three list pages in Vietnamese, newest first: a1 is on the last page.
const articles = Array.from({ length: news.perPage * 2 + 5 }, (_, index) => article(`a${index + 1}`, 'vi', index + 1));
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();

describe('dataDigest', () => {
  it('is the same for equal data built apart, and differs when any nested value differs', () => {
    expect(dataDigest({ a: [1, { b: 'x' }] })).toBe(dataDigest({ a: [1, { b: 'x' }] }));
    expect(dataDigest({ a: [1, { b: 'x' }] })).not.toBe(dataDigest({ a: [1, { b: 'y' }] }));
    expect(dataDigest({ a: undefined })).not.toBe(dataDigest({ a: null }));
  });

  it('sees into Maps and Sets, which JSON alone would write as {}', () => {
    expect(dataDigest(new Map([['k', 1]]))).not.toBe(dataDigest(new Map([['k', 2]])));
    expect(dataDigest(new Set(['a']))).not.toBe(dataDigest(new Set(['b'])));
  });

  it('refuses data it cannot capture rather than keying a page on part of it', () => {
    expect(() => dataDigest({ render: () => 'x' })).toThrow(/"render" holds a function/);
  });
});

describe('pageCacheKey', () => {
  it('keys each page of a plan the same way in every build of the same content', () => {
    const first = keys(articles);
    expect(first.size).toBe(new Set(first.values()).size);
    expect(keys(articles.map((item) => ({ ...item })))).toEqual(first);
  });

  it('changes for an edited article’s page and the pages listing it, not for other articles or other languages', () => {
    const edited = articles.map((item) => (item.documentId === 'a1' ? { ...item, title: 'Tiêu đề mới', updatedAt: '2026-02-01T00:00:00.000Z' } : item));
    const paths = changed(keys(articles), keys(edited));
    expect(paths).toContain('vi/tin-tuc/a1-vi/');
    // a1 is the oldest article: it is listed on the last list page, not the first.
    expect(paths).toContain('vi/tin-tuc/3/');
    expect(paths).not.toContain('vi/tin-tuc/2/');
    expect(paths).toContain('vi/so-do-cong/');
    expect(paths).not.toContain('vi/tin-tuc/a2-vi/');
    expect(paths.filter((path) => !path.startsWith('vi/'))).toEqual([]);
  });

  it('changes for a new article the pages it shifts, and keeps the article pages', () => {
    const paths = changed(keys(articles), keys([...articles, article('new', 'vi', 999)]));
    expect(paths).toEqual(expect.arrayContaining(['vi/', 'vi/tin-tuc/', 'vi/tin-tuc/2/', 'vi/tin-tuc/3/', 'vi/tin-tuc/new-vi/']));
    expect(paths.filter((path) => /^vi\/tin-tuc\/a\d+-vi\/$/.test(path))).toEqual([]);
  });

  it('changes every page of every language when the shared layout changes', () => {
    const before = keys(articles);
    const menu: Menu = { locale: 'vi', placement: 'footer', items: [{ label: 'Liên hệ', url: '/lien-he/', children: [] }] } as unknown as Menu;
    const variants: LayoutInputs[] = [
      { ...layout, menus: [menu] },
      { ...layout, banners: { vi: [{ title: 'Bảo trì', period: '…', affectedServices: null }] } },
      { ...layout, tenant: { ...SNV, contact: { phone: '0270 3000 119' } as unknown as typeof SNV.contact } },
      { ...layout, year: 2027 },
      { ...layout, origin: { protocol: 'http:', port: 8080 } },
      { ...layout, assetAddressing: 'rewrite v2' },
    ];
    for (const inputs of variants) expect(changed(before, keys(articles, inputs))).toEqual([...before.keys()].sort());
  });
});
