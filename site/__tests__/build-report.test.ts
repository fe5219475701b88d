import { describe, expect, it } from 'vitest';
import { createBuildReport } from '../src/lib/build-report';
import { planPages } from '../src/lib/page-plan';
import { SNV, VINHLONG, article } from './fixtures';

const LOCAL = { protocol: 'http:', port: 8080 } as const;

describe('createBuildReport', () => {
  it('gives each page its public address, file and translations', () => {
    const tenant = { ...SNV, sites: SNV.sites.slice(0, 2) };
    const report = createBuildReport(
      tenant,
      planPages(tenant, [article('a', 'vi', 1, { slug: 'tin-a' }), article('a', 'en', 1, { slug: 'news-a', summary: 'In short', body: 'Some **bold** text.' })]),
      LOCAL,
    );
    expect(report.sites.map((site) => site.rootUrl)).toEqual(['http://snv.vinhlong.localhost:8080/', 'http://snv.vinhlong.localhost:8080/en/']);
    const en = report.pages.find((page) => page.outputPath === '/en/tin-tuc/news-a/')!;
    expect(en).toMatchObject({
      locale: 'en',
      file: 'en/tin-tuc/news-a/index.html',
      url: 'http://snv.vinhlong.localhost:8080/en/tin-tuc/news-a/',
      inSitemap: true,
      search: {
        url: '/en/tin-tuc/news-a/',
        title: 'a en',
        summary: 'In short',
        text: 'Some bold text.',
        date: '2026-01-01T00:01:00.000Z',
        facets: { type: ['news'] },
      },
      alternates: [
        { hreflang: 'vi-VN', href: 'http://snv.vinhlong.localhost:8080/tin-tuc/tin-a/' },
        { hreflang: 'en', href: 'http://snv.vinhlong.localhost:8080/en/tin-tuc/news-a/' },
      ],
    });
  });

  it('moves the 404 page to 404.html and keeps it out of the sitemap and the search', () => {
    const report = createBuildReport(VINHLONG, planPages(VINHLONG, [article('a', 'vi', 1)]), { protocol: 'https:', port: undefined });
    expect(report.pages.find((page) => page.locale === 'en' && page.file.endsWith('404.html'))).toMatchObject({
      outputPath: '/en/404/',
      file: 'en/404.html',
      url: 'https://english.vinhlong.localhost/404.html',
      inSitemap: false,
    });
    expect(report.pages.filter((page) => page.search).map((page) => page.file)).toEqual(['vi/tin-tuc/a-vi/index.html']);
  });

  it('refuses two languages at one address', () => {
    const clash = { ...SNV, sites: [SNV.sites[0]!, { ...SNV.sites[1]!, pathPrefix: '/' }] };
    expect(() => createBuildReport(clash, planPages(clash, []), LOCAL)).toThrow(/share an address/);
  });
});
