import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import type { Locale } from '@portal/contract';
import { queryWords, type QueryWord } from '@portal/search-text';
import { chromium, type Request } from 'playwright-core';
import { CONTENT_TYPE_FACET } from '../src/lib/search-facets';

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
  /** The bundle searched, and bundles merged into it (split indexes). */
  bundle: string;
  merged: string[];
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
  api: { loadPagefind(bundle: string, withFilterCounts: boolean): Promise<PageSidePagefind> };
  run: {
    runSearch(pagefind: PageSidePagefind, words: QueryWord[], options: object, everyPageFacet: string): Promise<{ results?: Array<{ data(): Promise<unknown> }> }>;
  };
  pagefind?: PageSidePagefind;
}
interface PageSidePagefind {
  mergeIndex(bundle: string): Promise<void>;
  filters(): Promise<unknown>;
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
        async ({ bundle, merged, withFilterCounts, words, everyPageFacet }) => {
          const bench = (globalThis as unknown as { bench: PageSide }).bench;
          const start = performance.now();
          if (!bench.pagefind) {
            const pagefind = await bench.api.loadPagefind(bundle, false);
            for (const other of merged) await pagefind.mergeIndex(other);
            if (withFilterCounts) await pagefind.filters();
            bench.pagefind = pagefind;
          }
          const outcome = await bench.run.runSearch(bench.pagefind, words, {}, everyPageFacet);
          const results = outcome.results ?? [];
          await Promise.all(results.slice(0, 10).map((result) => result.data()));
          return { ms: performance.now() - start, results: results.length };
        },
        { bundle: search.bundle, merged: search.merged, withFilterCounts: search.withFilterCounts, words, everyPageFacet: CONTENT_TYPE_FACET },
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
