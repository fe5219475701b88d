/**
 * The names of the search index's filters and sort, as the build writes them and the search page
 * asks for them. Kept apart from search-facets.ts, so the browser's search script loads these
 * names without the contract's schemas and every language's interface text.
 */

/** The content type of every indexed page. */
export const CONTENT_TYPE_FACET = 'type';
/** The tenant code of every indexed page; its labels are the portals' names, known at build time. */
export const PORTAL_FACET = 'portal';
/**
 * The bundle every indexed page is in, never offered to readers: date-sorted results are merged
 * across bundles by the search page (see scripts/search/run-search.ts).
 */
export const BUNDLE_FACET = 'bundle';
