import type { Menu, PUBLIC_COLLECTIONS, PublicCollectionName, PublicCorrection, Tenant } from '@portal/contract';
import { getEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { buildEnv } from './build-env';
import { collectionData } from './collections';
import { feedsOfPage, planFeeds, type Feed } from './feeds';
import type { PortalNotice } from './outage-banner';
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
    networkTenants: await collectionData<NetworkTenant>('networkTenants'),
    networkArticles: await collectionData<NetworkArticle>('networkArticles'),
    networkConsultations: await collectionData<NetworkConsultation>('networkConsultations'),
    corrections: await collectionData<PublicCorrection>('corrections'),
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

/** The props every page component receives: its planned page plus the portal it belongs to. */
export interface PageProps<K extends PageKind> {
  page: Extract<PlannedPage, { kind: K }>;
  tenant: Tenant;
  origin: PublicOrigin;
}

/** `getStaticPaths` entries for the pages a predicate picks, each at its own path (for catch-all routes). */
export async function staticPathsWhere(
  picks: (page: PlannedPage) => boolean,
): Promise<Array<{ params: Record<string, string | undefined>; props: { page: PlannedPage; tenant: Tenant; origin: PublicOrigin } }>> {
  const { tenant, pages, origin } = await loadPortal();
  return pages.filter(picks).map((page) => ({ params: { locale: page.locale, path: page.path.replace(/\/$/, '') }, props: { page, tenant, origin } }));
}

/** `getStaticPaths` entries for one kind of page; `params` maps a page to its route parameters. */
export async function staticPathsFor<K extends PageKind>(
  kind: K,
  params: (page: Extract<PlannedPage, { kind: K }>) => Record<string, string | undefined>,
): Promise<Array<{ params: Record<string, string | undefined>; props: PageProps<K> }>> {
  const { tenant, pages, origin } = await loadPortal();
  return pagesOfKind(pages, kind).map((page) => ({ params: { locale: page.locale, ...params(page) }, props: { page, tenant, origin } }));
}
