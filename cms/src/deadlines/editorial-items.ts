import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, deadlineRelationsOf, LOCALES, type Locale } from '@portal/contract';
import type { IsoDate } from '@portal/working-days';
import { AUDIT_LOG_UID } from '../audit/audit-log';
import { contentTypeUid, isWorkflowType, schemaUid } from '../content-model';
import { publicationDateOf } from './due-dates';

/** One document of a tenant as the board tracks it: its Vietnamese draft and published rows, and which languages are published. */
export interface EditorialItem {
  uid: string;
  documentId: string;
  tenantCode: string;
  title: string;
  /** The Vietnamese draft row (every D&P document has one). */
  draft: Record<string, any> | undefined;
  /** The Vietnamese published row, if the document is live. */
  published: Record<string, any> | undefined;
  /** Published rows by language, Vietnamese included. */
  publishedIn: Partial<Record<Locale, Record<string, any>>>;
  /**
   * The day the Vietnamese version first went live, which is what a deadline judges: a later
   * correction republishes it without making it late.
   */
  firstPublishedOn: IsoDate | undefined;
}

// Menus have no title: their placement (main, footer) names them.
const TITLE_FIELDS = ['title', 'name', 'fullName', 'documentNumber', 'placement'];

/** The content types the boards publish: tenant-scoped, with Draft & Publish. */
export function editorialTypes(strapi: Core.Strapi): string[] {
  return Object.keys(strapi.contentTypes).filter((uid) => isWorkflowType(strapi, uid));
}

export function typeNameOf(strapi: Core.Strapi, uid: string): string {
  return strapi.contentTypes[contentTypeUid(uid)]?.info?.displayName ?? uid;
}

/**
 * Every document of `uid` belonging to the given tenants (all tenants when `tenantCodes` is
 * undefined), read straight from the database: the dashboard sees drafts and every language.
 */
export async function editorialItems(strapi: Core.Strapi, uid: string, tenantCodes: readonly string[] | undefined): Promise<EditorialItem[]> {
  const where: Record<string, unknown> = tenantCodes ? { tenant: { code: { $in: [...tenantCodes] } } } : { tenant: { id: { $notNull: true } } };
  // Deadlines may run from a linked document's date (Đ9 k2: the law an article disseminates).
  const deadlineRelations = Object.fromEntries(Object.entries(deadlineRelationsOf(uid)).map(([relation, fields]) => [relation, { select: ['id', ...fields] }]));
  const rows: any[] = await strapi.db.query(schemaUid(uid)).findMany({ where, populate: { tenant: { select: ['code'] }, ...deadlineRelations } });
  const items = new Map<string, EditorialItem>();
  for (const row of rows) {
    const item: EditorialItem = items.get(row.documentId) ?? {
      uid,
      documentId: row.documentId,
      tenantCode: row.tenant?.code,
      title: '',
      draft: undefined,
      published: undefined,
      publishedIn: {},
      firstPublishedOn: undefined,
    };
    const locale = (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : undefined;
    if (locale && row.publishedAt) item.publishedIn[locale] = row;
    if (row.locale === 'vi') {
      if (row.publishedAt) item.published = row;
      else item.draft = row;
    }
    items.set(row.documentId, item);
  }
  const firstPublications = await firstPublicationsOf(strapi, uid);
  return [...items.values()]
    .filter((item) => item.draft || item.published)
    .map((item) => {
      const row = item.published ?? item.draft!;
      const title = TITLE_FIELDS.map((field) => row[field]).find((value) => typeof value === 'string' && value !== '');
      const livePublishedOn = item.published ? publicationDateOf(item.published.publishedAt) : undefined;
      const loggedPublishedOn = firstPublications.get(item.documentId);
      // Only a live item counts as published; entries published before the workflow (imports) have no log.
      const firstPublishedOn = livePublishedOn && loggedPublishedOn && loggedPublishedOn < livePublishedOn ? loggedPublishedOn : livePublishedOn;
      return { ...item, tenantCode: item.tenantCode ?? row.tenant?.code, title: title ?? item.documentId, firstPublishedOn };
    });
}

/** The day each document's Vietnamese version was first published, by the editorial audit log. */
async function firstPublicationsOf(strapi: Core.Strapi, uid: string): Promise<Map<string, IsoDate>> {
  const rows: any[] = await strapi.db.query(AUDIT_LOG_UID).findMany({
    where: { contentType: uid, targetLocale: DEFAULT_LOCALE, toState: 'published' },
    select: ['targetDocumentId', 'at'],
    orderBy: { at: 'desc' },
  });
  // Newest first, so the earliest publication is the one left in the map.
  return new Map(rows.map((row) => [row.targetDocumentId as string, publicationDateOf(row.at)]));
}
