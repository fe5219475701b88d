import { PUBLIC_COLLECTIONS, matchRoute, type Locale, type TenantSite } from '@portal/contract';
import { markdownLinks } from '@portal/markdown';
import type { PlannedPage } from './page-plan';
import { SECTIONS } from './sections/index';

/** The published item a content problem is in, as editors find it in the CMS. */
export interface ContentItem {
  contentType: string;
  documentId: string;
  title: string;
  locale: Locale;
}

/**
 * Published content the build cannot turn into a sound release. Its message is one line naming
 * the item and the field, because the publisher reports a failed build's last error to the
 * editors in the admin, and they need to know what to correct.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    readonly item: ContentItem,
    readonly field: string,
    problem: string,
  ) {
    super(`${item.contentType} "${item.title}" (documentId ${item.documentId}, locale ${item.locale}), field ${field}: ${problem}`);
  }
}

interface ShownItem {
  item: ContentItem;
  entry: object;
  markdown: string[];
}

/** The item a detail page shows and the Markdown texts on it; undefined for other pages. */
function shownItem(page: PlannedPage): ShownItem | undefined {
  const view = 'view' in page ? page.view : undefined;
  if (!view) return undefined;
  const markdown = [view.body, ...view.blocks.map((block) => block.markdown)].filter((text): text is string => Boolean(text));
  if (page.kind === 'article') {
    const { article } = page;
    return { item: { contentType: PUBLIC_COLLECTIONS.articles.uid, documentId: article.documentId, title: article.title, locale: page.locale }, entry: article, markdown };
  }
  if (!('entry' in page)) return undefined;
  const section = SECTIONS.find((candidate) => candidate.id === page.section)!;
  const contentType = PUBLIC_COLLECTIONS[section.collection].uid;
  return { item: { contentType, documentId: page.entry.documentId, title: view.title, locale: page.locale }, entry: page.entry, markdown };
}

/** The entry's field holding this text: pages show fields as they are, so the text is the field's value. */
const fieldHolding = (entry: object, text: string) => Object.entries(entry).find(([, value]) => value === text)?.[0] ?? 'Markdown';

/**
 * Why a link would fail the release check, which refuses links to this portal's own addresses
 * that the release does not serve; undefined for links elsewhere. Links to files (feeds,
 * sitemaps) are left to the release check itself.
 */
function ownLinkProblem(href: string, sites: readonly TenantSite[], planned: ReadonlySet<string>): string | undefined {
  const url = URL.parse(href);
  if (!url || !sites.some((site) => site.host === url.hostname)) return undefined;
  const site = matchRoute(sites.map((candidate) => ({ ...candidate, tenantCode: '' })), url.hostname, url.pathname);
  if (!site) return `links to ${href}, an address of this portal that no language serves`;
  const relative = decodeURIComponent(url.pathname.slice(site.pathPrefix.length));
  if (/\.[a-z0-9]+$/i.test(relative) || planned.has(`${site.locale}/${relative}`)) return undefined;
  return `links to ${href}, a page this portal does not have (not published, renamed, or missing its final "/")`;
}

/**
 * Refuses a plan whose items link, in their Markdown, to pages of this portal that the plan
 * does not build: the release check would refuse the release, and this names what to correct.
 */
export function assertContentLinks(sites: readonly TenantSite[], pages: readonly PlannedPage[]): void {
  const planned = new Set(pages.map((page) => `${page.locale}/${page.path}`));
  for (const page of pages) {
    const shown = shownItem(page);
    for (const text of shown?.markdown ?? []) {
      for (const href of markdownLinks(text)) {
        const problem = ownLinkProblem(href, sites, planned);
        if (problem) throw new ContentError(shown!.item, fieldHolding(shown!.entry, text), problem);
      }
    }
  }
}
