import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { networkNews, portalDirectory, searchedPortals, type NetworkTenant } from '../src/lib/sections/portal-network';
import { VINHLONG, article } from './fixtures';

const SNV_TENANT: NetworkTenant = {
  code: 'snv',
  kind: 'department',
  sites: [
    { locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/', name: 'Sở Nội vụ' },
    { locale: 'en', host: 'snv.vinhlong.localhost', pathPrefix: '/en/', name: 'Department of Home Affairs' },
  ],
};
const COMMUNE: NetworkTenant = { code: 'chauthanh', kind: 'commune', sites: [{ locale: 'vi', host: 'chauthanh.vinhlong.localhost', pathPrefix: '/', name: 'Xã Châu Thành' }] };
const AT = '2026-01-01T00:00:00.000Z';
const portal = (name: string, url: string, kind: 'department' | 'commune') => ({ documentId: name, locale: 'vi' as const, publishedAt: AT, updatedAt: AT, name, url, kind });

describe('the main portal’s directory of component portals', () => {
  it('lists this installation’s portals and the directory’s others, by kind, without naming one twice', () => {
    const groups = portalDirectory('vi', [SNV_TENANT, COMMUNE], [portal('Sở Nội vụ (CMS)', 'http://snv.vinhlong.localhost/', 'department'), portal('Sở Y tế', 'https://syt.example.gov.vn/', 'department')]);
    expect(groups.map((group) => [group.heading, group.entries.map((entry) => entry.name)])).toEqual([
      ['Sở, ban, ngành', ['Sở Nội vụ', 'Sở Y tế']],
      ['Xã, phường', ['Xã Châu Thành']],
    ]);
  });
});

describe('the main portal’s search of the other portals', () => {
  it('covers, in each language, the portals with a site in it, by name', () => {
    expect(searchedPortals('vi', [SNV_TENANT, COMMUNE]).map((portal) => [portal.code, portal.site.name])).toEqual([
      ['snv', 'Sở Nội vụ'],
      ['chauthanh', 'Xã Châu Thành'],
    ]);
    expect(searchedPortals('en', [SNV_TENANT, COMMUNE]).map((portal) => portal.site.pathPrefix)).toEqual(['/en/']);
    expect(searchedPortals('km', [SNV_TENANT, COMMUNE])).toEqual([]);
  });
});

describe('aggregated news', () => {
  it('lists the other portals’ latest articles newest first, each with its source portal in the reader’s language', () => {
    const items = networkNews('en', [SNV_TENANT, COMMUNE], [
      { ...article('a', 'en', 1), tenantCode: 'snv' },
      { ...article('b', 'en', 5), tenantCode: 'snv' },
      { ...article('c', 'vi', 9), tenantCode: 'chauthanh' },
    ]);
    expect(items.map((item) => [item.article.documentId, item.source.name])).toEqual([
      ['b', 'Department of Home Affairs'],
      ['a', 'Department of Home Affairs'],
    ]);
  });

  it('gives the main portal a directory and a news page only when it has something to show', () => {
    const withNetwork = planPages(VINHLONG, [], { networkTenants: [SNV_TENANT], networkArticles: [{ ...article('a', 'vi', 1), tenantCode: 'snv' }] });
    expect(withNetwork.filter((page) => page.locale === 'vi' && ['portal-directory', 'network-news'].includes(page.kind)).map((page) => page.path)).toEqual([
      'cong-thanh-phan/',
      'tin-cong-thanh-phan/',
    ]);
    const news = withNetwork.find((page) => page.locale === 'en' && page.kind === 'network-news');
    expect(news).toBeUndefined();
    expect(planPages(VINHLONG, []).some((page) => page.kind === 'portal-directory' || page.kind === 'network-news')).toBe(false);
  });
});
