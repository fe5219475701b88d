import { describe, expect, it } from 'vitest';
import { feedPath, feedsOfPage, planFeeds, renderJsonFeed, renderRss } from '../src/lib/feeds';
import { planPages } from '../src/lib/page-plan';
import { SNV, article } from './fixtures';
import { legalDocument } from './section-fixtures';

const origin = { protocol: 'https:' as const, port: undefined };

describe('feeds', () => {
  const category = { documentId: 'cat', locale: 'vi' as const, name: 'Cải cách hành chính', slug: 'cai-cach', displayOrder: 1 };
  const articles = Array.from({ length: 25 }, (_, i) => article(`a${i}`, 'vi', i, { category: i % 2 ? { documentId: 'cat', name: category.name, slug: category.slug } : null }));
  const pages = planPages(SNV, articles, { sections: { 'legal-document': [legalDocument('d', 'vi')], 'news-category': [category] }, today: '2026-03-01' });
  const feeds = planFeeds(pages);

  it('has one feed per language for the news, each section with entry pages and each news category', () => {
    expect(feeds.filter((feed) => feed.locale === 'vi').map((feed) => feedPath(feed, 'rss'))).toEqual(['tin-tuc/rss.xml', 'chuyen-muc/cai-cach/rss.xml', 'van-ban/rss.xml']);
    const news = feeds.find((feed) => feed.pagePath === 'tin-tuc/' && feed.locale === 'vi')!;
    expect(news.items).toHaveLength(20);
    expect(news.items[0]!.path).toBe('tin-tuc/a24-vi/');
    expect(feeds.find((feed) => feed.pagePath === 'chuyen-muc/cai-cach/')!.items.every((item) => /a\d*[13579]-vi/.test(item.path))).toBe(true);
    // A language without news still has its (empty) news feed, which its pages announce.
    expect(feeds.some((feed) => feed.locale === 'km' && feed.pagePath === 'tin-tuc/')).toBe(true);
  });

  it('is announced by the pages it follows', () => {
    const documentPage = pages.find((page) => page.locale === 'vi' && page.path === 'van-ban/d-qd-ubnd/')!;
    expect(feedsOfPage(documentPage, feeds)).toEqual([
      { title: 'Văn bản', path: 'van-ban/rss.xml', mediaType: 'application/rss+xml' },
      { title: 'Văn bản', path: 'van-ban/feed.json', mediaType: 'application/feed+json' },
    ]);
    const home = pages.find((page) => page.locale === 'vi' && page.kind === 'home')!;
    expect(feedsOfPage(home, feeds).map((feed) => feed.path)).toEqual(['tin-tuc/rss.xml', 'tin-tuc/feed.json']);
  });

  it('renders RSS 2.0 with absolute, escaped links', () => {
    const feed = feeds.find((candidate) => candidate.pagePath === 'van-ban/')!;
    const xml = renderRss({ ...feed, items: [{ ...feed.items[0]!, title: 'A & B <c>' }] }, origin);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<link>https://snv.vinhlong.localhost/van-ban/d-qd-ubnd/</link>');
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('<language>vi</language>');
  });

  it('renders the same items as JSON Feed 1.1, with absolute links', () => {
    const feed = feeds.find((candidate) => candidate.pagePath === 'van-ban/' && candidate.locale === 'vi')!;
    const json = JSON.parse(renderJsonFeed({ ...feed, items: [{ ...feed.items[0]!, title: 'A & B <c>' }] }, origin));
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://snv.vinhlong.localhost/van-ban/',
      feed_url: 'https://snv.vinhlong.localhost/van-ban/feed.json',
      language: 'vi',
    });
    expect(json.items[0]).toMatchObject({ id: 'https://snv.vinhlong.localhost/van-ban/d-qd-ubnd/', title: 'A & B <c>', date_published: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // The same facts the document's page shows, with their links made absolute.
    const page = pages.find((candidate) => candidate.locale === 'vi' && candidate.path === 'van-ban/d-qd-ubnd/')!;
    const { facts } = json.items[0]._portal;
    expect(json.items[0]._portal.version).toBe(1);
    expect(facts.map((fact: { label: string }) => fact.label)).toEqual('view' in page ? page.view.facts.map((fact) => fact.label) : []);
    expect(facts.length).toBeGreaterThan(3);
    expect(facts.filter((fact: { url?: string }) => fact.url).every((fact: { url: string }) => /^https?:|^mailto:|^tel:/.test(fact.url))).toBe(true);
  });
});
