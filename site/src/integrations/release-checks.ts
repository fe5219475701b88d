import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import {
  LOCALE_TAGS,
  RELEASE_MANIFEST_FILE,
  matchRoute,
  movedPath,
  releaseManifestSchema,
  type ReleaseRedirect,
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

/**
 * Every file of the release by absolute path, listed once: links are resolved against it instead
 * of asking the file system once per link, which on a large portal meant millions of calls.
 */
async function releaseFiles(releaseDir: string): Promise<Set<string>> {
  const entries = await readdir(releaseDir, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)));
}

/**
 * The file a public URL is answered with, following the static server's rules, or undefined.
 * A link may lead there through a permanent redirect (`renamed`: a moved address or a renamed
 * item's previous one, by `${locale}/${path}`); a sitemap may not.
 */
function fileServing(releaseDir: string, files: ReadonlySet<string>, routes: readonly SiteRoute[], url: URL, renamed?: ReadonlyMap<string, string>): string | undefined {
  const route = matchRoute(routes, url.hostname, url.pathname);
  if (!route) return undefined;
  const requested = decodeURIComponent(url.pathname.slice(route.pathPrefix.length));
  const relative = (renamed ? (movedPath(requested) ?? renamed.get(`${route.locale}/${requested}`)) : undefined) ?? requested;
  const file = join(releaseDir, route.locale, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  return files.has(file) ? file : undefined;
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
 * publishes a release, and usable by end-to-end tests on any release directory. Every page is
 * read, reused or not, so a reused page linking to a page that is gone is caught: parsing a page
 * costs less than hashing it would, and resolving is what was slow (see `releaseFiles`).
 */
export async function checkSites(releaseDir: string, sites: readonly TenantSite[], redirects: readonly ReleaseRedirect[] = []): Promise<string[]> {
  const problems: string[] = [];
  const renamed = new Map(redirects.map((redirect) => [`${redirect.locale}/${redirect.from}`, redirect.to]));
  const files = await releaseFiles(releaseDir);
  const routes = sites.map((site) => ({ ...site, tenantCode: '' }));
  const unexpected = (await readdir(releaseDir)).filter(
    (name) => name !== RELEASE_MANIFEST_FILE && !sites.some((site) => site.locale === name),
  );
  if (unexpected.length > 0) problems.push(`unexpected files at the release root: ${unexpected.join(', ')}`);
  // Each language's pages are read once, below, for their links, language and asset marker.
  const pagesOf = new Map(sites.map((site) => [site.locale, [...files].filter((file) => file.startsWith(join(releaseDir, site.locale) + sep) && file.endsWith('.html')).sort()]));
  const markerOf = (file: string) => `${file} still refers to ${ASSET_PREFIX_MARKER}`;
  for (const file of await filesWithAssetMarker(releaseDir, new Set([...pagesOf.values()].flat()))) problems.push(markerOf(file));

  for (const site of sites) {
    const localeDir = join(releaseDir, site.locale);
    for (const required of REQUIRED_LOCALE_FILES) {
      if (!(await exists(join(localeDir, required)))) problems.push(`${site.locale}/${required} is missing`);
    }
    problems.push(...(await searchBundleProblems(localeDir, site.locale)));
    // Links are resolved as a browser would on this language's own address; pages share most of
    // theirs (menus, footer), so each distinct reference is resolved once per language.
    const base = `http://${site.host}${site.pathPrefix}`;
    const resolved = new Map<string, string | undefined>();
    const problemOf = (reference: string): string | undefined => {
      const url = new URL(reference.replaceAll('&amp;', '&'), base);
      if (!routes.some((route) => route.host === url.hostname)) return undefined;
      const served = fileServing(releaseDir, files, routes, url, renamed);
      if (!served) return `links to ${reference}, which the release does not serve`;
      // Each language's root must work on its own, on a host of its own: no borrowing assets.
      if (url.pathname.includes('/_astro/') && !served.startsWith(localeDir + sep)) return `loads ${reference} from another language's root`;
      return undefined;
    };
    for (const file of pagesOf.get(site.locale) ?? []) {
      const html = await readFile(file, 'utf8');
      if (html.includes(ASSET_PREFIX_MARKER)) problems.push(markerOf(file));
      const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
      if (lang !== LOCALE_TAGS[site.locale]) problems.push(`${file} declares lang="${lang}", expected "${LOCALE_TAGS[site.locale]}"`);
      for (const [, reference] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!resolved.has(reference!)) resolved.set(reference!, problemOf(reference!));
        const problem = resolved.get(reference!);
        if (problem) problems.push(`${file} ${problem}`);
      }
    }
    for (const sitemap of [SITEMAP_INDEX_FILE, ...(await readdir(localeDir)).filter((name) => /^sitemap-.+-\d+\.xml$/.test(name))]) {
      const xml = await readFile(join(localeDir, sitemap), 'utf8').catch(() => '');
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const url = new URL(loc!.replaceAll('&amp;', '&'));
        if (url.hostname !== site.host || !url.pathname.startsWith(site.pathPrefix)) {
          problems.push(`${site.locale}/${sitemap} lists ${loc}, outside ${site.host}${site.pathPrefix}`);
        } else if (!fileServing(releaseDir, files, routes, url)) {
          problems.push(`${site.locale}/${sitemap} lists ${loc}, which the release does not serve`);
        }
      }
    }
    const robots = await readFile(join(localeDir, 'robots.txt'), 'utf8').catch(() => '');
    const sitemapLine = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    if (!sitemapLine || !fileServing(releaseDir, files, routes, new URL(sitemapLine))) {
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
  return checkSites(releaseDir, manifest.data.sites, manifest.data.redirects);
}
