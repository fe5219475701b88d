import { describe, expect, it } from 'vitest';
import { findRouteConflicts, matchRoute, publicPath, publicUrl, type SiteRoute } from './routing.js';

const routes: SiteRoute[] = [
  { tenantCode: 'vinhlong', locale: 'vi', host: 'vinhlong.localhost', pathPrefix: '/' },
  { tenantCode: 'vinhlong', locale: 'en', host: 'english.vinhlong.localhost', pathPrefix: '/' },
  { tenantCode: 'snv', locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/' },
  { tenantCode: 'snv', locale: 'en', host: 'snv.vinhlong.localhost', pathPrefix: '/en/' },
];

describe('matchRoute', () => {
  it('routes by host, ignoring the port and letter case', () => {
    expect(matchRoute(routes, 'English.VinhLong.localhost:8080', '/articles/')?.locale).toBe('en');
  });

  it('prefers the longest matching path prefix on a shared host', () => {
    expect(matchRoute(routes, 'snv.vinhlong.localhost', '/en/articles/x/')?.locale).toBe('en');
    expect(matchRoute(routes, 'snv.vinhlong.localhost', '/en')?.locale).toBe('en');
    expect(matchRoute(routes, 'snv.vinhlong.localhost', '/english-news/')?.locale).toBe('vi');
  });

  it('finds nothing for a host no tenant claims', () => {
    expect(matchRoute(routes, 'evil.example', '/')).toBeUndefined();
  });
});

describe('findRouteConflicts', () => {
  it('reports two tenants claiming the same host and prefix', () => {
    const conflicts = findRouteConflicts([...routes, { tenantCode: 'sct', locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/en/' }]);
    expect(conflicts).toEqual(['snv.vinhlong.localhost/en/ is claimed by snv/en and sct/vi']);
  });
});

describe('public addresses', () => {
  it('joins the prefix and a page path without doubling slashes', () => {
    expect(publicUrl({ host: 'snv.vinhlong.gov.vn', pathPrefix: '/en/' }, '/articles/x/')).toBe('https://snv.vinhlong.gov.vn/en/articles/x/');
    expect(publicUrl({ host: 'snv.localhost', pathPrefix: '/' }, '', 'http:', 8080)).toBe('http://snv.localhost:8080/');
    expect(publicPath({ pathPrefix: '/km/' }, 'search/')).toBe('/km/search/');
  });
});
