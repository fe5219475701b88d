import type { Locale, TenantSite } from '@portal/contract';
import type { Fact } from './sections/types';
import { escapeHtml } from './html';
import type { PlannedPage } from './page-plan';
import { absoluteUrl, type PublicOrigin } from './public-links';
import { articles as NEWS } from './sections/articles';

/** How many of the newest entries a feed carries. */
export const FEED_ITEMS = 20;
/** Each feed in two formats at `<page path><file>`: RSS 2.0 for feed readers, JSON Feed 1.1 for programs (TT 22/2023 Đ4: data shareable as a web service). */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', mediaType: 'application/rss+xml' },
  json: { file: 'feed.json', mediaType: 'application/feed+json' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export interface FeedItem {
  title: string;
  path: string;
  date: string;
  summary?: string | null;
  /** What the entry's page states besides its text: its status and facts (number, issuer, dates…). */
  details?: { status?: string; facts: readonly Fact[] };
}

/** The version of the `_portal` extension of the JSON Feed items; raised when its fields change meaning. */
export const JSON_FEED_EXTENSION_VERSION = 1;

/** An RSS 2.0 feed of one language: the news, one section, or one news category. */
export interface Feed {
  locale: Locale;
  site: TenantSite;
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
    const feed = feeds.get(key) ?? { locale: page.locale, site: page.site, title, pagePath, items: [] };
    if (item) feed.items.push(item);
    feeds.set(key, feed);
  };
  for (const page of pages) {
    // The news feed is there from the start: every home page offers it.
    if (page.path === NEWS.path && 'listing' in page) add(page, page.path, page.title, undefined);
    if ('section' in page && 'view' in page) {
      // A news category's page is followed through its articles, not as an entry of its own.
      if (!page.view.articles) {
        const details = { status: page.view.badge?.label, facts: page.view.facts };
        add(page, page.sectionPath, page.sectionTitle, { title: page.view.title, path: page.path, date: page.search.date, summary: page.view.summary, details });
      } else {
        add(page, page.path, `${page.sectionTitle}: ${page.view.title}`, undefined);
        for (const card of page.view.articles) {
          if (card.path && card.date) add(page, page.path, `${page.sectionTitle}: ${page.view.title}`, { title: card.title, path: card.path, date: card.date, summary: card.summary });
        }
      }
    }
  }
  return [...feeds.values()].map((feed) => ({ ...feed, items: feed.items.sort(newestFirst).slice(0, FEED_ITEMS) }));
}

/** A feed's own path below the language root: `van-ban/rss.xml`. */
export const feedPath = (feed: Pick<Feed, 'pagePath'>, format: FeedFormat) => `${feed.pagePath}${FEED_FORMATS[format].file}`;

/** The feeds a page offers with `<link rel="alternate">`, in every format: the ones following it or the section it is in. */
export function feedsOfPage(page: PlannedPage, feeds: readonly Feed[]): Array<{ title: string; path: string; mediaType: string }> {
  return feeds
    .filter((feed) => feed.locale === page.locale && (page.path === '' ? feed.pagePath === NEWS.path : page.path.startsWith(feed.pagePath)))
    .flatMap((feed) => (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({ title: feed.title, path: feedPath(feed, format), mediaType: FEED_FORMATS[format].mediaType })));
}

/** The static routes of the feeds: `[...feed]` is the page path without its trailing slash, `[feedFile]` the format's file. */
export function feedRoutes(feeds: readonly Feed[], origin: PublicOrigin) {
  return feeds.flatMap((feed) =>
    (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
      params: { locale: feed.locale, feed: feed.pagePath.replace(/\/$/, ''), feedFile: FEED_FORMATS[format].file },
      props: { feed, origin, format },
    })),
  );
}

export const renderFeed = (feed: Feed, format: FeedFormat, origin: PublicOrigin): string => (format === 'rss' ? renderRss(feed, origin) : renderJsonFeed(feed, origin));

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
    <atom:link href="${url(feedPath(feed, 'rss'))}" rel="self" type="${FEED_FORMATS.rss.mediaType}" />
    <description>${escapeHtml(`${feed.title} – ${feed.site.name}`)}</description>
    <language>${feed.locale}</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

/** The entry's facts as its page shows them, links made absolute: the `_portal` extension, documented in docs/architecture.md. */
function jsonDetails(details: NonNullable<FeedItem['details']>, url: (path: string) => string) {
  return {
    version: JSON_FEED_EXTENSION_VERSION,
    ...(details.status ? { status: details.status } : {}),
    facts: details.facts.map((fact) => ({
      label: fact.label,
      value: fact.value,
      ...(fact.datetime ? { datetime: fact.datetime } : {}),
      ...(fact.href ? { url: /^[a-z]+:/i.test(fact.href) ? fact.href : url(fact.href) } : {}),
    })),
  };
}

/** The feed as JSON Feed 1.1 (jsonfeed.org), with absolute links; section entries carry their facts in `_portal`. */
export function renderJsonFeed(feed: Feed, origin: PublicOrigin): string {
  const url = (path: string) => absoluteUrl(feed.site, path, origin);
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: `${feed.title} – ${feed.site.name}`,
      home_page_url: url(feed.pagePath),
      feed_url: url(feedPath(feed, 'json')),
      language: feed.locale,
      items: feed.items.map((item) => ({
        id: url(item.path),
        url: url(item.path),
        title: item.title,
        date_published: new Date(item.date).toISOString(),
        ...(item.summary ? { summary: item.summary, content_text: item.summary } : { content_text: item.title }),
        ...(item.details ? { _portal: jsonDetails(item.details, url) } : {}),
      })),
    },
    null,
    2,
  );
}
