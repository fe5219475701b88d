import type { Locale, TenantSite } from '@portal/contract';
import { escapeHtml } from './html';
import { articleListPath, articlePath, type PlannedPage } from './page-plan';
import { absoluteUrl, type PublicOrigin } from './public-links';
import { uiStrings } from './ui-strings';

/** How many of the newest entries a feed carries. */
export const FEED_ITEMS = 20;
export const FEED_FILE = 'rss.xml';

export interface FeedItem {
  title: string;
  path: string;
  date: string;
  summary?: string | null;
}

/** An RSS 2.0 feed of one language: the news, one section, or one news category. */
export interface Feed {
  locale: Locale;
  site: TenantSite;
  /** The feed's own path below the language root: `van-ban/rss.xml`. */
  path: string;
  title: string;
  /** The page the feed follows. */
  pagePath: string;
  items: FeedItem[];
}

const newestFirst = (a: FeedItem, b: FeedItem) => Date.parse(b.date) - Date.parse(a.date) || a.path.localeCompare(b.path);

/** The feeds of a portal, from its planned pages: news, each section with entry pages, each news category. */
export function planFeeds(pages: readonly PlannedPage[]): Feed[] {
  const feeds = new Map<string, Feed>();
  const add = (page: PlannedPage, pagePath: string, title: string, item: FeedItem | undefined) => {
    const key = `${page.locale}/${pagePath}`;
    const feed = feeds.get(key) ?? { locale: page.locale, site: page.site, path: `${pagePath}${FEED_FILE}`, title, pagePath, items: [] };
    if (item) feed.items.push(item);
    feeds.set(key, feed);
  };
  for (const page of pages) {
    const strings = uiStrings(page.locale);
    if (page.kind === 'article-list' && page.pageNumber === 1) add(page, articleListPath(1), strings.articles, undefined);
    if (page.kind === 'article') {
      const { article } = page;
      add(page, articleListPath(1), strings.articles, { title: article.title, path: page.path, date: article.publishedAt, summary: article.summary });
    }
    if ('section' in page && 'view' in page) {
      // A news category's page is followed through its articles, not as an entry of its own.
      if (!page.view.articles) {
        add(page, page.sectionPath, page.sectionTitle, { title: page.view.title, path: page.path, date: page.search.date, summary: page.view.summary });
      } else {
        add(page, page.path, `${page.sectionTitle}: ${page.view.title}`, undefined);
        for (const article of page.view.articles) {
          add(page, page.path, `${page.sectionTitle}: ${page.view.title}`, { title: article.title, path: articlePath(article), date: article.publishedAt, summary: article.summary });
        }
      }
    }
  }
  return [...feeds.values()].map((feed) => ({ ...feed, items: feed.items.sort(newestFirst).slice(0, FEED_ITEMS) }));
}

/** The feeds a page offers with `<link rel="alternate">`: the ones following it or the section it is in. */
export function feedsOfPage(page: PlannedPage, feeds: readonly Feed[]): Array<{ title: string; path: string }> {
  return feeds
    .filter((feed) => feed.locale === page.locale && (page.path === '' ? feed.pagePath === articleListPath(1) : page.path.startsWith(feed.pagePath)))
    .map((feed) => ({ title: feed.title, path: feed.path }));
}

/** The feed as RSS 2.0, with absolute links as feed readers need them. */
export function renderRss(feed: Feed, origin: PublicOrigin): string {
  const url = (path: string) => escapeHtml(absoluteUrl(feed.site, path, origin));
  const items = feed.items.map(
    (item) => `    <item>
      <title>${escapeHtml(item.title)}</title>
      <link>${url(item.path)}</link>
      <guid isPermaLink="true">${url(item.path)}</guid>
      <pubDate>${new Date(item.date).toUTCString()}</pubDate>${item.summary ? `\n      <description>${escapeHtml(item.summary)}</description>` : ''}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeHtml(`${feed.title} – ${feed.site.name}`)}</title>
    <link>${url(feed.pagePath)}</link>
    <atom:link href="${url(feed.path)}" rel="self" type="application/rss+xml" />
    <description>${escapeHtml(`${feed.title} – ${feed.site.name}`)}</description>
    <language>${feed.locale}</language>
${items.join('\n')}
  </channel>
</rss>
`;
}
