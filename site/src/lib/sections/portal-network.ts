import {
  COMPONENT_PORTAL_KIND_LABELS,
  articleSchema,
  consultationSchema,
  consultationStage,
  tenantSchema,
  tenantSiteSchema,
  type ComponentPortal,
  type ComponentPortalKind,
  type Locale,
  type TenantSite,
} from '@portal/contract';
import { z } from 'astro/zod';
import { articlePath } from './articles';
import { consultationCard, consultationPath, openFirst } from './consultations';
import type { Card, SectionContext } from './types';

/** Another tenant of the installation, as the main portal's directory names and links it. */
export const networkTenantSchema = z.object({ code: tenantSchema.shape.code, kind: tenantSchema.shape.kind, sites: z.array(tenantSiteSchema).min(1) });
export type NetworkTenant = z.infer<typeof networkTenantSchema>;

/** An article of another portal, with the code of the tenant it comes from. */
export const networkArticleSchema = articleSchema.extend({ tenantCode: tenantSchema.shape.code });
export type NetworkArticle = z.infer<typeof networkArticleSchema>;

/** A consultation of another portal, with the code of the tenant it comes from. */
export const networkConsultationSchema = consultationSchema.extend({ tenantCode: tenantSchema.shape.code });
export type NetworkConsultation = z.infer<typeof networkConsultationSchema>;

/** How many of the other portals' latest articles the main portal lists. */
export const NETWORK_NEWS_ITEMS = 20;

/** A portal in the directory: one of this installation (linked in the reader's language when it has it) or elsewhere. */
export interface DirectoryEntry {
  name: string;
  /** A portal of this installation: the page is linked on its site in this language, or its first. */
  site?: TenantSite;
  url?: string;
}

export interface DirectoryGroup {
  heading: string;
  entries: DirectoryEntry[];
}

/** The site a reader of `locale` is sent to: that language's, or the portal's first (Vietnamese). */
export const siteFor = (tenant: NetworkTenant, locale: Locale): TenantSite => tenant.sites.find((site) => site.locale === locale) ?? tenant.sites[0]!;

/**
 * The directory of component portals: the installation's own tenants, then the CMS's directory
 * entries for portals hosted elsewhere (an entry naming a host of a tenant here is that tenant).
 */
export function portalDirectory(locale: Locale, tenants: readonly NetworkTenant[], portals: readonly ComponentPortal[]): DirectoryGroup[] {
  const hosts = new Set(tenants.flatMap((tenant) => tenant.sites.map((site) => site.host)));
  const hostOf = (url: string) => (url.startsWith('http') ? new URL(url).host.replace(/:\d+$/, '') : undefined);
  const kinds = Object.keys(COMPONENT_PORTAL_KIND_LABELS) as ComponentPortalKind[];
  return kinds.flatMap((kind) => {
    const own = tenants.filter((tenant) => tenant.kind === kind).map((tenant) => ({ name: siteFor(tenant, locale).name, site: siteFor(tenant, locale) }));
    const elsewhere = portals
      .filter((portal) => portal.locale === locale && portal.kind === kind && !hosts.has(hostOf(portal.url) ?? ''))
      .map((portal) => ({ name: portal.name, url: portal.url }));
    const entries = [...own, ...elsewhere];
    return entries.length > 0 ? [{ heading: COMPONENT_PORTAL_KIND_LABELS[kind][locale], entries }] : [];
  });
}

/** Another portal as the main portal's search covers it in one language. */
export interface SearchedPortal {
  code: string;
  site: TenantSite;
}

/** The other portals the main portal's search also covers in `locale`: those with a site in it, by name. */
export function searchedPortals(locale: Locale, tenants: readonly NetworkTenant[]): SearchedPortal[] {
  return tenants
    .flatMap((tenant) => tenant.sites.filter((site) => site.locale === locale).map((site) => ({ code: tenant.code, site })))
    .sort((a, b) => a.site.name.localeCompare(b.site.name, locale));
}

/** An entry of another portal as the main portal lists it: linked on the portal it was published on. */
export interface NetworkCard extends Card {
  /** Below the source portal's language root. */
  path: string;
  source: TenantSite;
  /** When the entry last changed: the listing's last modification. */
  updatedAt: string;
}

/** The other portals' latest articles in one language, newest first, each with its source portal. */
export function networkNews(locale: Locale, tenants: readonly NetworkTenant[], articles: readonly NetworkArticle[]): NetworkCard[] {
  const byCode = new Map(tenants.map((tenant) => [tenant.code, tenant]));
  return articles
    .filter((article) => article.locale === locale && byCode.has(article.tenantCode))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.documentId.localeCompare(b.documentId))
    .slice(0, NETWORK_NEWS_ITEMS)
    .map((article) => ({
      title: article.title,
      path: articlePath(article),
      date: article.publishedAt,
      meta: [],
      summary: article.summary,
      source: siteFor(byCode.get(article.tenantCode)!, locale),
      updatedAt: article.updatedAt,
    }));
}

/**
 * The drafts the other portals have open for comment, or about to open, in one language: the main
 * portal lists them with its own (Quy chế Đ3 k6), open ones first with the days left, each linked
 * on the drafting agency's portal. Closed ones stay on their own portal with their summary.
 */
export function networkConsultations(
  tenants: readonly NetworkTenant[],
  items: readonly NetworkConsultation[],
  context: Pick<SectionContext, 'locale' | 'strings' | 'today'>,
): NetworkCard[] {
  const byCode = new Map(tenants.map((tenant) => [tenant.code, tenant]));
  const takingComments = items.filter(
    (item) => item.locale === context.locale && byCode.has(item.tenantCode) && ['open', 'upcoming'].includes(consultationStage(item, context.today)),
  );
  return openFirst(takingComments, context).map((item) => {
    const path = consultationPath(item);
    const source = siteFor(byCode.get(item.tenantCode)!, context.locale);
    return { ...consultationCard(item, { ...context, pathOf: () => path }), path, source, updatedAt: item.updatedAt };
  });
}
