import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const PAGEFIND_DIR = 'pagefind';

function failIf(errors: string[], step: string, localeDir: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step} ${localeDir}: ${errors.join('; ')}`);
}

/**
 * Writes one language's own search bundle into `<localeDir>/pagefind/`, so each language searches
 * only itself and the bundle sits under that language's prefix. Only pages marked
 * `data-pagefind-body` are indexed, and there must be exactly `searchablePages` of them.
 */
export async function indexLanguage(localeDir: string, searchablePages: number): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  failIf(errors, 'start indexing', localeDir);
  if (!index) throw new Error(`Pagefind returned no index for ${localeDir}`);
  try {
    // Without a single data-pagefind-body page Pagefind would index every page whole, menus and
    // all; an empty index is the truthful one for a language with no articles yet.
    if (searchablePages > 0) {
      const added = await index.addDirectory({ path: localeDir });
      failIf(added.errors, 'index', localeDir);
    }
    const outputPath = join(localeDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    failIf(written.errors, 'write the index of', localeDir);
    const indexed = await indexedPageCount(outputPath);
    if (indexed !== searchablePages) {
      throw new Error(`Pagefind indexed ${indexed} pages of ${localeDir}, expected the ${searchablePages} marked data-pagefind-body`);
    }
  } finally {
    await index.deleteIndex();
  }
}

/** Pages in the written bundle, from its entry file (addDirectory counts every HTML file it read). */
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
