import { publicPath, type Menu, type PUBLIC_COLLECTIONS, type PublicCollectionName, type PreviousSlug, type PublicCorrection, type Tenant, type TenantSite } from '@portal/contract';
import { getEntry } from 'astro:content';
import type { z } from 'astro/zod';
// How each page's asset addresses are set as it renders: part of what every page is keyed by.
import assetAddressing from '../middleware.ts?raw';
import { buildEnv } from './build-env';
import { collectionData } from './collections';
import { feedsOfPage, planFeeds, type Feed } from './feeds';
import { bannerNotices, type PortalNotice } from './outage-banner';
import { layoutDigest, pageCacheKey } from './page-cache-key';
import { pagesOfKind, planPages, type PageKind, type PlannedPage } from './page-plan';
import type { PublicOrigin } from './public-links';
import { SECTIONS } from './sections/index';
import type { NetworkArticle, NetworkConsultation, NetworkTenant } from './sections/portal-network';
import type { SectionContent } from './sections/plan-sections';

/** A public collection's entries, typed by the contract's schema. */
function entriesOf<Name extends PublicCollectionName>(name: Name): Promise<Array<z.infer<(typeof PUBLIC_COLLECTIONS)[Name]['schema']>>> {
  return collectionData(name);
}

export interface Portal {
  tenant: Tenant;
  pages: PlannedPage[];
  feeds: Feed[];
  /** Every page's header and footer show them: read once per build, not once per page. */
  menus: Menu[];
  /** The outage notices every page's banner may show (its own, and the province's addressed to all). */
  outageNotices: PortalNotice[];
  origin: PublicOrigin;
}

/** The tenant being built and every page of its portal, from the content layer's snapshot of the CMS. */
export function loadPortal(): Promise<Portal> {
  // Every route's getStaticPaths asks for it; one build plans the portal once.
  loaded ??= planPortal();
  return loaded;
}
let loaded: Promise<Portal> | undefined;

async function planPortal(): Promise<Portal> {
  const env = buildEnv();
  const entry = await getEntry('tenant', env.tenantCode);
  if (!entry) throw new Error(`The content layer holds no tenant "${env.tenantCode}"`);
  const sections = Object.fromEntries(await Promise.all(SECTIONS.map(async (section) => [section.id, await entriesOf(section.collection)] as const))) as SectionContent;
  const content = {
    sections,
    organisationUnits: await entriesOf('organisationUnits'),
    positions: await entriesOf('positions'),
    componentPortals: await entriesOf('componentPortals'),
    homeLayouts: await entriesOf('homeLayouts'),
    featuredLinks: await entriesOf('featuredLinks'),
    networkTenants: await collectionData<NetworkTenant>('networkTenants'),
    networkArticles: await collectionData<NetworkArticle>('networkArticles'),
    networkConsultations: await collectionData<NetworkConsultation>('networkConsultations'),
    corrections: await collectionData<PublicCorrection>('corrections'),
    previousSlugs: await collectionData<PreviousSlug>('previousSlugs'),
  };
  const pages = planPages(entry.data as Tenant, sections.article ?? [], content);
  const feeds = planFeeds(pages);
  return {
    tenant: entry.data as Tenant,
    pages: pages.map((page) => ({ ...page, feeds: feedsOfPage(page, feeds) })),
    feeds,
    menus: await entriesOf('menus'),
    outageNotices: await collectionData<PortalNotice>('outageNotices'),
    origin: { protocol: env.publicProtocol, port: env.publicPort },
  };
}

/**
 * The address of a copied upload (a photo, a download, the emblem) on a page of `site`; `path` is
 * where the release holds it below the language's root (`lib/sections/media.ts`). The preview
 * serves a draft's files itself, and answers this differently (preview/lib/request-portal.ts).
 */
export function mediaHref(site: Pick<TenantSite, 'pathPrefix'>, path: string): string {
  return publicPath(site, path);
}

/** What every page's shared layout shows besides the page itself, digested once per build: part of every page's cache key. */
function loadLayoutDigest(): Promise<string> {
  layout ??= loadPortal().then(({ tenant, origin, menus, outageNotices }) => {
    // The same inputs, judged the same way, as OutageBanner and SiteFooter while rendering.
    const now = new Date();
    const banners = Object.fromEntries(tenant.sites.map((site) => [site.locale, bannerNotices(tenant.code, outageNotices, site.locale, now)]));
    return layoutDigest({ tenant, origin, menus, banners, year: now.getFullYear(), assetAddressing });
  });
  return layout;
}
let layout: Promise<string> | undefined;

/** The props every page component receives: its planned page plus the portal it belongs to. */
export interface PageProps<K extends PageKind> {
  page: Extract<PlannedPage, { kind: K }>;
  tenant: Tenant;
  origin: PublicOrigin;
}

/** `getStaticPaths` entries for the pages a predicate picks, each at its own path (for catch-all routes). */
export async function staticPathsWhere(
  picks: (page: PlannedPage) => boolean,
): Promise<Array<{ params: Record<string, string | undefined>; props: { page: PlannedPage; tenant: Tenant; origin: PublicOrigin }; cacheKey: string }>> {
  const { tenant, pages, origin } = await loadPortal();
  const layout = await loadLayoutDigest();
  return pages.filter(picks).map((page) => ({
    params: { locale: page.locale, path: page.path.replace(/\/$/, '') },
    props: { page, tenant, origin },
    cacheKey: pageCacheKey(layout, page),
  }));
}

/** `getStaticPaths` entries for one kind of page; `params` maps a page to its route parameters. */
export async function staticPathsFor<K extends PageKind>(
  kind: K,
  params: (page: Extract<PlannedPage, { kind: K }>) => Record<string, string | undefined>,
): Promise<Array<{ params: Record<string, string | undefined>; props: PageProps<K>; cacheKey: string }>> {
  const { tenant, pages, origin } = await loadPortal();
  const layout = await loadLayoutDigest();
  return pagesOfKind(pages, kind).map((page) => ({
    params: { locale: page.locale, ...params(page) },
    props: { page, tenant, origin },
    cacheKey: pageCacheKey(layout, page),
  }));
}
