import { describe, expect, it } from 'vitest';
import { bannerNotices, type PortalNotice } from '../src/lib/outage-banner';

const AT = '2026-12-01T00:00:00.000Z';
const notice = (tenantCode: string, title: string, fields: Partial<PortalNotice> = {}): PortalNotice => ({
  documentId: title,
  locale: 'vi',
  publishedAt: AT,
  updatedAt: AT,
  title,
  outageKind: 'planned',
  // 08:00 to 17:00 on 20 December in Việt Nam.
  startsAt: '2026-12-20T01:00:00.000Z',
  endsAt: '2026-12-20T10:00:00.000Z',
  affectedServices: 'Dịch vụ công trực tuyến',
  provinceWide: false,
  tenantCode,
  ...fields,
});

// What a commune portal's build loaded: its own notice, and the province's notice for every portal.
const LOADED = [notice('chauthanh', 'Xã nâng cấp máy chủ'), notice('vinhlong', 'Tỉnh bảo trì hệ thống', { provinceWide: true, startsAt: '2026-12-19T01:00:00.000Z' })];
const titles = (portalCode: string, now: string, notices = LOADED) => bannerNotices(portalCode, notices, 'vi', new Date(now)).map((shown) => shown.title);

describe('the outage banner', () => {
  it('shows the portal’s own notices and the province’s province-wide ones from publication until the outage ends', () => {
    expect(titles('chauthanh', '2026-12-07T00:00:00Z')).toEqual(['Tỉnh bảo trì hệ thống', 'Xã nâng cấp máy chủ']);
    expect(titles('chauthanh', '2026-12-20T09:59:59Z')).toEqual(['Tỉnh bảo trì hệ thống', 'Xã nâng cấp máy chủ']);
  });

  it('shows nothing once the outage has ended', () => {
    expect(titles('chauthanh', '2026-12-20T10:00:00Z')).toEqual([]);
  });

  it('leaves out another portal’s notice meant for that portal only', () => {
    expect(titles('chauthanh', '2026-12-07T00:00:00Z', [notice('vinhlong', 'Chỉ cổng tỉnh')])).toEqual([]);
    expect(titles('vinhlong', '2026-12-07T00:00:00Z', [notice('vinhlong', 'Chỉ cổng tỉnh')])).toEqual(['Chỉ cổng tỉnh']);
  });

  it('says when, in the reader’s language and Việt Nam’s time', () => {
    const [shown] = bannerNotices('chauthanh', [notice('chauthanh', 'Xã nâng cấp máy chủ')], 'vi', new Date(AT));
    expect(shown).toEqual({ title: 'Xã nâng cấp máy chủ', period: 'Từ 08:00 20/12/2026 đến 17:00 20/12/2026', affectedServices: 'Dịch vụ công trực tuyến' });
    const [english] = bannerNotices('chauthanh', [notice('chauthanh', 'Server upgrade', { locale: 'en' })], 'en', new Date(AT));
    expect(english?.period).toBe('From 08:00 20 December 2026 to 17:00 20 December 2026');
    expect(bannerNotices('chauthanh', [notice('chauthanh', 'Server upgrade', { locale: 'en' })], 'vi', new Date(AT))).toEqual([]);
  });
});
