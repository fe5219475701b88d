import type { z } from 'zod';
import { articleSchema, newsCategorySchema } from './article.js';
import { consultationSchema } from './consultation.js';
import { directionItemSchema } from './direction.js';
import { disclosureItemSchema } from './disclosure.js';
import { feedbackAnswerSchema } from './feedback.js';
import { gazetteIssueSchema } from './gazette.js';
import { selectionOf } from './graphql-selection.js';
import { introPageSchema } from './introduction.js';
import { legalDocumentSchema } from './legal-document.js';
import type { Locale } from './locales.js';
import { componentPortalSchema, featuredLinkSchema, menuSchema } from './navigation.js';
import { onlineDialogueSchema } from './online-dialogue.js';
import { outageNoticeSchema } from './outage-notice.js';
import { contactEntrySchema, leaderSchema, organisationUnitSchema, positionSchema } from './organisation.js';
import { investmentProjectSchema, planSchema, scienceProgrammeSchema } from './plans.js';
import { publicServiceSchema } from './public-service.js';
import { financialReportSchema, statisticSchema } from './reports.js';

/** One kind of tenant content as a portal build reads it: published, one tenant, one locale. */
export interface PublicCollection<Schema extends z.ZodObject = z.ZodObject> {
  /** The CMS content type. */
  uid: string;
  /** Its GraphQL collection query. */
  field: string;
  schema: Schema;
  /** A total order (documentId breaks ties), so no entry slips between two pages. */
  sort: readonly string[];
}

const NEWEST_FIRST = ['publishedAt:desc', 'documentId:asc'] as const;
const BY_DISPLAY_ORDER = ['displayOrder:asc', 'documentId:asc'] as const;

const collection = <Schema extends z.ZodObject>(uid: string, field: string, schema: Schema, sort: readonly string[] = NEWEST_FIRST): PublicCollection<Schema> => ({
  uid,
  field,
  schema,
  sort,
});

export const PUBLIC_COLLECTIONS = {
  articles: collection('api::article.article', 'articles', articleSchema),
  newsCategories: collection('api::news-category.news-category', 'newsCategories', newsCategorySchema, BY_DISPLAY_ORDER),
  directionItems: collection('api::direction-item.direction-item', 'directionItems', directionItemSchema, ['issuedOn:desc', 'documentId:asc']),
  legalDocuments: collection('api::legal-document.legal-document', 'legalDocuments', legalDocumentSchema, ['issueDate:desc', 'documentId:asc']),
  gazetteIssues: collection('api::gazette-issue.gazette-issue', 'gazetteIssues', gazetteIssueSchema, ['issueDate:desc', 'documentId:asc']),
  feedbackAnswers: collection('api::feedback-answer.feedback-answer', 'feedbackAnswers', feedbackAnswerSchema, ['answeredOn:desc', 'documentId:asc']),
  consultations: collection('api::consultation.consultation', 'consultations', consultationSchema, ['closesOn:desc', 'documentId:asc']),
  onlineDialogues: collection('api::online-dialogue.online-dialogue', 'onlineDialogues', onlineDialogueSchema, ['startsAt:desc', 'documentId:asc']),
  organisationUnits: collection('api::organisation-unit.organisation-unit', 'organisationUnits', organisationUnitSchema, BY_DISPLAY_ORDER),
  positions: collection('api::position.position', 'positions', positionSchema, ['rank:asc', 'documentId:asc']),
  leaders: collection('api::leader.leader', 'leaders', leaderSchema, BY_DISPLAY_ORDER),
  contactEntries: collection('api::contact-entry.contact-entry', 'contactEntries', contactEntrySchema, BY_DISPLAY_ORDER),
  introPages: collection('api::intro-page.intro-page', 'introPages', introPageSchema, BY_DISPLAY_ORDER),
  publicServices: collection('api::public-service.public-service', 'publicServices', publicServiceSchema, ['procedureCode:asc', 'documentId:asc']),
  plans: collection('api::plan.plan', 'plans', planSchema),
  investmentProjects: collection('api::investment-project.investment-project', 'investmentProjects', investmentProjectSchema),
  statistics: collection('api::statistic.statistic', 'statistics', statisticSchema),
  scienceProgrammes: collection('api::science-programme.science-programme', 'scienceProgrammes', scienceProgrammeSchema),
  financialReports: collection('api::financial-report.financial-report', 'financialReports', financialReportSchema, ['fiscalYear:desc', 'documentId:asc']),
  disclosureItems: collection('api::disclosure-item.disclosure-item', 'disclosureItems', disclosureItemSchema, BY_DISPLAY_ORDER),
  menus: collection('api::menu.menu', 'menus', menuSchema, ['placement:asc', 'documentId:asc']),
  featuredLinks: collection('api::featured-link.featured-link', 'featuredLinks', featuredLinkSchema, BY_DISPLAY_ORDER),
  componentPortals: collection('api::component-portal.component-portal', 'componentPortals', componentPortalSchema, BY_DISPLAY_ORDER),
  outageNotices: collection('api::outage-notice.outage-notice', 'outageNotices', outageNoticeSchema, ['startsAt:asc', 'documentId:asc']),
} as const;
export type PublicCollectionName = keyof typeof PUBLIC_COLLECTIONS;

