import type { SearchBundleManifest, SearchIndexRoot } from '../../lib/search-bundles';
import type { PagefindResultData } from '../../lib/search-record';

/** The parts of Pagefind's browser API used here (`pagefind/<bundle>/pagefind.js`, written at build time). */
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

interface Bundle {
  path: string;
  baseUrl: string;
  filter: string;
}

export interface LoadedSearch {
  pagefind: Pagefind;
  /** The bundle filter value of every bundle loaded (see lib/search-bundles.ts). */
  bundles: string[];
  /** Pages per filter value in all the bundles; empty unless asked for. */
  filterCounts: Record<string, Record<string, number>>;
}

/**
 * A portal's bundles, from its manifest, read afresh: a stale one could name bundles a newer
 * release no longer has, and Pagefind fails every later search after a failed merge. None when
 * the portal has no index in this language (no page yet, or not built yet) or it cannot be read.
 */
async function bundlesOf(root: SearchIndexRoot): Promise<Bundle[]> {
  try {
    const response = await fetch(root.manifest, { cache: 'no-cache' });
    if (!response.ok) return [];
    const manifest = (await response.json()) as SearchBundleManifest;
    return manifest.bundles.map((bundle) => ({ path: `${root.path}${bundle.dir}/`, baseUrl: root.baseUrl, filter: bundle.filter }));
  } catch {
    return [];
  }
}

/** Loads the first bundle found and merges all the others into it; undefined when there is none. */
export async function loadPagefind(roots: readonly SearchIndexRoot[], withFilterCounts: boolean): Promise<LoadedSearch | undefined> {
  const bundles = (await Promise.all(roots.map(bundlesOf))).flat();
  const [primary, ...merged] = bundles;
  if (!primary) return undefined;
  // The bundle lives under a language's own prefix, so its URL is only known at run time.
  const pagefind = (await import(/* @vite-ignore */ `${primary.path}pagefind.js`)) as Pagefind;
  // Records carry full paths; Pagefind's default would put the bundle's prefix in front again.
  await pagefind.options({ baseUrl: primary.baseUrl });
  for (const bundle of merged) await pagefind.mergeIndex(bundle.path, { baseUrl: bundle.baseUrl });
  const filterCounts = withFilterCounts ? await pagefind.filters() : {};
  return { pagefind, bundles: bundles.map((bundle) => bundle.filter), filterCounts };
}
