import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexLanguage, stopPagefind } from '../src/integrations/pagefind-index';
import type { SearchDocument } from '../src/lib/search-document';

// The real Pagefind, writing real bundles: what a release build does for one language.
const page = (slug: string, year: number, text = 'Ủy ban nhân dân tỉnh họp bàn chuyển đổi số'): SearchDocument => ({
  url: `/tin-tuc/${slug}/`,
  title: `Tin ${slug}`,
  text,
  date: `${year}-05-01T00:00:00.000Z`,
  facets: { type: ['news'] },
});
const PAGES = [page('a', 2023), page('b', 2023), page('c', 2024), page('d', 2025), page('e', 2025)];
const scope = { locale: 'vi', portal: 'snv' } as const;

const manifestOf = async (localeDir: string) => JSON.parse(await readFile(join(localeDir, 'pagefind', 'bundles.json'), 'utf8')) as unknown;
const pageCount = async (bundleDir: string) =>
  Object.values((JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages)[0]!
    .page_count;

describe('indexLanguage', () => {
  afterAll(() => stopPagefind());

  it('writes a bundle per group of years with a manifest, and reuses the unchanged ones in the next build', async () => {
    const work = await mkdtemp(join(tmpdir(), 'pagefind-index-'));
    const cache = join(work, 'cache');

    const first = await indexLanguage(join(work, 'build-1'), scope, PAGES, cache, 2);
    expect(first).toEqual({ pages: 5, bundles: 3, reused: 0 });
    expect(await manifestOf(join(work, 'build-1'))).toEqual({
      bundles: [
        { dir: '2023', filter: 'snv/2023' },
        { dir: '2024', filter: 'snv/2024' },
        { dir: '2025', filter: 'snv/2025' },
      ],
    });
    expect(await pageCount(join(work, 'build-1', 'pagefind', '2025'))).toBe(2);

    const changed = PAGES.map((document) => (document.url === '/tin-tuc/e/' ? { ...document, text: `${document.text} (đã sửa)` } : document));
    const second = await indexLanguage(join(work, 'build-2'), scope, changed, cache, 2);
    expect(second).toEqual({ pages: 5, bundles: 3, reused: 2 });
    expect(await readdir(join(work, 'build-2', 'pagefind'))).toEqual(expect.arrayContaining(['2023', '2024', '2025', 'bundles.json']));
    // A reused bundle is the first build's files, linked, not copied byte by byte.
    const entryOf = async (build: string, bundle: string) => (await stat(join(work, build, 'pagefind', bundle, 'pagefind-entry.json'))).ino;
    expect(await entryOf('build-2', '2023')).toBe(await entryOf('build-1', '2023'));
    expect(await entryOf('build-2', '2025')).not.toBe(await entryOf('build-1', '2025'));
    // The cache keeps the latest build's bundles only.
    expect(await readdir(join(cache, 'search-bundles', 'vi'))).toHaveLength(3);
  });

  it('writes an empty manifest for a language with nothing to search', async () => {
    const work = await mkdtemp(join(tmpdir(), 'pagefind-index-'));
    expect(await indexLanguage(join(work, 'build'), scope, [], join(work, 'cache'))).toEqual({ pages: 0, bundles: 0, reused: 0 });
    expect(await manifestOf(join(work, 'build'))).toEqual({ bundles: [] });
  });

  it('refuses a page Pagefind would silently leave out, rather than publish an index without it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'pagefind-index-'));
    const wordless = { ...page('f', 2025, '…'), title: '…' };
    await expect(indexLanguage(join(work, 'build'), scope, [page('g', 2025), wordless], join(work, 'cache'))).rejects.toThrow(/indexed 1 pages .* expected 2/);
  });
});
