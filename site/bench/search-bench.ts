/**
 * Search at scale (issue 5, item 7): indexes synthetic trilingual pages with the site's own
 * pipeline (lib/search-record.ts through integrations/pagefind-index.ts, as a release build
 * does) and measures indexing time and peak memory, then bytes and latency of queries in
 * Chromium. Each language is indexed as one bundle and in bundles of consecutive years, as
 * builds do (lib/search-bundles.ts), then again with one page changed, to show what the next build
 * reuses, and what merging the bundles costs the reader.
 *
 *   cd site && pnpm bench:search [--pages 10000] [--out /tmp/search-bench]
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '@portal/contract';
import * as pagefind from 'pagefind';
import { PAGEFIND_DIR, indexLanguage, stopPagefind } from '../src/integrations/pagefind-index';
import type { SearchDocument } from '../src/lib/search-document';
import { MAX_PAGES_PER_BUNDLE, searchIndexRoot } from '../src/lib/search-bundles';
import { pagefindRecord } from '../src/lib/search-record';
import { measureQueries, type QueryFigure } from './browser-queries';
import { serveDirectory } from './bundle-server';
import { pagefindProcessIds, peakResidentBytes, resetPeak } from './process-memory';
import { syntheticDocuments } from './synthetic-pages';

const QUERIES: Record<Locale, string[]> = {
  vi: ['đà nẵng', 'nd-cp', 'chuyển đổi số', 'giao thong nong thon', '810/qd-ubnd', 'lễ hội đua ghe ngo'],
  en: ['citizens', 'digital transformation', 'decree', 'rice festival', 'hospitals'],
  km: ['អប់រំ', 'ក្រសួងអប់រំ', 'ទេសចរណ៍', 'សុខាភិបាល', 'អុំទូក'],
};

/** The synthetic pages all belong to one portal. */
const BENCH_PORTAL = 'bench';

const { values: options } = parseArgs({
  options: { pages: { type: 'string', default: '10000' }, out: { type: 'string', default: '/tmp/search-bench' } },
});
const totalPages = Number(options.pages);
const out = options.out;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function directorySize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

interface IndexingFigures {
  ms: number;
  peak: number;
  bundles: number;
  reused: number;
}

interface LocaleFigures {
  locale: Locale;
  pages: number;
  processMs: number;
  /** The whole language as one bundle, as without split indexes. */
  single: IndexingFigures & { size: { bytes: number; files: number } };
  /** A first build in bundles (nothing to reuse). */
  split: IndexingFigures & { size: { bytes: number; files: number } };
  /** The next build after one page of the latest year changed. */
  oneChanged: IndexingFigures;
}

/**
 * Starts a fresh Pagefind service process, as each release build has, and returns its id, so its
 * peak memory is that of the indexing that follows. Pagefind keeps memory it once used.
 */
async function freshPagefind(): Promise<number> {
  await stopPagefind();
  // close() returns before the process has gone.
  while ((await pagefindProcessIds()).length > 0) await sleep(50);
  const warmUp = await pagefind.createIndex({});
  await warmUp.index?.deleteIndex();
  const [pid] = await pagefindProcessIds();
  if (pid === undefined) throw new Error('Pagefind is not running');
  await resetPeak(pid);
  return pid;
}

/** Indexes a language as a release build does, measuring time and Pagefind's peak memory. */
async function measureIndexing(
  localeDir: string,
  cacheDir: string,
  locale: Locale,
  documents: readonly SearchDocument[],
  maxPagesPerBundle?: number,
): Promise<IndexingFigures> {
  const pid = await freshPagefind();
  const [summary, ms] = await timed(() => indexLanguage(localeDir, { locale, portal: BENCH_PORTAL }, documents, cacheDir, maxPagesPerBundle));
  return { ms, peak: await peakResidentBytes(pid), bundles: summary.bundles, reused: summary.reused };
}

/** The same pages with the newest one's text changed. */
function withNewestChanged(documents: readonly SearchDocument[]): SearchDocument[] {
  const newest = documents.reduce((latest, document) => (document.date > latest.date ? document : latest));
  return documents.map((document) => (document === newest ? { ...document, text: `${document.text} Cập nhật.` } : document));
}

