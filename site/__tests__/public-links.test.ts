import { describe, expect, it } from 'vitest';
import { absoluteUrl, hostRootHref, hreflangLinks, linkHref, siteOf } from '../src/lib/public-links';
import { SNV, VINHLONG } from './fixtures';

const HTTPS = { protocol: 'https:', port: undefined } as const;
const LOCAL = { protocol: 'http:', port: 8080 } as const;

describe('public links', () => {
  it('stays site-relative between languages that share a host', () => {
    expect(linkHref(siteOf(SNV.sites, 'vi'), siteOf(SNV.sites, 'en'), 'tin-tuc/x/', LOCAL)).toBe('/en/tin-tuc/x/');
    expect(linkHref(siteOf(SNV.sites, 'en'), siteOf(SNV.sites, 'vi'), '', LOCAL)).toBe('/');
  });

  it('goes absolute between languages on different hosts', () => {
    expect(linkHref(siteOf(VINHLONG.sites, 'vi'), siteOf(VINHLONG.sites, 'en'), 'tin-tuc/x/', LOCAL)).toBe(
      'http://english.vinhlong.localhost:8080/tin-tuc/x/',
    );
  });

  it('names the root of another portal’s host, or of this one, whatever the language prefix', () => {
    expect(hostRootHref(siteOf(VINHLONG.sites, 'vi'), siteOf(SNV.sites, 'km'), LOCAL)).toBe('http://snv.vinhlong.localhost:8080/');
    expect(hostRootHref(siteOf(SNV.sites, 'vi'), siteOf(SNV.sites, 'km'), HTTPS)).toBe('/');
  });

  it('builds absolute addresses under the language prefix, with the local port when there is one', () => {
    expect(absoluteUrl(siteOf(SNV.sites, 'km'), 'search/', HTTPS)).toBe('https://snv.vinhlong.localhost/km/search/');
    expect(absoluteUrl(siteOf(SNV.sites, 'vi'), '', LOCAL)).toBe('http://snv.vinhlong.localhost:8080/');
  });

  it('tags alternates with BCP 47 language tags', () => {
    expect(hreflangLinks([{ locale: 'vi', path: '' }, { locale: 'km', path: '' }], SNV.sites, HTTPS)).toEqual([
      { hreflang: 'vi-VN', href: 'https://snv.vinhlong.localhost/' },
      { hreflang: 'km-KH', href: 'https://snv.vinhlong.localhost/km/' },
    ]);
  });

  it('refuses a language the tenant has no site for', () => {
    expect(() => siteOf(VINHLONG.sites, 'km')).toThrow(/no site in "km"/);
  });
});
