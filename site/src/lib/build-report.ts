import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, findRouteConflicts, releaseRedirectSchema, tenantCodeSchema, tenantSiteSchema, type ReleaseRedirect, type Tenant } from '@portal/contract';
import { z } from 'astro/zod';
import type { PlannedPage } from './page-plan';
import { absoluteUrl, hreflangLinks, type PublicOrigin } from './public-links';
import { searchDocumentOf, searchDocumentSchema } from './search-document';

/**
 * Handed from the rendering step to the post-build step as a file at the root of the output:
 * the pages and their public addresses, so the sitemap, search index and checks need neither
 * the CMS nor a second copy of the routing rules. Removed before the release is finished.
 */
export const BUILD_REPORT_FILE = 'portal-build.json';

const reportedPageSchema = z.object({
  locale: z.enum(LOCALES),
  /** Where Astro writes the page, as a URL path: "/en/articles/x/" is written to en/articles/x/index.html. */
  outputPath: z.string().startsWith('/').endsWith('/'),
  /** The file that holds it in the release, relative to the output directory. */
  file: z.string(),
  url: z.url(),
  alternates: z.array(z.object({ hreflang: z.string(), href: z.url() })),
  inSitemap: z.boolean(),
  /** What the search index holds of the page; absent for pages search does not list. */
  search: searchDocumentSchema.optional(),
  lastModified: z.string().optional(),
});

export const buildReportSchema = z.object({
  tenantCode: tenantCodeSchema,
  sites: z.array(tenantSiteSchema.extend({ rootUrl: z.url() })).min(1),
  pages: z.array(reportedPageSchema),
  /** The renamed items' previous addresses, for the release manifest (the servers redirect them). */
  redirects: z.array(releaseRedirectSchema),
});
export type BuildReport = z.infer<typeof buildReportSchema>;
export type ReportedPage = z.infer<typeof reportedPageSchema>;

export function createBuildReport(tenant: Tenant, pages: readonly PlannedPage[], origin: PublicOrigin, redirects: readonly ReleaseRedirect[] = []): BuildReport {
  const conflicts = findRouteConflicts(tenant.sites.map((site) => ({ ...site, tenantCode: tenant.code })));
  if (conflicts.length > 0) throw new Error(`Two languages of "${tenant.code}" share an address: ${conflicts.join('; ')}`);
  return {
    tenantCode: tenant.code,
    sites: tenant.sites.map((site) => ({ ...site, rootUrl: absoluteUrl(site, '', origin) })),
    pages: pages.map((page) => ({
      locale: page.locale,
      // Astro writes `[locale]/404.astro` like any directory page; the static server wants 404.html.
      outputPath: page.kind === 'not-found' ? `/${page.locale}/404/` : `/${page.locale}/${page.path}`,
      file: page.kind === 'not-found' ? `${page.locale}/${page.path}` : `${page.locale}/${page.path}index.html`,
      url: absoluteUrl(page.site, page.path, origin),
      alternates: hreflangLinks(page.alternates, tenant.sites, origin),
      inSitemap: page.inSitemap,
      search: searchDocumentOf(page),
      lastModified: page.lastModified,
    })),
    redirects: [...redirects],
  };
}

export async function readBuildReport(outDir: string): Promise<BuildReport> {
  const file = join(outDir, BUILD_REPORT_FILE);
  const parsed = buildReportSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid build report: ${parsed.error.message}`);
  return parsed.data;
}
