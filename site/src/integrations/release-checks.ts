import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import {
  LOCALE_TAGS,
  RELEASE_MANIFEST_FILE,
  matchRoute,
  movedPath,
  releaseManifestSchema,
  type SiteRoute,
  type TenantSite,
} from '@portal/contract';
import { ASSET_PREFIX_MARKER, filesWithAssetMarker } from './locale-assets';
import { articles } from '../lib/sections/articles';
import { SEARCH_BUNDLES_FILE, type SearchBundleManifest } from '../lib/search-bundles';
import { PAGEFIND_DIR } from './pagefind-index';
import { SITEMAP_INDEX_FILE } from './sitemaps';

/** What every language's document root must hold for the static server and the public. */
export const REQUIRED_LOCALE_FILES = [
  'index.html',
  `${articles.path}index.html`,
  'search/index.html',
  '404.html',
  `${PAGEFIND_DIR}/${SEARCH_BUNDLES_FILE}`,
  SITEMAP_INDEX_FILE,
  'robots.txt',
];

const exists = (path: string) => stat(path).then((info) => info.isFile(), () => false);

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * The file a public URL is answered with, following the static server's rules, or undefined.
 * A link may lead there through a permanent redirect (`followMoved`); a sitemap may not.
 */
async function fileServing(releaseDir: string, routes: readonly SiteRoute[], url: URL, followMoved = false): Promise<string | undefined> {
  const route = matchRoute(routes, url.hostname, url.pathname);
  if (!route) return undefined;
  const requested = decodeURIComponent(url.pathname.slice(route.pathPrefix.length));
  const relative = (followMoved ? movedPath(requested) : undefined) ?? requested;
  const file = join(releaseDir, route.locale, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  return (await exists(file)) ? file : undefined;
}

/** Every bundle the search manifest lists must be there for the search page to load it. */
async function searchBundleProblems(localeDir: string, locale: string): Promise<string[]> {
  const manifestFile = join(localeDir, PAGEFIND_DIR, SEARCH_BUNDLES_FILE);
  const manifest = await readFile(manifestFile, 'utf8').then((text) => JSON.parse(text) as SearchBundleManifest, () => undefined);
  if (!manifest) return (await exists(manifestFile)) ? [`${locale}/${PAGEFIND_DIR}/${SEARCH_BUNDLES_FILE} is not valid JSON`] : [];
  const missing = [];
  for (const { dir } of manifest.bundles) {
    const entry = `${PAGEFIND_DIR}/${dir}/pagefind.js`;
    if (!(await exists(join(localeDir, entry)))) missing.push(`${locale}/${entry} is missing`);
  }
  return missing;
}

/**
 * Problems in a built release directory: missing files, languages declared wrong, sitemaps that
 * point elsewhere, and links or assets that would not resolve once each language is served from
 * its own host and path prefix. Empty when the release is sound. Used by the build before it
 * publishes a release, and usable by end-to-end tests on any release directory.
 */
export async function checkSites(releaseDir: string, sites: readonly TenantSite[]): Promise<string[]> {
  const problems: string[] = [];
  const routes = sites.map((site) => ({ ...site, tenantCode: '' }));
  const unexpected = (await readdir(releaseDir)).filter(
    (name) => name !== RELEASE_MANIFEST_FILE && !sites.some((site) => site.locale === name),
  );
  if (unexpected.length > 0) problems.push(`unexpected files at the release root: ${unexpected.join(', ')}`);
  for (const file of await filesWithAssetMarker(releaseDir)) problems.push(`${file} still refers to ${ASSET_PREFIX_MARKER}`);

  for (const site of sites) {
    const localeDir = join(releaseDir, site.locale);
    for (const required of REQUIRED_LOCALE_FILES) {
      if (!(await exists(join(localeDir, required)))) problems.push(`${site.locale}/${required} is missing`);
    }
    problems.push(...(await searchBundleProblems(localeDir, site.locale)));
    // Links are resolved as a browser would on this language's own address.
    const base = `http://${site.host}${site.pathPrefix}`;
    for await (const file of htmlFiles(localeDir)) {
      const html = await readFile(file, 'utf8');
      const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
      if (lang !== LOCALE_TAGS[site.locale]) problems.push(`${file} declares lang="${lang}", expected "${LOCALE_TAGS[site.locale]}"`);
      for (const [, reference] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(reference!.replaceAll('&amp;', '&'), base);
        if (!routes.some((route) => route.host === url.hostname)) continue;
        const served = await fileServing(releaseDir, routes, url, true);
        if (!served) problems.push(`${file} links to ${reference}, which the release does not serve`);
        // Each language's root must work on its own, on a host of its own: no borrowing assets.
        else if (url.pathname.includes('/_astro/') && !served.startsWith(localeDir + sep)) {
          problems.push(`${file} loads ${reference} from another language's root`);
        }
      }
    }
    for (const sitemap of [SITEMAP_INDEX_FILE, ...(await readdir(localeDir)).filter((name) => /^sitemap-.+-\d+\.xml$/.test(name))]) {
      const xml = await readFile(join(localeDir, sitemap), 'utf8').catch(() => '');
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const url = new URL(loc!.replaceAll('&amp;', '&'));
        if (url.hostname !== site.host || !url.pathname.startsWith(site.pathPrefix)) {
          problems.push(`${site.locale}/${sitemap} lists ${loc}, outside ${site.host}${site.pathPrefix}`);
        } else if (!(await fileServing(releaseDir, routes, url))) {
          problems.push(`${site.locale}/${sitemap} lists ${loc}, which the release does not serve`);
        }
      }
    }
    const robots = await readFile(join(localeDir, 'robots.txt'), 'utf8').catch(() => '');
    const sitemapLine = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    if (!sitemapLine || !(await fileServing(releaseDir, routes, new URL(sitemapLine)))) {
      problems.push(`${site.locale}/robots.txt does not name this language's ${SITEMAP_INDEX_FILE}`);
    }
  }
  return problems;
}

/** `checkSites` for a finished release, reading the languages from its manifest. */
export async function checkRelease(releaseDir: string): Promise<string[]> {
  const manifest = releaseManifestSchema.safeParse(
    JSON.parse(await readFile(join(releaseDir, RELEASE_MANIFEST_FILE), 'utf8').catch(() => 'null')),
  );
  if (!manifest.success) return [`${RELEASE_MANIFEST_FILE} is missing or invalid`];
  return checkSites(releaseDir, manifest.data.sites);
}
