import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { describe, expect, it } from 'vitest';
import { createBuildReport } from '../src/lib/build-report';
import { planPages } from '../src/lib/page-plan';
import { SITEMAP_STAND_IN_SITE, placeSitemaps, sitemapOptions, toSitemapItem } from '../src/integrations/sitemaps';
import { SNV, article } from './fixtures';

const report = createBuildReport(
  SNV,
  planPages(SNV, [article('a', 'vi', 1, { slug: 'tin-a' }), article('a', 'en', 1, { slug: 'news-a' }), article('b', 'vi', 2, { slug: 'tin-b' })]),
  { protocol: 'https:', port: undefined },
);
const options = sitemapOptions(() => report);
const standIn = (outputPath: string): SitemapItem => ({ url: `${SITEMAP_STAND_IN_SITE}${outputPath}` });

describe('sitemap URL mapping', () => {
  it('maps an output path to the public address with its translations', async () => {
    expect(await options.serialize!(standIn('/en/tin-tuc/news-a/'))).toEqual({
      url: 'https://snv.vinhlong.localhost/en/tin-tuc/news-a/',
      lastmod: '2026-01-01T00:01:00.000Z',
      links: [
        { lang: 'vi-VN', url: 'https://snv.vinhlong.localhost/tin-tuc/tin-a/' },
        { lang: 'en', url: 'https://snv.vinhlong.localhost/en/tin-tuc/news-a/' },
      ],
    });
  });

  it('lists an untranslated page without alternates', async () => {
    expect(await options.serialize!(standIn('/vi/tin-tuc/tin-b/'))).toMatchObject({ url: 'https://snv.vinhlong.localhost/tin-tuc/tin-b/', links: undefined });
  });

  it('leaves out search, 404 and anything that is not a page of the plan', async () => {
    for (const path of ['/vi/search/', '/vi/404/', '/portal-build.json', '/vi/tin-tuc/unknown/']) {
      expect(await options.serialize!(standIn(path)), path).toBeUndefined();
    }
    expect(toSitemapItem(undefined)).toBeUndefined();
  });

  it('puts each public address into the sitemap of its own language', async () => {
    const item = (await options.serialize!(standIn('/km/tin-tuc/')))!;
    const chunks = Object.entries(options.chunks!).filter(([, accepts]) => accepts(item));
    expect(chunks.map(([locale]) => locale)).toEqual(['km']);
  });
});

describe('placeSitemaps', () => {
  it('gives every language its sitemap files, an index of them and a robots.txt', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'portal-sitemaps-'));
    for (const site of report.sites) await mkdir(join(outDir, site.locale));
    for (const name of ['sitemap-index.xml', 'sitemap-vi-0.xml', 'sitemap-vi-1.xml', 'sitemap-en-0.xml', 'sitemap-km-0.xml']) {
      await writeFile(join(outDir, name), '<urlset/>');
    }
    await placeSitemaps(outDir, report);

    expect((await readdir(outDir)).sort()).toEqual(['en', 'km', 'vi']);
    expect((await readdir(join(outDir, 'vi'))).sort()).toEqual(['robots.txt', 'sitemap-index.xml', 'sitemap-vi-0.xml', 'sitemap-vi-1.xml']);
    const enIndex = await readFile(join(outDir, 'en', 'sitemap-index.xml'), 'utf8');
    expect([...enIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual(['https://snv.vinhlong.localhost/en/sitemap-en-0.xml']);
    // The root language's robots.txt is the one crawlers read for the whole host.
    expect(await readFile(join(outDir, 'vi', 'robots.txt'), 'utf8')).toBe(
      [
        'User-agent: *',
        'Allow: /',
        '',
        'Sitemap: https://snv.vinhlong.localhost/sitemap-index.xml',
        'Sitemap: https://snv.vinhlong.localhost/en/sitemap-index.xml',
        'Sitemap: https://snv.vinhlong.localhost/km/sitemap-index.xml',
        '',
      ].join('\n'),
    );
    expect(await readFile(join(outDir, 'km', 'robots.txt'), 'utf8')).toMatch(/\n\nSitemap: https:\/\/snv\.vinhlong\.localhost\/km\/sitemap-index\.xml\n/);
  });

  it('fails when a language got no sitemap', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'portal-sitemaps-'));
    for (const site of report.sites) await mkdir(join(outDir, site.locale));
    await writeFile(join(outDir, 'sitemap-vi-0.xml'), '<urlset/>');
    await expect(placeSitemaps(outDir, report)).rejects.toThrow(/no sitemap for "en"/);
  });
});
