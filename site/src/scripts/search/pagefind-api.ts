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
  /** Loads every filter's values; until then, searches report no counts per filter value. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** `null` searches by filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
}

export async function loadPagefind(bundle: string, withFilterCounts: boolean): Promise<Pagefind> {
  // The bundle lives under this language's own prefix, so its URL is only known at run time.
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Records carry full paths; Pagefind's default would put the bundle's prefix in front again.
  await pagefind.options({ baseUrl: '/' });
  if (withFilterCounts) await pagefind.filters();
  return pagefind;
}
