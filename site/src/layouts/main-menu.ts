import { movedPath, publicPath, type Link, type MenuItem, type TenantSite } from '@portal/contract';
import { SITE_MAP_PATH } from '../lib/page-plan';
import { introPages } from '../lib/sections/intro-pages';
import { publicServices } from '../lib/sections/public-services';
import type { UiStrings } from '../lib/ui-strings';

/**
 * One link of a rendered menu. `current` is its aria-current value: 'page' on the page it leads
 * to, 'true' on the pages below it (its section), undefined elsewhere.
 */
export interface MenuLink {
  label: string;
  href: string;
  current: 'page' | 'true' | undefined;
}

/** Where a link to `path` stands relative to the page shown at `currentPath` (both under the language root). */
export function currentness(path: string, currentPath: string): MenuLink['current'] {
  if (path === currentPath) return 'page';
  return path !== '' && path.endsWith('/') && currentPath.startsWith(path) ? 'true' : undefined;
}

export interface MenuEntry extends MenuLink {
  children: MenuLink[];
}

/**
 * The entries TT 22/2023 requires in every portal's main menu, by their path under the language's
 * root; every portal has these pages. A tenant's own menu may list them itself, in its own order
 * and with submenus; whichever it leaves out is added here.
 */
export const REQUIRED_MENU_ENTRIES = [
  { path: '', label: 'home' },
  { path: introPages.path, label: 'about' },
  { path: publicServices.path, label: 'onlinePublicServices' },
  { path: SITE_MAP_PATH, label: 'siteMap' },
] as const satisfies ReadonlyArray<{ path: string; label: keyof UiStrings }>;

/** An in-portal CMS link at its current address: a menu made before a page moved links where it is now, not through the redirect. */
function currentUrl(url: string): string {
  const [path = ''] = url.slice(1).split(/[?#]/);
  const moved = movedPath(path);
  return moved === undefined ? url : `/${moved}${url.slice(1 + path.length)}`;
}

/** A CMS link's path under the language's root ('' for "/"), or undefined for an address elsewhere. */
export function portalPathOf(url: string): string | undefined {
  if (!url.startsWith('/')) return undefined;
  const [path = ''] = currentUrl(url).slice(1).split(/[?#]/);
  return path === '' || path.endsWith('/') || path.includes('.') ? path : `${path}/`;
}

/** A CMS link made into an href of this language's site; addresses elsewhere are kept as they are. */
export function menuLink(site: TenantSite, link: Link, currentPath: string): MenuLink {
  const path = portalPathOf(link.url);
  if (path === undefined) return { label: link.label, href: link.url, current: undefined };
  // The query or fragment of an in-portal link is kept; only the language prefix is added.
  return { label: link.label, href: publicPath(site, currentUrl(link.url)), current: currentness(path, currentPath) };
}

/**
 * The main menu of a page: the tenant's own menu (`items`, from the CMS, in the page's language)
 * with the required entries it lacks, home first and the others last, in the regulations' order.
 */
export function mainMenuEntries(site: TenantSite, currentPath: string, strings: UiStrings, items: readonly MenuItem[]): MenuEntry[] {
  const own = items.map((item) => ({
    ...menuLink(site, item, currentPath),
    children: item.children.map((child) => menuLink(site, child, currentPath)),
  }));
  const listed = new Set(items.map((item) => portalPathOf(item.url)));
  const added = (entries: ReadonlyArray<(typeof REQUIRED_MENU_ENTRIES)[number]>): MenuEntry[] =>
    entries
      .filter((entry) => !listed.has(entry.path))
      .map((entry) => ({ label: strings[entry.label], href: publicPath(site, entry.path), current: currentness(entry.path, currentPath), children: [] }));
  const [home, ...others] = REQUIRED_MENU_ENTRIES;
  return [...added([home]), ...own, ...added(others)];
}
