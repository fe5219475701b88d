import { PUBLIC_COLLECTIONS, matchRoute, movedPath, type Locale, type ReleaseRedirect, type TenantSite } from '@portal/contract';
import { markdownLinks } from '@portal/markdown';
import type { PlannedPage } from './page-plan';
import { SECTIONS } from './sections/index';
import type { ChartUnit } from './sections/organisation-chart';

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

/** One Markdown text a page shows, and where it comes from. */
interface ShownMarkdown {
  item: ContentItem;
  field: string;
  text: string;
}

/** The entry's field holding this text: pages show fields as they are, so the text is the field's value. */
const fieldHolding = (entry: object, text: string) => Object.entries(entry).find(([, value]) => value === text)?.[0] ?? 'Markdown';

function* chartMarkdown(units: readonly ChartUnit[], locale: Locale): Generator<ShownMarkdown> {
  for (const unit of units) {
    const item = { contentType: PUBLIC_COLLECTIONS.organisationUnits.uid, documentId: unit.documentId, title: unit.name, locale };
    if (unit.functions) yield { item, field: 'functions', text: unit.functions };
    yield* chartMarkdown(unit.children, locale);
  }
}

/** The Markdown texts a page shows: a detail page's body and text blocks, the organisation chart's unit functions. */
function* shownMarkdown(page: PlannedPage): Generator<ShownMarkdown> {
  if (page.kind === 'organisation-chart') yield* chartMarkdown(page.units, page.locale);
  if (!('view' in page)) return;
  const { view } = page;
  const texts = [view.body, ...view.blocks.map((block) => block.markdown)].filter((text): text is string => Boolean(text));
  const { entry } = page;
  const contentType = PUBLIC_COLLECTIONS[SECTIONS.find((section) => section.id === page.section)!.collection].uid;
  const item = { contentType, documentId: entry.documentId, title: view.title, locale: page.locale };
  for (const text of texts) yield { item, field: fieldHolding(entry, text), text };
}

/** The path as the static server reads it, or undefined where it cannot (the release check would crash there). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

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
  const relative = decodedPath(url.pathname.slice(site.pathPrefix.length));
  if (relative === undefined) return `links to ${href}, whose path is not valid percent-encoded UTF-8`;
  if (/\.[a-z0-9]+$/i.test(relative) || planned.has(`${site.locale}/${relative}`) || planned.has(`${site.locale}/${movedPath(relative)}`)) return undefined;
  return `links to ${href}, a page this portal does not have (not published, renamed, or missing its final "/")`;
}

/**
 * Refuses a plan whose items link, in their Markdown, to pages of this portal that the plan
 * does not build: the release check would refuse the release, and this names what to correct.
 */
export function assertContentLinks(sites: readonly TenantSite[], pages: readonly PlannedPage[], redirects: readonly ReleaseRedirect[] = []): void {
  // A renamed item's previous address is served too: as a redirect to its page.
  const planned = new Set([...pages.map((page) => `${page.locale}/${page.path}`), ...redirects.map((redirect) => `${redirect.locale}/${redirect.from}`)]);
  for (const page of pages) {
    for (const { item, field, text } of shownMarkdown(page)) {
      for (const href of markdownLinks(text)) {
        const problem = ownLinkProblem(href, sites, planned);
        if (problem) throw new ContentError(item, field, problem);
      }
    }
  }
}
