import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSET_PREFIX_MARKER, filesWithAssetMarker, localizeAssets } from '../src/integrations/locale-assets';

async function astroOutput(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'portal-assets-'));
  await mkdir(join(outDir, '_astro'));
  await writeFile(join(outDir, '_astro', 'page.css'), `body{background:url(${ASSET_PREFIX_MARKER}/_astro/bg.png)}`);
  await writeFile(join(outDir, '_astro', 'bg.png'), 'png');
  for (const locale of ['vi', 'en']) {
    await mkdir(join(outDir, locale, 'articles'), { recursive: true });
    await writeFile(join(outDir, locale, 'articles', 'index.html'), `<link rel="stylesheet" href="${ASSET_PREFIX_MARKER}/_astro/page.css">`);
  }
  return outDir;
}

describe('localizeAssets', () => {
  it('gives each language its own assets, addressed under its own prefix, and leaves the pages to the render', async () => {
    const outDir = await astroOutput();
    await localizeAssets(outDir, 'vi', '/');
    await localizeAssets(outDir, 'en', '/en/');

    expect(await readFile(join(outDir, 'vi', '_astro', 'page.css'), 'utf8')).toBe('body{background:url(/_astro/bg.png)}');
    expect(await readFile(join(outDir, 'en', '_astro', 'page.css'), 'utf8')).toBe('body{background:url(/en/_astro/bg.png)}');
    expect(await readFile(join(outDir, 'en', '_astro', 'bg.png'), 'utf8')).toBe('png');
    // A page still holding the marker (its render skipped the middleware) is found, not fixed silently.
    const page = join(outDir, 'en', 'articles', 'index.html');
    expect(await readFile(page, 'utf8')).toBe(`<link rel="stylesheet" href="${ASSET_PREFIX_MARKER}/_astro/page.css">`);
    expect(await filesWithAssetMarker(join(outDir, 'en'))).toEqual([page]);
    expect(await filesWithAssetMarker(join(outDir, 'en'), new Set([page]))).toEqual([]);
    expect(await filesWithAssetMarker(outDir)).toContain(join(outDir, '_astro', 'page.css'));
  });

  it('works when the build emitted no assets at all', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'portal-assets-'));
    await mkdir(join(outDir, 'vi'));
    await writeFile(join(outDir, 'vi', 'index.html'), '<p>x</p>');
    await expect(localizeAssets(outDir, 'vi', '/')).resolves.toBeUndefined();
  });
});
