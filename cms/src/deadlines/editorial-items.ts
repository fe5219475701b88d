import type { Core } from '@strapi/strapi';
import { LOCALES, type Locale } from '@portal/contract';
import { isPublicContent } from '../publishing/public-change';

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
}

// Menus have no title: their placement (main, footer) names them.
const TITLE_FIELDS = ['title', 'name', 'fullName', 'documentNumber', 'placement'];

/** The content types the boards publish: tenant-scoped, with Draft & Publish. */
export function editorialTypes(strapi: Core.Strapi): string[] {
  return Object.keys(strapi.contentTypes).filter(
    (uid) => uid.startsWith('api::') && isPublicContent(strapi, uid) && Boolean((strapi.contentTypes as any)[uid].options?.draftAndPublish),
  );
}

export function typeNameOf(strapi: Core.Strapi, uid: string): string {
  return (strapi.contentTypes as any)[uid]?.info?.displayName ?? uid;
}

/**
 * Every document of `uid` belonging to the given tenants (all tenants when `tenantCodes` is
 * undefined), read straight from the database: the dashboard sees drafts and every language.
 */
export async function editorialItems(strapi: Core.Strapi, uid: string, tenantCodes: readonly string[] | undefined): Promise<EditorialItem[]> {
  const where: Record<string, unknown> = tenantCodes ? { tenant: { code: { $in: [...tenantCodes] } } } : { tenant: { id: { $notNull: true } } };
  const rows: any[] = await strapi.db.query(uid as any).findMany({ where, populate: { tenant: { select: ['code'] } } });
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
    };
    const locale = (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : undefined;
    if (locale && row.publishedAt) item.publishedIn[locale] = row;
    if (row.locale === 'vi') {
      if (row.publishedAt) item.published = row;
      else item.draft = row;
    }
    items.set(row.documentId, item);
  }
  return [...items.values()]
    .filter((item) => item.draft || item.published)
    .map((item) => {
      const row = item.published ?? item.draft!;
      const title = TITLE_FIELDS.map((field) => row[field]).find((value) => typeof value === 'string' && value !== '');
      return { ...item, tenantCode: item.tenantCode ?? row.tenant?.code, title: title ?? item.documentId };
    });
}
