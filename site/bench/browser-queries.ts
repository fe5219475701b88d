import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import type { Locale } from '@portal/contract';
import { queryWords, type QueryWord } from '@portal/search-text';
import { chromium, type Request } from 'playwright-core';
import type { SearchIndexRoot } from '../src/lib/search-bundles';
import { BUNDLE_FACET, CONTENT_TYPE_FACET } from '../src/lib/search-fields';

export interface QueryFigure {
  query: string;
  /** Bytes on the wire for this query: response bodies as sent, and headers. */
  bytes: number;
  requests: number;
  ms: number;
  results: number;
}

export interface BrowserSearch {
  locale: Locale;
  /** The indexes searched, as the search page finds them (see scripts/search/pagefind-api.ts). */
  indexes: SearchIndexRoot[];
  withFilterCounts: boolean;
  queries: string[];
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The search page's own modules, as the browser runs them: their imports are types only. */
async function searchModules(): Promise<{ api: string; run: string }> {
  const source = (name: string) => readFile(new URL(`../src/scripts/search/${name}`, import.meta.url), 'utf8');
  return { api: stripTypeScriptTypes(await source('pagefind-api.ts')), run: stripTypeScriptTypes(await source('run-search.ts')) };
}

interface PageSide {
  api: { loadPagefind(bundles: object[], withFilterCounts: boolean): Promise<object> };
  run: {
    runSearch(search: object, words: QueryWord[], options: object, fields: object): Promise<{ results?: { count: number; next(size: number): Promise<unknown[]> } }>;
  };
  search?: object;
}

/**
 * Runs queries one after another in a fresh Chromium profile, as the search page does them (each
 * word alone, then all together, then the first 10 results' data), and measures each: the first
 * pays for loading Pagefind and the index, later ones only for what they add.
 */
export async function measureQueries(origin: string, search: BrowserSearch): Promise<QueryFigure[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const finished: Request[] = [];
    page.on('requestfinished', (request) => finished.push(request));
    await page.goto(`${origin}/`);
    await page.evaluate(async (modules) => {
      const load = (code: string) => import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      (globalThis as unknown as { bench: PageSide }).bench = { api: await load(modules.api), run: await load(modules.run) };
    }, await searchModules());

    const figures: QueryFigure[] = [];
    for (const query of search.queries) {
      finished.length = 0;
      const words = queryWords(query, search.locale);
      const answer = await page.evaluate(
        async ({ indexes, withFilterCounts, words, everyPageFacet, bundleFacet }) => {
          const bench = (globalThis as unknown as { bench: PageSide }).bench;
          const start = performance.now();
          bench.search ??= await bench.api.loadPagefind(indexes, withFilterCounts);
          // Queries are ranked by relevance, so results are never ordered by date.
          const fields = { everyPage: everyPageFacet, bundle: bundleFacet, dateOf: () => '' };
          const outcome = await bench.run.runSearch(bench.search, words, {}, fields);
          await outcome.results?.next(10);
          return { ms: performance.now() - start, results: outcome.results?.count ?? 0 };
        },
        {
          indexes: search.indexes,
          withFilterCounts: search.withFilterCounts,
          words,
          everyPageFacet: CONTENT_TYPE_FACET,
          bundleFacet: BUNDLE_FACET,
        },
      );
      const sizes = await Promise.all(finished.map((request) => request.sizes()));
      const bytes = sizes.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0);
      figures.push({ query, bytes, requests: finished.length, ...answer });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
