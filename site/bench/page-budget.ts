/**
 * Page weight per page kind (issue 4, item 9): loads one page of every kind of a built release in
 * Chromium with a cold cache and adds up what it transferred, by type (HTML, CSS, JS, fonts,
 * images, other), raw and as gzip would send it, then checks the targets: an article page within
 * 60 KB without images and fonts, and at most 20 KB of JavaScript on every page but search.
 *
 *   cd site && pnpm bench:budget [--release ../var/sites/snv/current] [--locale vi]
 *
 * The release is any built portal (`npm start` keeps the demo's under var/sites/<tenant>/current).
 * Files are served as production serves them: compressed as infra/nginx/portal.conf configures
 * (gzip on, nginx's default level 1, for HTML, CSS, JavaScript, JSON and XML), so "gzip" is what
 * crosses the wire there, "raw" what the browser unpacks. Exits non-zero when a target is missed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { RELEASE_MANIFEST_FILE, releaseManifestSchema, type Locale } from '@portal/contract';
import { chromium } from 'playwright-core';

const KB = 1024;
const ARTICLE_BUDGET_BYTES = 60 * KB;
const SCRIPT_BUDGET_BYTES = 20 * KB;
/** Search runs Pagefind in the page: its JavaScript and WebAssembly are outside the script budget. */
const SEARCH_KIND = 'search';
const ARTICLE_KIND = 'article';

const CATEGORIES = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
type Category = (typeof CATEGORIES)[number];
const CATEGORY_OF: Record<string, Category> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
};
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const GZIPPED = new Set(['.html', '.css', '.js', '.json', '.xml']);

const { values: options } = parseArgs({
  options: { release: { type: 'string', default: '../var/sites/snv/current' }, locale: { type: 'string' } },
});

type Sizes = Record<Category, { raw: number; gzip: number }>;
const emptySizes = (): Sizes => Object.fromEntries(CATEGORIES.map((category) => [category, { raw: 0, gzip: 0 }])) as Sizes;

/** Serves one language's document root under its public path prefix, compressed as nginx does. */
async function serveLanguage(root: string, pathPrefix: string) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
    if (!pathname.startsWith(pathPrefix)) return void response.writeHead(404).end();
    let path = normalize(pathname.slice(pathPrefix.length - 1));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(root, path));
      const type = extname(path);
      const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[type] ?? 'application/octet-stream' };
      if (GZIPPED.has(type)) headers['content-encoding'] = 'gzip';
      response.writeHead(200, headers).end(GZIPPED.has(type) ? gzipSync(body, { level: 1 }) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The first page of every kind in a language's document root, by `<body data-page-kind>`. */
async function pageOfEachKind(root: string): Promise<Map<string, string>> {
  const byKind = new Map<string, string>();
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
  for (const file of files) {
    const kind = /<body[^>]*\sdata-page-kind="([^"]+)"/.exec(await readFile(join(root, file), 'utf8'))?.[1];
    if (kind && !byKind.has(kind)) byKind.set(kind, file.replace(/(^|\/)index\.html$/, '$1'));
  }
  return byKind;
}

const sizeOf = (bytes: number) => (bytes / KB).toFixed(1);

async function main(): Promise<void> {
  const release = options.release!;
  const manifest = releaseManifestSchema.parse(JSON.parse(await readFile(join(release, RELEASE_MANIFEST_FILE), 'utf8')));
  const sites = manifest.sites.filter((site) => !options.locale || site.locale === (options.locale as Locale));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures: string[] = [];
  const rows: string[][] = [];
  try {
    for (const site of sites) {
      const root = join(release, site.locale);
      const server = await serveLanguage(root, site.pathPrefix);
      for (const [kind, path] of await pageOfEachKind(root)) {
        // A fresh context: nothing cached, as for a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        const sizes = emptySizes();
        const pending: Promise<void>[] = [];
        page.on('response', (response) => {
          pending.push(
            response.body().then(
              (body) => {
                const type = extname(new URL(response.url()).pathname) || '.html';
                const category = response.request().resourceType() === 'document' ? 'html' : (CATEGORY_OF[type] ?? 'other');
                sizes[category].raw += body.length;
                sizes[category].gzip += GZIPPED.has(type) ? gzipSync(body, { level: 1 }).length : body.length;
              },
              () => undefined,
            ),
          );
        });
        const address = `${server.origin}${site.pathPrefix}${kind === SEARCH_KIND ? `${path}?q=a` : path}`;
        await page.goto(address, { waitUntil: 'networkidle' });
        await Promise.all(pending);
        await context.close();

        const withoutMedia = sizes.html.gzip + sizes.css.gzip + sizes.js.gzip + sizes.other.gzip;
        const checks: string[] = [];
        if (kind === ARTICLE_KIND) {
          const pass = withoutMedia <= ARTICLE_BUDGET_BYTES;
          checks.push(`page ≤ 60 KB: ${pass ? 'pass' : 'FAIL'}`);
          if (!pass) failures.push(`${site.locale} ${kind}: ${sizeOf(withoutMedia)} KB without images and fonts`);
        }
        if (kind !== SEARCH_KIND) {
          const pass = sizes.js.gzip <= SCRIPT_BUDGET_BYTES;
          checks.push(`JS ≤ 20 KB: ${pass ? 'pass' : 'FAIL'}`);
          if (!pass) failures.push(`${site.locale} ${kind}: ${sizeOf(sizes.js.gzip)} KB of JavaScript`);
        }
        rows.push([
          site.locale,
          kind,
          ...CATEGORIES.map((category) => `${sizeOf(sizes[category].gzip)} / ${sizeOf(sizes[category].raw)}`),
          sizeOf(withoutMedia),
          checks.join(', ') || '–',
        ]);
      }
      await server.close();
    }
  } finally {
    await browser.close();
  }

  const header = ['lang', 'page kind', ...CATEGORIES.map((category) => `${category} gz / raw`), 'no img+font gz', 'targets'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(`Bytes transferred per page kind, KB (gzip level 1 as nginx sends it / raw), cold cache: ${release}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (failures.length > 0) {
    console.log(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery page kind is within its budget.');
  }
}

await main();
