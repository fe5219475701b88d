import type { SearchDocument } from './search-document';

/** The file in each language's `pagefind/` directory that lists its bundles for the search page. */
export const SEARCH_BUNDLES_FILE = 'bundles.json';

/**
 * A language's pages are indexed as several Pagefind bundles, each holding consecutive publishing
 * years, so that a changed page re-indexes its bundle only and Pagefind's memory stays bounded
 * (Khmer needs about 0.9 GB per 1,000 pages). Each bundle costs the reader's first query a few
 * requests more; a small portal keeps a single bundle (figures: bench/search-bench.ts).
 */
export const MAX_PAGES_PER_BUNDLE = 2000;

export interface PlannedBundle {
  /** Its directory under `pagefind/`: its year or first and last years, or a part of a year (`2026.2`). */
  id: string;
  documents: SearchDocument[];
}

/** What the search page reads of a language's bundles. */
export interface SearchBundleManifest {
  /** Each bundle's directory under `pagefind/`, and the value of its pages' bundle filter. */
  bundles: Array<{ dir: string; filter: string }>;
}

/** A portal's search index in one language, as the search page loads it. */
export interface SearchIndexRoot {
  /** Its `pagefind/` directory, on this origin. */
  path: string;
  /** Its bundles' manifest, whose directories are relative to `path`. */
  manifest: string;
  /** What its result paths are relative to: `/` on this host, another portal's origin. */
  baseUrl: string;
}

export const searchIndexRoot = (path: string, baseUrl: string): SearchIndexRoot => ({ path, manifest: `${path}${SEARCH_BUNDLES_FILE}`, baseUrl });

const byDateThenUrl = (a: SearchDocument, b: SearchDocument) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? -1 : 1);

/**
 * Groups the pages by year, oldest first, filling each bundle with whole years up to `maxPages`.
 * A year with more pages (a big portal, or a whole archive imported at once) is cut into parts of
 * `maxPages` in date order. New pages land at the end of the latest year, so the earlier bundles
 * keep their pages from one build to the next and can be reused.
 */
export function planSearchBundles(documents: readonly SearchDocument[], maxPages = MAX_PAGES_PER_BUNDLE): PlannedBundle[] {
  const byYear = new Map<string, SearchDocument[]>();
  for (const document of [...documents].sort(byDateThenUrl)) {
    const year = document.date.slice(0, 4);
    const pages = byYear.get(year) ?? [];
    pages.push(document);
    byYear.set(year, pages);
  }
  const bundles: PlannedBundle[] = [];
  // The bundle of whole years still being filled.
  let open: { first: string; last: string; documents: SearchDocument[] } | undefined;
  const close = () => {
    if (open) bundles.push({ id: open.first === open.last ? open.first : `${open.first}-${open.last}`, documents: open.documents });
    open = undefined;
  };
  for (const [year, pages] of byYear) {
    if (pages.length > maxPages) {
      close();
      for (let start = 0, part = 1; start < pages.length; start += maxPages, part += 1) {
        bundles.push({ id: `${year}.${part}`, documents: pages.slice(start, start + maxPages) });
      }
    } else if (open && open.documents.length + pages.length <= maxPages) {
      open.last = year;
      open.documents.push(...pages);
    } else {
      close();
      open = { first: year, last: year, documents: [...pages] };
    }
  }
  close();
  return bundles;
}
