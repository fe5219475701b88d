import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RELEASE_MANIFEST_FILE, type TenantSite } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { ASSET_PREFIX_MARKER } from '../src/integrations/locale-assets';
import { checkRelease, checkSites } from '../src/integrations/release-checks';

const SITES: TenantSite[] = [
  { locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/', name: 'Sở Nội vụ' },
  { locale: 'en', host: 'snv.vinhlong.localhost', pathPrefix: '/en/', name: 'Department of Home Affairs' },
];

const page = (lang: string, links: string[]) =>
  `<!DOCTYPE html><html lang="${lang}"><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`;

/** A minimal release as the build leaves it, with the given files overriding the defaults. */
async function release(overrides: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'portal-release-'));
  const files: Record<string, string> = {
    [RELEASE_MANIFEST_FILE]: JSON.stringify({ tenantCode: 'snv', builtAt: '2026-01-01T00:00:00Z', sites: SITES }),
  };
  for (const [locale, lang, prefix] of [['vi', 'vi-VN', '/'], ['en', 'en', '/en/']] as const) {
    const root = `http://snv.vinhlong.localhost:8080${prefix}`;
    Object.assign(files, {
      [`${locale}/index.html`]: page(lang, [`${prefix}tin-tuc/`, `${prefix}_astro/site.css`, 'mailto:a@b.vn', `${root}search/`]),
      [`${locale}/tin-tuc/index.html`]: page(lang, [prefix, locale === 'vi' ? '/en/tin-tuc/' : '/tin-tuc/']),
      [`${locale}/search/index.html`]: page(lang, [`${prefix}search/?q=x`]),
      [`${locale}/404.html`]: page(lang, [prefix]),
      [`${locale}/_astro/site.css`]: 'body{}',
      [`${locale}/pagefind/bundles.json`]: JSON.stringify({ bundles: [{ dir: '2026', filter: 'snv/2026' }] }),
      [`${locale}/pagefind/2026/pagefind.js`]: '',
      [`${locale}/sitemap-index.xml`]: `<sitemapindex><sitemap><loc>${root}sitemap-${locale}-0.xml</loc></sitemap></sitemapindex>`,
      [`${locale}/sitemap-${locale}-0.xml`]: `<urlset><url><loc>${root}</loc></url><url><loc>${root}tin-tuc/</loc></url></urlset>`,
      [`${locale}/robots.txt`]: `User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap-index.xml\n`,
    });
  }
  for (const [path, content] of Object.entries({ ...files, ...overrides })) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('checkRelease', () => {
  it('finds nothing wrong with a sound release', async () => {
    expect(await checkRelease(await release())).toEqual([]);
  });

  it('reports links and assets that do not resolve, and assets borrowed from another language', async () => {
    const dir = await release({ 'en/index.html': page('en', ['/en/tin-tuc/nowhere/', '/en/_astro/gone.css', '/_astro/site.css']) });
    expect(await checkRelease(dir)).toEqual([
      `${join(dir, 'en/index.html')} links to /en/tin-tuc/nowhere/, which the release does not serve`,
      `${join(dir, 'en/index.html')} links to /en/_astro/gone.css, which the release does not serve`,
      `${join(dir, 'en/index.html')} loads /_astro/site.css from another language's root`,
    ]);
  });

  it('accepts a link to a moved address, which redirects, but not a sitemap listing one', async () => {
    const dir = await release({
      'en/index.html': page('en', ['/en/articles/', '/en/articles/gone/']),
      'en/sitemap-en-0.xml': '<urlset><url><loc>http://snv.vinhlong.localhost:8080/en/articles/</loc></url></urlset>',
    });
    expect(await checkRelease(dir)).toEqual([
      `${join(dir, 'en/index.html')} links to /en/articles/gone/, which the release does not serve`,
      'en/sitemap-en-0.xml lists http://snv.vinhlong.localhost:8080/en/articles/, which the release does not serve',
    ]);
  });

  it('accepts a link to a renamed item’s previous address, which the manifest redirects, but not a sitemap listing one', async () => {
    const dir = await release({
      'en/index.html': page('en', ['/en/tin-tuc/old-name/', '/en/tin-tuc/never-was/']),
      'en/sitemap-en-0.xml': '<urlset><url><loc>http://snv.vinhlong.localhost:8080/en/tin-tuc/old-name/</loc></url></urlset>',
    });
    const problems = await checkSites(dir, SITES, [{ locale: 'en', from: 'tin-tuc/old-name/', to: 'tin-tuc/' }]);
    expect(problems).toEqual([
      `${join(dir, 'en/index.html')} links to /en/tin-tuc/never-was/, which the release does not serve`,
      'en/sitemap-en-0.xml lists http://snv.vinhlong.localhost:8080/en/tin-tuc/old-name/, which the release does not serve',
    ]);
  });

  it('reports missing files, wrong languages, leftovers and foreign sitemap entries', async () => {
    const dir = await release({
      'en/tin-tuc/index.html': page('vi-VN', ['/en/']),
      'en/sitemap-en-0.xml': '<urlset><url><loc>http://snv.vinhlong.localhost/tin-tuc/</loc></url></urlset>',
      'vi/_astro/site.css': `body{background:url(${ASSET_PREFIX_MARKER}/_astro/x.png)}`,
      'portal-build.json': '{}',
    });
    await rm(join(dir, 'vi', '404.html'));
    const problems = await checkRelease(dir);
    expect(problems).toContain('unexpected files at the release root: portal-build.json');
    expect(problems).toContain('vi/404.html is missing');
    expect(problems).toContain(`${join(dir, 'en/tin-tuc/index.html')} declares lang="vi-VN", expected "en"`);
    expect(problems).toContain('en/sitemap-en-0.xml lists http://snv.vinhlong.localhost/tin-tuc/, outside snv.vinhlong.localhost/en/');
    expect(problems).toContain(`${join(dir, 'vi/_astro/site.css')} still refers to ${ASSET_PREFIX_MARKER}`);
  });

  it('reports a search bundle the language’s manifest lists but the release lacks', async () => {
    const dir = await release({ 'en/pagefind/bundles.json': JSON.stringify({ bundles: [{ dir: '2025', filter: 'snv/2025' }, { dir: '2026', filter: 'snv/2026' }] }) });
    expect(await checkRelease(dir)).toEqual(['en/pagefind/2025/pagefind.js is missing']);
  });

  it('needs a valid manifest', async () => {
    const dir = await release({ [RELEASE_MANIFEST_FILE]: '{}' });
    expect(await checkRelease(dir)).toEqual([`${RELEASE_MANIFEST_FILE} is missing or invalid`]);
    expect(await checkSites(dir, SITES)).toEqual([]);
  });
});
