import { PUBLIC_COLLECTIONS, type PreviousSlug, type ReleaseRedirect } from '@portal/contract';
import type { PlannedPage } from './page-plan';
import { SECTIONS } from './sections/index';

const itemKey = (locale: string, contentType: string, documentId: string) => `${locale}/${contentType}/${documentId}`;

/**
 * The previous addresses of renamed items (their slugs before an editor changed them), each
 * leading straight to the item's present page, however often it was renamed. An address is left
 * out when the item is no longer published, when it is the item's present address again (renamed
 * back), or when a page of this release stands there: a page is never hidden behind a redirect.
 */
export function slugRedirects(pages: readonly PlannedPage[], previousSlugs: readonly PreviousSlug[]): ReleaseRedirect[] {
  const planned = new Set(pages.map((page) => `${page.locale}/${page.path}`));
  const itemPages = new Map<string, { path: string; sectionPath: string }>();
  for (const page of pages) {
    if (!('entry' in page) || !('sectionPath' in page)) continue;
    const section = SECTIONS.find((candidate) => candidate.id === page.section);
    if (section) itemPages.set(itemKey(page.locale, PUBLIC_COLLECTIONS[section.collection].uid, page.entry.documentId), { path: page.path, sectionPath: page.sectionPath });
  }
  const redirects = new Map<string, ReleaseRedirect>();
  for (const previous of previousSlugs) {
    const page = itemPages.get(itemKey(previous.locale, previous.contentType, previous.documentId));
    if (!page) continue;
    const from = `${page.sectionPath}${previous.slug}/`;
    const key = `${previous.locale}/${from}`;
    if (planned.has(key) || redirects.has(key)) continue;
    redirects.set(key, { locale: previous.locale, from, to: page.path });
  }
  return [...redirects.values()];
}
