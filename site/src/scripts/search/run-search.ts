import type { QueryWord } from '@portal/search-text';
import type { PagefindResultData } from '../../lib/search-record';
import type { LoadedSearch, Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-api';

/** Results handed out in batches, in the order the reader asked for. */
export interface ResultFeed {
  readonly count: number;
  readonly remaining: number;
  next(size: number): Promise<PagefindResultData[]>;
}

export type SearchOutcome =
  | { kind: 'missing'; missing: QueryWord[] }
  | { kind: 'found'; results: ResultFeed; facetCounts: Record<string, Record<string, number>> };

export interface SearchFields {
  /** A filter every indexed page has. */
  everyPage: string;
  /** The filter naming each page's bundle. */
  bundle: string;
  /** A result's date, as it sorts. */
  dateOf: (data: PagefindResultData) => string;
}

// No page has this value: Pagefind then counts the pages holding a word without ranking them,
// about ten times faster than a search (see bench/search-bench.ts).
const NO_PAGE = '\u0000';

async function isFound(pagefind: Pagefind, word: QueryWord, everyPageFacet: string): Promise<boolean> {
  const counts = await Promise.all(
    word.terms.map(async (term) => (await pagefind.search(term, { filters: { [everyPageFacet]: NO_PAGE } }))?.unfilteredResultCount ?? 0),
  );
  return counts.every((count) => count > 0);
}

function feedInOrder(results: readonly PagefindResult[]): ResultFeed {
  let position = 0;
  return {
    count: results.length,
    get remaining() {
      return results.length - position;
    },
    async next(size) {
      const batch = results.slice(position, position + size);
      position += batch.length;
      return Promise.all(batch.map((result) => result.data()));
    },
  };
}

/** Lists each in date order, merged into one: only the head of each list is read at a time. */
function feedMergedByDate(lists: readonly PagefindResult[][], order: 'asc' | 'desc', dateOf: SearchFields['dateOf']): ResultFeed {
  const queues = lists.map((list) => [...list]);
  const read = new Map<PagefindResult, Promise<PagefindResultData>>();
  const dataOf = (result: PagefindResult) => read.get(result) ?? read.set(result, result.data()).get(result)!;
  const comesFirst = (a: string, b: string) => (order === 'asc' ? a < b : a > b);
  const count = lists.reduce((sum, list) => sum + list.length, 0);
  let taken = 0;
  return {
    count,
    get remaining() {
      return count - taken;
    },
    async next(size) {
      const batch: PagefindResultData[] = [];
      while (batch.length < size && taken < count) {
        const heads = await Promise.all(queues.map(async (queue) => (queue[0] ? dateOf(await dataOf(queue[0])) : undefined)));
        let best = -1;
        for (const [index, date] of heads.entries()) if (date !== undefined && (best < 0 || comesFirst(date, heads[best]!))) best = index;
        batch.push(await dataOf(queues[best]!.shift()!));
        taken += 1;
      }
      return batch;
    },
  };
}

/**
 * Searches for all the words, or says which were not found. Pagefind drops a word with no match
 * from a query without a trace and answers for the others, which would show pages that lack a
 * word the reader asked for; so each word is looked up on its own first.
 */
export async function runSearch(
  { pagefind, bundles, filterCounts }: LoadedSearch,
  words: readonly QueryWord[],
  options: PagefindSearchOptions,
  fields: SearchFields,
): Promise<SearchOutcome> {
  const found = await Promise.all(words.map((word) => isFound(pagefind, word, fields.everyPage)));
  const missing = words.filter((_, index) => !found[index]);
  if (missing.length > 0) return { kind: 'missing', missing };
  const terms = words.flatMap((word) => word.terms);
  const query = terms.length > 0 ? terms.join(' ') : null;
  const search = await pagefind.search(query, options);
  // Pagefind counts nothing per filter value for a search without words: every page counts then.
  const facetCounts = query === null ? filterCounts : (search?.totalFilters ?? {});
  const [order] = Object.values(options.sort ?? {});
  if (!order || bundles.length < 2) return { kind: 'found', results: feedInOrder(search?.results ?? []), facetCounts };
  // Pagefind orders merged bundles' results by score, and a sorted search scores a page by its
  // place in its own bundle: each bundle is searched on its own and the lists merged by date.
  const lists = await Promise.all(
    bundles.map(async (bundle) => (await pagefind.search(query, { ...options, filters: { ...options.filters, [fields.bundle]: bundle } }))?.results ?? []),
  );
  return { kind: 'found', results: feedMergedByDate(lists, order, fields.dateOf), facetCounts };
}
