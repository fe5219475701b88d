import { describe, expect, it } from 'vitest';
import { feedsOfPage, planFeeds, renderRss } from '../src/lib/feeds';
import { planPages } from '../src/lib/page-plan';
import { SNV, article } from './fixtures';
import { legalDocument } from './section-fixtures';

const origin = { protocol: 'https:' as const, port: undefined };

describe('RSS feeds', () => {
  const category = { documentId: 'cat', locale: 'vi' as const, name: 'Cải cách hành chính', slug: 'cai-cach', displayOrder: 1 };
  const articles = Array.from({ length: 25 }, (_, i) => article(`a${i}`, 'vi', i, { category: i % 2 ? { documentId: 'cat', name: category.name, slug: category.slug } : null }));
  const pages = planPages(SNV, articles, { sections: { 'legal-document': [legalDocument('d', 'vi')], 'news-category': [category] }, today: '2026-03-01' });
  const feeds = planFeeds(pages);

  it('has one feed per language for the news, each section with entry pages and each news category', () => {
    expect(feeds.filter((feed) => feed.locale === 'vi').map((feed) => feed.path)).toEqual(['articles/rss.xml', 'chuyen-muc/cai-cach/rss.xml', 'van-ban/rss.xml']);
    const news = feeds.find((feed) => feed.path === 'articles/rss.xml' && feed.locale === 'vi')!;
    expect(news.items).toHaveLength(20);
    expect(news.items[0]!.path).toBe('articles/a24-vi/');
    expect(feeds.find((feed) => feed.path === 'chuyen-muc/cai-cach/rss.xml')!.items.every((item) => /a\d*[13579]-vi/.test(item.path))).toBe(true);
    // A language without news still has its (empty) news feed, which its pages announce.
    expect(feeds.some((feed) => feed.locale === 'km' && feed.path === 'articles/rss.xml')).toBe(true);
  });

  it('is announced by the pages it follows', () => {
    const documentPage = pages.find((page) => page.locale === 'vi' && page.path === 'van-ban/d-qd-ubnd/')!;
    expect(feedsOfPage(documentPage, feeds)).toEqual([{ title: 'Văn bản', path: 'van-ban/rss.xml' }]);
    const home = pages.find((page) => page.locale === 'vi' && page.kind === 'home')!;
    expect(feedsOfPage(home, feeds).map((feed) => feed.path)).toEqual(['articles/rss.xml']);
  });

  it('renders RSS 2.0 with absolute, escaped links', () => {
    const feed = feeds.find((candidate) => candidate.path === 'van-ban/rss.xml')!;
    const xml = renderRss({ ...feed, items: [{ ...feed.items[0]!, title: 'A & B <c>' }] }, origin);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<link>https://snv.vinhlong.localhost/van-ban/d-qd-ubnd/</link>');
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('<language>vi</language>');
  });
});
