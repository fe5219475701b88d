import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';
import * as pagefind from 'pagefind';
import { MAX_PAGES_PER_BUNDLE, planSearchBundles, SEARCH_BUNDLES_FILE, type SearchBundleManifest } from '../lib/search-bundles';
import type { SearchDocument } from '../lib/search-document';
import { linkTree } from './link-tree';
import { pagefindRecord, type SearchIndexScope } from '../lib/search-record';

export const PAGEFIND_DIR = 'pagefind';

/** How one language's bundles were made: each newly indexed, or copied from an earlier build. */
export interface IndexingSummary {
  pages: number;
  bundles: number;
  reused: number;
}

function failIf(errors: string[], step: string, where: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step} ${where}: ${errors.join('; ')}`);
}

let pagefindPackage: Promise<string> | undefined;

/** Pagefind's package.json: a bundle made by another Pagefind version is never reused. */
const pagefindVersionStamp = () =>
  (pagefindPackage ??= readFile(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8'));

async function bundleKey(records: readonly CustomRecord[]): Promise<string> {
  return createHash('sha256').update(await pagefindVersionStamp()).update(JSON.stringify(records)).digest('hex');
}

/** Pages in a written bundle, from its entry file; undefined when there is no readable bundle. */
async function indexedPageCount(bundleDir: string): Promise<number | undefined> {
  try {
    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    return undefined;
  }
}

async function writeBundle(outputPath: string, records: readonly CustomRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  failIf(errors, 'start indexing', outputPath);
  if (!index) throw new Error(`Pagefind returned no index for ${outputPath}`);
  try {
    for (const record of records) failIf((await index.addCustomRecord(record)).errors, `index ${record.url} for`, outputPath);
    failIf((await index.writeFiles({ outputPath })).errors, 'write', outputPath);
  } finally {
    await index.deleteIndex();
  }
  // Pagefind silently leaves out a record in which it finds no word.
  const indexed = await indexedPageCount(outputPath);
  if (indexed !== records.length) throw new Error(`Pagefind indexed ${indexed ?? 0} pages into ${outputPath}, expected ${records.length}`);
}

/**
 * Keeps a bundle for later builds, linked aside then renamed: never seen half-made. Bundles are
 * written once by Pagefind and never changed in place, in the cache or in a release, so a
 * release and the cache share their files (see linkTree).
 */
async function keepInCache(bundleDir: string, cached: string): Promise<void> {
  const aside = `${cached}.tmp`;
  await rm(aside, { recursive: true, force: true });
  await linkTree(bundleDir, aside);
  await rm(cached, { recursive: true, force: true });
  await rename(aside, cached);
}

/** Drops the cached bundles this build did not use: the cache holds the latest build's only. */
async function pruneCache(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(cacheDir)) if (!used.has(entry)) await rm(join(cacheDir, entry), { recursive: true, force: true });
}

/**
 * Writes one language's search bundles into `<localeDir>/pagefind/<bundle>/` with a manifest
 * listing them (see lib/search-bundles.ts), so each language searches only itself. Pages are
 * added as custom records of processed text (lib/search-record.ts), not read from the HTML:
 * Pagefind's own reading of Vietnamese and Khmer is what the processing replaces. A bundle whose
 * records are the same as in an earlier build is linked from `cacheDir` instead of re-indexed.
 */
export async function indexLanguage(
  localeDir: string,
  scope: Omit<SearchIndexScope, 'bundle'>,
  documents: readonly SearchDocument[],
  cacheDir: string,
  maxPagesPerBundle = MAX_PAGES_PER_BUNDLE,
): Promise<IndexingSummary> {
  const root = join(localeDir, PAGEFIND_DIR);
  const cache = join(cacheDir, 'search-bundles', scope.locale);
  await mkdir(root, { recursive: true });
  await mkdir(cache, { recursive: true });
  const manifest: SearchBundleManifest = { bundles: [] };
  const used = new Set<string>();
  let reused = 0;
  for (const bundle of planSearchBundles(documents, maxPagesPerBundle)) {
    const filter = `${scope.portal}/${bundle.id}`;
    const records = bundle.documents.map((document) => pagefindRecord(document, { ...scope, bundle: filter }));
    const key = await bundleKey(records);
    const cached = join(cache, key);
    const outputPath = join(root, bundle.id);
    used.add(key);
    if ((await indexedPageCount(cached)) === records.length) {
      await linkTree(cached, outputPath);
      reused += 1;
    } else {
      await writeBundle(outputPath, records);
      await keepInCache(outputPath, cached);
    }
    manifest.bundles.push({ dir: bundle.id, filter });
  }
  await writeFile(join(root, SEARCH_BUNDLES_FILE), `${JSON.stringify(manifest)}\n`);
  await pruneCache(cache, used);
  return { pages: documents.length, bundles: manifest.bundles.length, reused };
}

/** Stops Pagefind's background process, which would otherwise keep the build running. */
export async function stopPagefind(): Promise<void> {
  await pagefind.close();
}
