import { LOCALE_TAGS, publicPath, publicUrl, type Locale, type TenantSite } from '@portal/contract';
import type { PageLink } from './page-plan';

/** How the public reaches the portals: https in production, http on a port in local stacks. */
export interface PublicOrigin {
  protocol: 'https:' | 'http:';
  port: number | undefined;
}

export interface HreflangLink {
  hreflang: string;
  href: string;
}

export function siteOf(sites: readonly TenantSite[], locale: Locale): TenantSite {
  const site = sites.find((candidate) => candidate.locale === locale);
  if (!site) throw new Error(`The tenant has no site in "${locale}"`);
  return site;
}

export function absoluteUrl(site: TenantSite, path: string, origin: PublicOrigin): string {
  return publicUrl(site, path, origin.protocol, origin.port);
}

export function hreflangLinks(alternates: readonly PageLink[], sites: readonly TenantSite[], origin: PublicOrigin): HreflangLink[] {
  return alternates.map((link) => ({
    hreflang: LOCALE_TAGS[link.locale],
    href: absoluteUrl(siteOf(sites, link.locale), link.path, origin),
  }));
}

/** A link from a page of `from` to a page of `to`: site-relative on the same host, absolute across hosts. */
export function linkHref(from: TenantSite, to: TenantSite, path: string, origin: PublicOrigin): string {
  return from.host === to.host ? publicPath(to, path) : absoluteUrl(to, path, origin);
}

/** The root of `to`'s host as a link from a page of `from`: `/` on the same host, an origin across hosts. */
export function hostRootHref(from: TenantSite, to: TenantSite, origin: PublicOrigin): string {
  return from.host === to.host ? '/' : publicUrl({ host: to.host, pathPrefix: '/' }, '', origin.protocol, origin.port);
}
