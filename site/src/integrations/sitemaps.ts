import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES } from '@portal/contract';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import type { BuildReport, ReportedPage } from '../lib/build-report';
import { escapeHtml } from '../lib/html';

/**
 * @astrojs/sitemap needs one `site`, but one build serves several hosts. It gets this stand-in,
 * which never reaches the output: every URL it builds is only used to find the page it stands for.
 */
export const SITEMAP_STAND_IN_SITE = 'https://portal-build.invalid';

const FILENAME_BASE = 'sitemap';
export const SITEMAP_INDEX_FILE = `${FILENAME_BASE}-index.xml`;

/** A page's sitemap entry: its public address and, when it has translations, all of them. */
export function toSitemapItem(page: ReportedPage | undefined): SitemapItem | undefined {
  if (!page?.inSitemap) return undefined;
  return {
    url: page.url,
    lastmod: page.lastModified,
    links: page.alternates.length > 1 ? page.alternates.map((alternate) => ({ lang: alternate.hreflang, url: alternate.href })) : undefined,
  };
}

/**
 * Options that turn @astrojs/sitemap's output paths ("/en/articles/x/") into public addresses and
 * write one set of sitemap files per language ("sitemap-en-0.xml"): a sitemap may only list
 * addresses under its own location, and each language has its own root.
 */
export function sitemapOptions(report: () => BuildReport): NonNullable<SitemapOptions> {
  const indexes = new WeakMap<BuildReport, { byOutputPath: Map<string, ReportedPage>; byUrl: Map<string, ReportedPage> }>();
  const indexed = () => {
    const current = report();
    let index = indexes.get(current);
    if (!index) {
      index = {
        byOutputPath: new Map(current.pages.map((page) => [page.outputPath, page])),
        byUrl: new Map(current.pages.map((page) => [page.url, page])),
      };
      indexes.set(current, index);
    }
    return index;
  };
  const pageAt = (url: string) => indexed().byOutputPath.get(new URL(url).pathname);
  const localeOf = (url: string) => indexed().byUrl.get(url)?.locale;
  return {
    filenameBase: FILENAME_BASE,
    namespaces: { news: false, image: false, video: false, xhtml: true },
    serialize: (item) => toSitemapItem(pageAt(item.url)),
    chunks: Object.fromEntries(LOCALES.map((locale) => [locale, (item: SitemapItem) => (localeOf(item.url) === locale ? item : undefined)])),
  };
}

const chunkFilePattern = (locale: string) => new RegExp(`^${FILENAME_BASE}-${locale}-\\d+\\.xml$`);

function sitemapIndexXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<sitemap><loc>${escapeHtml(url)}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>\n`;
}

/**
 * Crawlers only read robots.txt at the root of a host, so the one of the language served there
 * must also announce the sitemaps of the languages under prefixes of the same host. Every
 * language's robots.txt lists its own sitemap index first, then those of its host's other languages.
 */
function robotsTxt(site: BuildReport['sites'][number], sites: BuildReport['sites']): string {
  const sameHost = [site, ...sites.filter((other) => other.host === site.host && other.locale !== site.locale)];
  const sitemaps = sameHost.map((each) => `Sitemap: ${each.rootUrl}${SITEMAP_INDEX_FILE}`);
  return `User-agent: *\nAllow: /\n\n${sitemaps.join('\n')}\n`;
}

/**
 * Moves each language's sitemap files into its document root, next to a sitemap index and a
 * robots.txt that give their public addresses, then removes what @astrojs/sitemap left at the
 * output root (its index there points at the stand-in site).
 */
export async function placeSitemaps(outDir: string, report: BuildReport): Promise<void> {
  const rootFiles = await readdir(outDir);
  for (const site of report.sites) {
    const chunks = rootFiles.filter((name) => chunkFilePattern(site.locale).test(name)).sort();
    if (chunks.length === 0) throw new Error(`@astrojs/sitemap wrote no sitemap for "${site.locale}"`);
    const localeDir = join(outDir, site.locale);
    for (const name of chunks) await rename(join(outDir, name), join(localeDir, name));
    await writeFile(join(localeDir, SITEMAP_INDEX_FILE), sitemapIndexXml(chunks.map((name) => `${site.rootUrl}${name}`)));
    await writeFile(join(localeDir, 'robots.txt'), robotsTxt(site, report.sites));
  }
  const leftovers = (await readdir(outDir)).filter((name) => name.startsWith(`${FILENAME_BASE}-`) && name.endsWith('.xml'));
  await Promise.all(leftovers.map((name) => rm(join(outDir, name))));
}
