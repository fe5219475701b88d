import type { QueryWord } from '@portal/search-text';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-api';

export type SearchOutcome =
  | { kind: 'missing'; missing: QueryWord[] }
  | { kind: 'found'; results: PagefindResult[]; facetCounts: Record<string, Record<string, number>> };

// No page has this value: Pagefind then counts the pages holding a word without ranking them,
// about ten times faster than a search (see bench/search-bench.ts).
const NO_PAGE = '\u0000';

async function isFound(pagefind: Pagefind, word: QueryWord, everyPageFacet: string): Promise<boolean> {
  const counts = await Promise.all(
    word.terms.map(async (term) => (await pagefind.search(term, { filters: { [everyPageFacet]: NO_PAGE } }))?.unfilteredResultCount ?? 0),
  );
  return counts.every((count) => count > 0);
}

/**
 * Searches for all the words, or says which were not found. Pagefind drops a word with no match
 * from a query without a trace and answers for the others, which would show pages that lack a
 * word the reader asked for; so each word is looked up on its own first. `everyPageFacet` is a
 * filter every indexed page has.
 */
export async function runSearch(
  pagefind: Pagefind,
  words: readonly QueryWord[],
  options: PagefindSearchOptions,
  everyPageFacet: string,
): Promise<SearchOutcome> {
  const found = await Promise.all(words.map((word) => isFound(pagefind, word, everyPageFacet)));
  const missing = words.filter((_, index) => !found[index]);
  if (missing.length > 0) return { kind: 'missing', missing };
  const terms = words.flatMap((word) => word.terms);
  const search = await pagefind.search(terms.length > 0 ? terms.join(' ') : null, options);
  return { kind: 'found', results: search?.results ?? [], facetCounts: search?.totalFilters ?? {} };
}
