import type { PagefindResultData } from '../../lib/search-record';

/** The parts of Pagefind's browser API used here (pagefind/pagefind.js, written at build time). */
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Pages holding all the words, before filters. */
  unfilteredResultCount: number;
  /** Results per facet value for the words searched, whatever filters are chosen. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  /** Adds another bundle's pages to every later search; `baseUrl` prefixes its result paths. */
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
  /** Loads every filter's values; until then, searches report no counts per filter value. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** `null` searches by filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
}

/** One portal's index in the page's language. */
export interface SearchBundle {
  /** The bundle directory, on this origin. */
  path: string;
  /** What the bundle's result paths are relative to: `/` on this host, another portal's origin. */
  baseUrl: string;
  /** The portal's tenant code, the value of its pages' portal filter. */
  portal: string;
  /**
   * Another portal's bundle may be missing (no page in this language yet, or not built yet); it
   * is looked for first, because Pagefind fails every later search after a failed merge.
   */
  mayBeMissing: boolean;
}

export interface LoadedSearch {
  pagefind: Pagefind;
  /** The portals whose bundles were found and loaded. */
  portals: string[];
}

const exists = async (bundle: SearchBundle) =>
  !bundle.mayBeMissing || fetch(`${bundle.path}pagefind-entry.json`, { method: 'HEAD' }).then((response) => response.ok, () => false);

/** Loads the first bundle found and merges the others into it; undefined when none is found. */
export async function loadPagefind(bundles: readonly SearchBundle[], withFilterCounts: boolean): Promise<LoadedSearch | undefined> {
  const found = (await Promise.all(bundles.map(async (bundle) => ((await exists(bundle)) ? [bundle] : [])))).flat();
  const [primary, ...merged] = found;
  if (!primary) return undefined;
  // The bundle lives under a language's own prefix, so its URL is only known at run time.
  const pagefind = (await import(/* @vite-ignore */ `${primary.path}pagefind.js`)) as Pagefind;
  // Records carry full paths; Pagefind's default would put the bundle's prefix in front again.
  await pagefind.options({ baseUrl: primary.baseUrl });
  for (const bundle of merged) await pagefind.mergeIndex(bundle.path, { baseUrl: bundle.baseUrl });
  if (withFilterCounts) await pagefind.filters();
  return { pagefind, portals: found.map((bundle) => bundle.portal) };
}
