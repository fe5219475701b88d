import type { Tenant } from '@portal/contract';
import { getCollection, getEntry } from 'astro:content';
import { buildEnv } from './build-env';
import { pagesOfKind, planPages, type PageKind, type PlannedPage } from './page-plan';
import type { PublicOrigin } from './public-links';

export interface Portal {
  tenant: Tenant;
  pages: PlannedPage[];
  origin: PublicOrigin;
}

/** The tenant being built and every page of its portal, from the content layer's snapshot of the CMS. */
export async function loadPortal(): Promise<Portal> {
  const env = buildEnv();
  const entry = await getEntry('tenant', env.tenantCode);
  if (!entry) throw new Error(`The content layer holds no tenant "${env.tenantCode}"`);
  const articles = await getCollection('articles');
  return {
    tenant: entry.data,
    pages: planPages(entry.data, articles.map((article) => article.data)),
    origin: { protocol: env.publicProtocol, port: env.publicPort },
  };
}

/** The props every page component receives: its planned page plus the portal it belongs to. */
export interface PageProps<K extends PageKind> {
  page: Extract<PlannedPage, { kind: K }>;
  tenant: Tenant;
  origin: PublicOrigin;
}

/** `getStaticPaths` entries for one kind of page; `params` maps a page to its route parameters. */
export async function staticPathsFor<K extends PageKind>(
  kind: K,
  params: (page: Extract<PlannedPage, { kind: K }>) => Record<string, string | undefined>,
): Promise<Array<{ params: Record<string, string | undefined>; props: PageProps<K> }>> {
  const { tenant, pages, origin } = await loadPortal();
  return pagesOfKind(pages, kind).map((page) => ({ params: { locale: page.locale, ...params(page) }, props: { page, tenant, origin } }));
}
