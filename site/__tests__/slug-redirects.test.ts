import { describe, expect, it } from 'vitest';
import { releaseManifestSchema, type PreviousSlug } from '@portal/contract';
import { createBuildReport } from '../src/lib/build-report';
import { planPages } from '../src/lib/page-plan';
import { slugRedirects } from '../src/lib/slug-redirects';
import { SNV, article } from './fixtures';

const ARTICLE = 'api::article.article';
const previous = (documentId: string, locale: PreviousSlug['locale'], slug: string): PreviousSlug => ({ contentType: ARTICLE, documentId, locale, slug });

describe('slugRedirects', () => {
  const tenant = { ...SNV, sites: SNV.sites.slice(0, 2) };
  const pages = planPages(tenant, [
    article('a', 'vi', 1, { slug: 'ten-moi' }),
    article('a', 'en', 1, { slug: 'new-name' }),
    article('b', 'vi', 2, { slug: 'ten-cua-tin-khac' }),
  ]);

  it('leads every earlier slug of an item straight to its present page, in its own language', () => {
    const redirects = slugRedirects(pages, [previous('a', 'vi', 'ten-dau-tien'), previous('a', 'vi', 'ten-thu-hai'), previous('a', 'en', 'old-name')]);
    expect(redirects).toEqual([
      { locale: 'vi', from: 'tin-tuc/ten-dau-tien/', to: 'tin-tuc/ten-moi/' },
      { locale: 'vi', from: 'tin-tuc/ten-thu-hai/', to: 'tin-tuc/ten-moi/' },
      { locale: 'en', from: 'tin-tuc/old-name/', to: 'tin-tuc/new-name/' },
    ]);
  });

  it('never hides a page, and leaves out items no longer published or renamed back', () => {
    const redirects = slugRedirects(pages, [
      previous('a', 'vi', 'ten-moi'),
      previous('a', 'vi', 'ten-cua-tin-khac'),
      previous('withdrawn', 'vi', 'tin-da-go'),
      previous('a', 'km', 'ten-khmer'),
      { ...previous('a', 'vi', 'cung-so'), contentType: 'api::legal-document.legal-document' },
    ]);
    expect(redirects).toEqual([]);
  });

  it('goes into the release manifest, while the sitemap and search list the new address only', () => {
    const redirects = slugRedirects(pages, [previous('a', 'vi', 'ten-dau-tien')]);
    const report = createBuildReport(tenant, pages, { protocol: 'https:', port: undefined }, redirects);
    expect(report.redirects).toEqual(redirects);
    const addresses = report.pages.filter((page) => page.inSitemap || page.search).map((page) => page.url);
    expect(addresses).toContain('https://snv.vinhlong.localhost/tin-tuc/ten-moi/');
    expect(addresses.filter((url) => url.includes('ten-dau-tien'))).toEqual([]);
    const manifest = releaseManifestSchema.parse({ tenantCode: report.tenantCode, builtAt: new Date().toISOString(), sites: tenant.sites, redirects: report.redirects });
    expect(manifest.redirects).toEqual([{ locale: 'vi', from: 'tin-tuc/ten-dau-tien/', to: 'tin-tuc/ten-moi/' }]);
  });
});

describe('releaseManifestSchema', () => {
  it('takes only paths that can neither leave the host nor break the nginx configuration', () => {
    const manifest = (from: string, to = 'tin-tuc/x/') => releaseManifestSchema.safeParse({ tenantCode: 'snv', builtAt: '', sites: SNV.sites, redirects: [{ locale: 'vi', from, to }] }).success;
    expect(manifest('tin-tuc/ten-cu/')).toBe(true);
    for (const bad of ['/tin-tuc/x/', '//evil.example/', 'tin-tuc/x', 'tin-tuc/a b/', 'tin-tuc/x/; return 302 http://evil/', '../x/', 'tin-tuc/$host/']) {
      expect([bad, manifest(bad)]).toEqual([bad, false]);
      expect([bad, manifest('tin-tuc/x/', bad)]).toEqual([bad, false]);
    }
  });
});
