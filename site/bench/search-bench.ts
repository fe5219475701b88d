/**
 * Search at scale (issue 5, item 7): indexes synthetic trilingual pages with the site's own
 * pipeline (lib/search-record.ts through integrations/pagefind-index.ts, as a release build
 * does) and measures indexing time and peak memory, then bytes and latency of queries in
 * Chromium. It also builds the same pages as split indexes, one per publishing year, to show
 * what one changed page costs when only its year is rebuilt, and what merging the years costs
 * the reader.
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

const yearOf = (document: SearchDocument) => document.date.slice(0, 4);

interface LocaleFigures {
  locale: Locale;
  pages: number;
  processMs: number;
  indexMs: number;
  pagefindPeak: number;
  bundle: { bytes: number; files: number };
  years: string[];
  yearIndexMs: number[];
  yearPeak: number;
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

/** Indexes documents as a build does, measuring time and Pagefind's peak memory. */
async function measureIndexing(dir: string, locale: Locale, documents: readonly SearchDocument[]): Promise<{ ms: number; peak: number }> {
  const pid = await freshPagefind();
  const [, ms] = await timed(() => indexLanguage(dir, { locale, portal: BENCH_PORTAL }, documents));
  return { ms, peak: await peakResidentBytes(pid) };
}

async function indexLocale(locale: Locale, pages: number, seed: number): Promise<LocaleFigures> {
  const documents = syntheticDocuments(locale, pages, seed);
  const [, processMs] = await timed(async () => documents.map((document) => pagefindRecord(document, { locale, portal: BENCH_PORTAL })));

  const fullDir = join(out, 'full', locale);
  const full = await measureIndexing(fullDir, locale, documents);

  const years = [...new Set(documents.map(yearOf))].sort();
  const yearly = [];
  for (const year of years) {
    const ofYear = documents.filter((document) => yearOf(document) === year);
    yearly.push(await measureIndexing(join(out, 'split', locale, year), locale, ofYear));
  }
  return {
    locale,
    pages,
    processMs,
    indexMs: full.ms,
    pagefindPeak: full.peak,
    bundle: await directorySize(join(fullDir, PAGEFIND_DIR)),
    years,
    yearIndexMs: yearly.map((year) => year.ms),
    yearPeak: Math.max(...yearly.map((year) => year.peak)),
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

  console.log('Indexing (per language: text processing, then Pagefind building and writing the bundle)');
  for (const figure of figures) {
    const slowestYear = Math.max(...figure.yearIndexMs);
    const meanYear = figure.yearIndexMs.reduce((sum, ms) => sum + ms, 0) / figure.yearIndexMs.length;
    console.log(
      `  ${figure.locale}: ${figure.pages} pages indexed in ${seconds(figure.indexMs)} (of which text processing ${seconds(figure.processMs)}), ` +
        `Pagefind peak ${mb(figure.pagefindPeak)}, bundle ${mb(figure.bundle.bytes)} in ${figure.bundle.files} files`,
    );
    console.log(
      `      split by year (${figure.years.length} indexes): one year rebuilt in ${seconds(meanYear)} on average, ${seconds(slowestYear)} at most, ` +
        `Pagefind peak ${mb(figure.yearPeak)} for the largest year`,
    );
  }
  console.log(`  Node process peak (site code, text processing): ${mb(process.resourceUsage().maxRSS * 1024)}\n`);

  const server = await serveDirectory(out);
  try {
    console.log('Queries in Chromium (fresh profile; first query includes loading Pagefind and the index)');
    for (const figure of figures) {
      const { locale, years } = figure;
      const queries = QUERIES[locale];
      console.log(`${locale}:`);
      const bundle = `${server.origin}/full/${locale}/${PAGEFIND_DIR}/`;
      printQueries('one index', await measureQueries(server.origin, { locale, bundle, merged: [], withFilterCounts: true, queries }));
      const [first, ...rest] = years.map((year) => `${server.origin}/split/${locale}/${year}/${PAGEFIND_DIR}/`);
      printQueries(`${years.length} yearly indexes merged`, await measureQueries(server.origin, { locale, bundle: first!, merged: rest, withFilterCounts: true, queries }));
    }
  } finally {
    await server.close();
  }
}

await main();
