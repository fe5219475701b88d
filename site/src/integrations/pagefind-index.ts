import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../lib/search-document';
import { pagefindRecord, type SearchIndexScope } from '../lib/search-record';

export const PAGEFIND_DIR = 'pagefind';

function failIf(errors: string[], step: string, localeDir: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step} ${localeDir}: ${errors.join('; ')}`);
}

/**
 * Writes one language's own search bundle into `<localeDir>/pagefind/`, so each language searches
 * only itself and the bundle sits under that language's prefix. Pages are added as custom records
 * of processed text (see lib/search-record.ts), not read from the HTML: Pagefind's own reading of
 * Vietnamese and Khmer is what the processing replaces.
 */
export async function indexLanguage(localeDir: string, scope: SearchIndexScope, documents: readonly SearchDocument[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  failIf(errors, 'start indexing', localeDir);
  if (!index) throw new Error(`Pagefind returned no index for ${localeDir}`);
  try {
    for (const document of documents) {
      const added = await index.addCustomRecord(pagefindRecord(document, scope));
      failIf(added.errors, `index ${document.url} of`, localeDir);
    }
    const outputPath = join(localeDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    failIf(written.errors, 'write the index of', localeDir);
    // Pagefind silently leaves out a record in which it finds no word.
    const indexed = await indexedPageCount(outputPath);
    if (indexed !== documents.length) throw new Error(`Pagefind indexed ${indexed} pages of ${localeDir}, expected ${documents.length}`);
  } finally {
    await index.deleteIndex();
  }
}

/** Pages in the written bundle, from its entry file. */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Stops Pagefind's background process, which would otherwise keep the build running. */
export async function stopPagefind(): Promise<void> {
  await pagefind.close();
}
