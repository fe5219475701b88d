import { describe, expect, it } from 'vitest';
import type { Consultation } from '@portal/contract';
import { planPages } from '../src/lib/page-plan';
import { networkConsultations, networkNews, portalDirectory, searchedPortals, type NetworkTenant } from '../src/lib/sections/portal-network';
import { uiStrings } from '../src/lib/ui-strings';
import { VINHLONG, article, homeBlockCards } from './fixtures';
import { consultation } from './section-fixtures';

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
    expect(items.map((item) => [item.path, item.source.name])).toEqual([
      ['tin-tuc/b-en/', 'Department of Home Affairs'],
      ['tin-tuc/a-en/', 'Department of Home Affairs'],
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

// Quy chế Đ3 k6: a draft open for comment is listed on the drafting agency's portal and on the main portal.
describe('the other portals’ drafts open for comment, on the main portal', () => {
  const TODAY = '2026-03-01';
  const fromSnv = (item: Consultation) => ({ ...item, tenantCode: 'snv' });
  const closingLater = fromSnv(consultation('later', 'vi', { closesOn: '2026-03-31' }));
  const closingSoon = fromSnv(consultation('soon', 'vi', { closesOn: '2026-03-02' }));
  const upcoming = { ...consultation('upcoming', 'vi', { openOn: '2026-03-10', closesOn: '2026-04-10' }), tenantCode: 'chauthanh' };
  const closed = fromSnv(consultation('closed', 'vi', { openOn: '2026-01-02', closesOn: '2026-02-01' }));
  const english = fromSnv(consultation('english', 'en'));
  const content = { networkTenants: [SNV_TENANT, COMMUNE], networkConsultations: [upcoming, closingLater, closed, closingSoon, english], today: TODAY };

  it('lists open ones first, closing soonest on top with the days left, then those about to open, each linked on its own portal; closed ones stay on theirs', () => {
    const cards = networkConsultations(content.networkTenants, content.networkConsultations, { locale: 'vi', strings: uiStrings('vi'), today: TODAY });
    expect(cards.map((card) => [card.path, card.source.name, card.badge?.label, card.meta])).toEqual([
      ['gop-y-du-thao/du-thao-soon/', 'Sở Nội vụ', 'Đang lấy ý kiến', ['Sở Tư pháp', 'Còn 1 ngày']],
      ['gop-y-du-thao/du-thao-later/', 'Sở Nội vụ', 'Đang lấy ý kiến', ['Sở Tư pháp', 'Còn 30 ngày']],
      ['gop-y-du-thao/du-thao-upcoming/', 'Xã Châu Thành', 'Sắp lấy ý kiến', ['Sở Tư pháp']],
    ]);
  });

  it('gives the main portal a page of them and the first ones on its home page, in the languages that have any', () => {
    const pages = planPages(VINHLONG, [], content);
    const page = pages.find((candidate) => candidate.locale === 'vi' && candidate.kind === 'network-consultations');
    expect(page?.path).toBe('gop-y-du-thao-cong-thanh-phan/');
    const home = pages.find((candidate) => candidate.locale === 'vi' && candidate.kind === 'home');
    expect(homeBlockCards(home, 'network_consultations')?.map((card) => card.title)).toEqual([closingSoon.title, closingLater.title, upcoming.title]);
    expect(pages.find((candidate) => candidate.locale === 'en' && candidate.kind === 'network-consultations')?.path).toBe('gop-y-du-thao-cong-thanh-phan/');
    expect(planPages(VINHLONG, [], { ...content, networkConsultations: [closed] }).some((candidate) => candidate.kind === 'network-consultations')).toBe(false);
  });
});
