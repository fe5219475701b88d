import { describe, expect, it } from 'vitest';
import { mainMenuEntries, menuLink, portalPathOf } from '../src/layouts/main-menu';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';

const [vi, en] = SNV.sites;

describe('portalPathOf', () => {
  it('reads an in-portal link as a path under the language root', () => {
    expect(portalPathOf('/')).toBe('');
    expect(portalPathOf('/gioi-thieu/')).toBe('gioi-thieu/');
    expect(portalPathOf('/gioi-thieu')).toBe('gioi-thieu/');
    expect(portalPathOf('/van-ban/?loai=qd')).toBe('van-ban/');
    expect(portalPathOf('https://dichvucong.gov.vn/')).toBeUndefined();
  });
});

describe('menuLink', () => {
  it('adds the language prefix to in-portal links and marks the current page', () => {
    expect(menuLink(en!, { label: 'About', url: '/gioi-thieu/' }, 'gioi-thieu/')).toEqual({ label: 'About', href: '/en/gioi-thieu/', current: 'page' });
    expect(menuLink(en!, { label: 'About', url: '/gioi-thieu/' }, 'gioi-thieu/lich-su/').current).toBe('true');
    expect(menuLink(en!, { label: 'Home', url: '/' }, 'gioi-thieu/').current).toBeUndefined();
    expect(menuLink(en!, { label: 'National', url: 'https://dichvucong.gov.vn/' }, '')).toEqual({
      label: 'National',
      href: 'https://dichvucong.gov.vn/',
      current: undefined,
    });
  });
});

describe('mainMenuEntries', () => {
  it('gives a tenant without a menu of its own the four entries TT 22/2023 requires, in order', () => {
    const entries = mainMenuEntries(vi!, '', UI_STRINGS.vi, []);
    expect(entries.map((entry) => [entry.label, entry.href, entry.current])).toEqual([
      ['Trang chủ', '/', 'page'],
      ['Giới thiệu', '/gioi-thieu/', undefined],
      ['Dịch vụ công trực tuyến', '/dich-vu-cong/', undefined],
      ['Sơ đồ cổng', '/so-do-cong/', undefined],
    ]);
  });

  it('keeps the tenant’s own order, labels and submenus, adding only the required entries it lacks', () => {
    const entries = mainMenuEntries(en!, 'co-cau-to-chuc/', UI_STRINGS.en, [
      { label: 'News', url: '/tin-tuc/', children: [] },
      { label: 'About us', url: '/gioi-thieu/', children: [{ label: 'Organisation', url: '/co-cau-to-chuc/' }] },
    ]);
    expect(entries.map((entry) => entry.label)).toEqual(['Home', 'News', 'About us', 'Online public services', 'Site map']);
    expect(entries[2]!.children).toEqual([{ label: 'Organisation', href: '/en/co-cau-to-chuc/', current: 'page' }]);
  });

  it('links a menu entry made before the news moved to where the news is now', () => {
    const entries = mainMenuEntries(en!, 'tin-tuc/2/', UI_STRINGS.en, [
      { label: 'News', url: '/articles/', children: [{ label: 'Feed', url: '/articles/rss.xml' }] },
      { label: 'Search', url: '/articles?q=1', children: [] },
    ]);
    expect(entries[1]).toMatchObject({ href: '/en/tin-tuc/', current: 'true' });
    expect(entries[1]!.children[0]!.href).toBe('/en/tin-tuc/rss.xml');
    expect(entries[2]!.href).toBe('/en/tin-tuc/?q=1');
  });
});
