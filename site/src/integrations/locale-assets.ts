import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * Astro writes one `_astro/` folder and one asset prefix for the whole build, but each language
 * is served from its own document root (`<out>/<locale>/`) under its own path prefix, on a host
 * that may be shared with other languages ("/" and "/en/") or not. So the build references assets
 * under this marker (Astro's `build.assetsPrefix`), and every language gets its own copy of
 * `_astro/` with the marker replaced by its public path prefix: "/en/_astro/x.css" on
 * snv.vinhlong.localhost/en/, "/_astro/x.css" on english.vinhlong.localhost. Pages get theirs as
 * they render (src/middleware.ts), the assets after the build (localizeAssets).
 */
export const ASSET_PREFIX_MARKER = '/__portal_path_prefix__';

const TEXT_FILES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

async function* textFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT_FILES.has(extname(entry.name))) yield path;
  }
}

/**
 * Gives one language's document root its copy of the shared assets, addressed under its prefix.
 * Its pages got their addresses as they were rendered (src/middleware.ts), so only `_astro/` is
 * read here, not the thousands of pages a large portal reuses from its previous build.
 */
export async function localizeAssets(outDir: string, locale: string, pathPrefix: string): Promise<void> {
  const assetsDir = join(outDir, locale, '_astro');
  try {
    await cp(join(outDir, '_astro'), assetsDir, { recursive: true, force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for await (const file of textFiles(assetsDir)) {
    const text = await readFile(file, 'utf8');
    if (text.includes(ASSET_PREFIX_MARKER)) await writeFile(file, text.replaceAll(`${ASSET_PREFIX_MARKER}/`, pathPrefix));
  }
}

/**
 * Files under `dir` that still mention the marker: each one would load assets from nowhere.
 * `alreadyRead` are left out: the caller reads those files anyway and looks for the marker itself.
 */
export async function filesWithAssetMarker(dir: string, alreadyRead: ReadonlySet<string> = new Set()): Promise<string[]> {
  const found: string[] = [];
  for await (const file of textFiles(dir)) {
    if (alreadyRead.has(file)) continue;
    if ((await readFile(file, 'utf8')).includes(ASSET_PREFIX_MARKER)) found.push(file);
  }
  return found;
}