async function indexLocale(locale: Locale, pages: number, seed: number): Promise<LocaleFigures> {
  const documents = syntheticDocuments(locale, pages, seed);
  const scope = { locale, portal: BENCH_PORTAL, bundle: `${BENCH_PORTAL}/all` };
  const [, processMs] = await timed(async () => documents.map((document) => pagefindRecord(document, scope)));

  const singleDir = join(out, 'single', locale);
  const single = await measureIndexing(singleDir, join(out, 'cache-single', locale), locale, documents, Number.POSITIVE_INFINITY);
  const splitDir = join(out, 'split', locale);
  const splitCache = join(out, 'cache-split', locale);
  const split = await measureIndexing(splitDir, splitCache, locale, documents);
  // The next build writes a new release directory, reusing what the cache holds.
  const oneChanged = await measureIndexing(join(out, 'split-next', locale), splitCache, locale, withNewestChanged(documents));
  return {
    locale,
    pages,
    processMs,
    single: { ...single, size: await directorySize(join(singleDir, PAGEFIND_DIR)) },
    split: { ...split, size: await directorySize(join(splitDir, PAGEFIND_DIR)) },
    oneChanged,
  };
}

function printQueries(title: string, figures: QueryFigure[]): void {
  console.log(`  ${title}`);
  for (const [index, figure] of figures.entries()) {
    const label = index === 0 ? 'first' : 'later';
    console.log(
      `    ${label} ${JSON.stringify(figure.query).padEnd(26)} ${kb(figure.bytes).padStart(10)} in ${String(figure.requests).padStart(3)} requests, ${figure.ms.toFixed(0).padStart(5)} ms, ${figure.results} results`,
    );
  }
}

async function main(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  const perLocale = Math.ceil(totalPages / LOCALES.length);
  console.log(`Search benchmark: ${perLocale * LOCALES.length} synthetic pages, ${perLocale} per language, into ${out}\n`);
  const figures: LocaleFigures[] = [];
  try {
    for (const [index, locale] of LOCALES.entries()) figures.push(await indexLocale(locale, perLocale, index + 1));
  } finally {
    await stopPagefind();
  }

  console.log(`Indexing (per language: text processing, then Pagefind building and writing the bundles; at most ${MAX_PAGES_PER_BUNDLE} pages a bundle)`);
  for (const { locale, pages, processMs, single, split, oneChanged } of figures) {
    console.log(
      `  ${locale}: ${pages} pages as one bundle in ${seconds(single.ms)} (of which text processing ${seconds(processMs)}), ` +
        `Pagefind peak ${mb(single.peak)}, ${mb(single.size.bytes)} in ${single.size.files} files`,
    );
    console.log(`      in ${split.bundles} bundles: ${seconds(split.ms)}, Pagefind peak ${mb(split.peak)}, ${mb(split.size.bytes)} in ${split.size.files} files`);
    console.log(
      `      next build with one page changed: ${seconds(oneChanged.ms)}, ${oneChanged.reused} of ${oneChanged.bundles} bundles reused, Pagefind peak ${mb(oneChanged.peak)}`,
    );
  }
  console.log(`  Node process peak (site code, text processing): ${mb(process.resourceUsage().maxRSS * 1024)}\n`);

  const server = await serveDirectory(out);
  try {
    console.log('Queries in Chromium (fresh profile; first query includes loading Pagefind and the index)');
    for (const { locale, split } of figures) {
      const queries = QUERIES[locale];
      console.log(`${locale}:`);
      const index = (kind: string) => [searchIndexRoot(`${server.origin}/${kind}/${locale}/${PAGEFIND_DIR}/`, '/')];
      printQueries('one bundle', await measureQueries(server.origin, { locale, indexes: index('single'), withFilterCounts: true, queries }));
      printQueries(`${split.bundles} bundles merged`, await measureQueries(server.origin, { locale, indexes: index('split'), withFilterCounts: true, queries }));
    }
  } finally {
    await server.close();
  }
}

await main();