/** The CMS's GraphQL defaultLimit; a shorter page is the last one. */
export const PUBLIC_PAGE_SIZE = 100;

/** The paged GraphQL query for one tenant's published entries of a collection in one locale. */
export function publicCollectionQuery(collection: PublicCollection): string {
  const sort = collection.sort.map((key) => JSON.stringify(key)).join(', ');
  return `query PublicCollection($code: String!, $locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
  ${collection.field}(locale: $locale, filters: { tenant: { code: { eq: $code } } }, pagination: { page: $page, pageSize: $pageSize }, sort: [${sort}]) ${selectionOf(collection.schema)}
}`;
}

export type GraphqlRequest = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * The CMS's bulk export: one page of any public collection, already shaped as its schema, read
 * with a few queries per page instead of the collection query's few queries per entry and
 * relation. The entries are the same; the schema parses either.
 */
export const PUBLIC_EXPORT_QUERY = `query PublicExport($collection: String!, $code: String!, $locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
  publicExport(collection: $collection, tenant: $code, locale: $locale, page: $page, pageSize: $pageSize)
}`;

export interface FetchOptions {
  /** "collection" (default): the GraphQL collection query; "export": the bulk export. */
  via?: 'collection' | 'export';
  pageSize?: number;
}

/**
 * Every entry of a collection for one tenant and locale, page by page, unparsed: the caller
 * validates against `collection.schema`. Fails rather than loops when the CMS ignores paging.
 */
export async function fetchPublicCollection(
  request: GraphqlRequest,
  collection: PublicCollection,
  target: { code: string; locale: Locale },
  { via = 'collection', pageSize = PUBLIC_PAGE_SIZE }: FetchOptions = {},
): Promise<Record<string, unknown>[]> {
  const [query, answer] = via === 'export' ? [PUBLIC_EXPORT_QUERY, 'publicExport'] : [publicCollectionQuery(collection), collection.field];
  const entries: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  for (let page = 1; ; page += 1) {
    const batch = (await request(query, { ...target, collection: collection.field, page, pageSize }))[answer];
    if (!Array.isArray(batch)) throw new Error(`the CMS answered ${collection.field} (${target.code}, ${target.locale}) without a list`);
    for (const entry of batch as Record<string, unknown>[]) {
      if (seen.has(entry.documentId)) throw new Error(`the CMS returned ${collection.field} ${String(entry.documentId)} (${target.locale}) twice while paging`);
      seen.add(entry.documentId);
      entries.push(entry);
    }
    if (batch.length < pageSize) return entries;
  }
}
