import { PREVIEW_ITEM_PATH, PREVIEW_TICKET_HEADER, PUBLIC_COLLECTIONS, menuSchema, tenantSchema, type Article, type Locale, type PreviewItem, type Tenant } from '@portal/contract';
import { z } from 'astro/zod';
import { createCmsClient, type CmsClient } from '../../src/loaders/cms-client';
import { portalNoticeSchema } from '../../src/lib/outage-banner';
import { planPages, type PlannedPage } from '../../src/lib/page-plan';
import type { Portal } from '../../src/lib/portal';
import { SECTIONS } from '../../src/lib/sections/index';
import type { SectionContent } from '../../src/lib/sections/plan-sections';
import type { PreviewEnv } from './preview-env';
import { PREVIEW_PROBLEMS, type PreviewProblem } from './preview-problem';

export type PreviewOutcome = { ok: true; portal: Portal; page: PlannedPage } | { ok: false; problem: PreviewProblem };

class Refused extends Error {
  constructor(readonly problem: PreviewProblem) {
    super(problem.title);
  }
}

/** The item a ticket grants, from the CMS; the CMS checks the ticket and the person's seat on the item's board again. */
async function itemOf(env: PreviewEnv, ticket: string): Promise<PreviewItem> {
  let response: Response;
  try {
    response = await fetch(`${env.cmsUrl}${PREVIEW_ITEM_PATH}`, {
      headers: { authorization: `Bearer ${env.cmsToken}`, [PREVIEW_TICKET_HEADER]: ticket },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new Refused(PREVIEW_PROBLEMS.cmsUnavailable((error as Error).message));
  }
  if (response.status === 401) throw new Refused(PREVIEW_PROBLEMS.ticketRefused());
  if (response.status === 403) throw new Refused(PREVIEW_PROBLEMS.notAllowed());
  if (response.status === 404) throw new Refused(PREVIEW_PROBLEMS.notFound());
  if (!response.ok) throw new Refused(PREVIEW_PROBLEMS.cmsUnavailable(`HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`));
  return ((await response.json()) as { data: PreviewItem }).data;
}

/** Parses with a contract schema; the editor is told every field the page cannot do without. */
function parsed<T>(schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Refused(PREVIEW_PROBLEMS.incomplete(result.error.issues.map((issue) => `${issue.path.join('.') || '(mục)'}: ${issue.message}`)));
  return result.data;
}

/** The portal around the item: its tenant, menus and outage notices as published (the item alone is unpublished). */
async function portalParts(cms: CmsClient, code: string, locale: Locale) {
  try {
    const [tenant, menus, notices] = await Promise.all([
      cms.fetchTenant(code),
      cms.fetchCollection(PUBLIC_COLLECTIONS.menus, code, locale),
      cms.fetchCollection(PUBLIC_COLLECTIONS.outageNotices, code, locale),
    ]);
    return {
      tenant: tenantSchema.parse(tenant) as Tenant,
      menus: menus.map((menu) => menuSchema.parse(menu)),
      outageNotices: notices.map((notice) => portalNoticeSchema.parse({ ...notice, tenantCode: code })),
    };
  } catch (error) {
    throw new Refused(PREVIEW_PROBLEMS.cmsUnavailable((error as Error).message));
  }
}

/** The item's own page in a plan of this item alone; an item of a section without detail pages is shown in its listing. */
function pageOf(pages: readonly PlannedPage[], item: PreviewItem, sectionId: string): PlannedPage | undefined {
  const inLocale = pages.filter((page) => page.locale === item.locale);
  return (
    inLocale.find((page) => page.kind === sectionId && 'entry' in page && page.entry.documentId === item.entry.documentId) ??
    inLocale.find((page) => page.kind === `${sectionId}-list` && 'listing' in page && page.pageNumber === 1 && !page.filter)
  );
}

/**
 * One page of a portal, planned and laid out as its build would, from an item the CMS hands over
 * for the ticket: the same page plan, section modules and templates, over that item alone.
 */
export async function previewOf(env: PreviewEnv, ticket: string | null): Promise<PreviewOutcome> {
  try {
    if (!ticket) throw new Refused(PREVIEW_PROBLEMS.noTicket());
    const item = await itemOf(env, ticket);
    const section = SECTIONS.find((candidate) => candidate.collection === item.collection);
    if (!section) throw new Refused(PREVIEW_PROBLEMS.noPage());
    const entry = parsed(PUBLIC_COLLECTIONS[section.collection].schema as z.ZodType, item.entry);
    const cms = createCmsClient({ graphqlUrl: env.cmsGraphqlUrl, token: env.cmsToken });
    const { tenant, menus, outageNotices } = await portalParts(cms, item.tenantCode, item.locale);
    let pages: PlannedPage[];
    try {
      // The news is given apart (every portal has it); every other section in the section content.
      const articles = section.collection === 'articles' ? [entry as Article] : [];
      const sections: SectionContent = section.collection === 'articles' ? {} : { [section.id]: [entry] };
      pages = planPages(tenant, articles, { sections, partial: true });
    } catch (error) {
      throw new Refused(PREVIEW_PROBLEMS.cannotPlan((error as Error).message));
    }
    const page = pageOf(pages, item, section.id);
    if (!page) throw new Refused(PREVIEW_PROBLEMS.noPage());
    return { ok: true, page, portal: { tenant, pages, feeds: [], menus, outageNotices, origin: env.origin } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
