import { isLocale, type Locale } from './locales.js';
import { tenantCodeSchema } from './tenant.js';

/**
 * Every portal's search index (per language, a directory of Pagefind bundles and their manifest)
 * is also served under every portal host at this path, so the main portal's search page can merge
 * the component portals' bundles from its own origin: the portals' CSP allows 'self' only.
 */
export const SEARCH_NETWORK_PREFIX = '/_portal-search/';

export function searchBundlePath(tenantCode: string, locale: Locale): string {
  return `${SEARCH_NETWORK_PREFIX}${tenantCode}/${locale}/`;
}

/** The tenant, language and file a search-network path asks for; undefined when it is not one. */
export function parseSearchBundlePath(path: string): { tenantCode: string; locale: Locale; file: string } | undefined {
  if (!path.startsWith(SEARCH_NETWORK_PREFIX)) return undefined;
  const [tenantCode = '', locale = '', ...rest] = path.slice(SEARCH_NETWORK_PREFIX.length).split('/');
  if (!tenantCodeSchema.safeParse(tenantCode).success || !isLocale(locale)) return undefined;
  return { tenantCode, locale, file: rest.join('/') };
}
