import type { Core } from '@strapi/strapi';
import type { Locale, PreviousSlug } from '@portal/contract';
import { TENANT_UID, schemaUid } from '../content-model';

export const PREVIOUS_SLUG_UID = 'api::previous-slug.previous-slug';

/** A document's tenant as a write or a stored row names it. */
export type TenantReference = { id?: number; documentId?: string } | undefined;

/** The tenant's documentId, which previous slugs are kept by (it never changes, unlike the code). */
export async function tenantDocumentIdOf(strapi: Core.Strapi, tenant: TenantReference): Promise<string | undefined> {
  if (tenant?.documentId) return tenant.documentId;
  if (!tenant?.id) return undefined;
  const row = await strapi.db.query(TENANT_UID).findOne({ where: { id: tenant.id }, select: ['documentId'] });
  return row?.documentId ?? undefined;
}

export interface SlugOwner {
  uid: string;
  tenantDocumentId: string;
  /** Only this language's previous slugs, for a slug kept per language; every language's otherwise. */
  locale: Locale | undefined;
  /** The document asking, whose own previous slugs are free for it to take back. */
  exceptDocumentId: string | undefined;
}

/**
 * Whether another item of the same type and portal had this slug before a rename and still exists:
 * its old address redirects to it, so a new item there would either be hidden by the redirect or
 * take over the links that were made to the renamed item.
 */
export async function isPreviousSlugOfAnother(strapi: Core.Strapi, owner: SlugOwner, slug: string): Promise<boolean> {
  const rows: any[] = await strapi.db.query(PREVIOUS_SLUG_UID).findMany({
    where: {
      contentType: owner.uid,
      tenantDocumentId: owner.tenantDocumentId,
      slug,
      ...(owner.locale ? { language: owner.locale } : {}),
      ...(owner.exceptDocumentId ? { itemDocumentId: { $ne: owner.exceptDocumentId } } : {}),
    },
    select: ['itemDocumentId'],
  });
  if (rows.length === 0) return false;
  const itemDocumentIds = [...new Set(rows.map((row) => row.itemDocumentId as string))];
  return (await strapi.db.query(schemaUid(owner.uid)).count({ where: { documentId: { $in: itemDocumentIds } } })) > 0;
}

/** Keeps the addresses a document's published versions had, once its slug has changed, each once. */
export async function recordPreviousSlugs(
  strapi: Core.Strapi,
  item: { uid: string; documentId: string; tenantDocumentId: string },
  published: ReadonlyArray<{ locale: string; slug: string }>,
): Promise<void> {
  const query = strapi.db.query(PREVIOUS_SLUG_UID);
  for (const { locale, slug } of published) {
    const record = { contentType: item.uid, itemDocumentId: item.documentId, language: locale, tenantDocumentId: item.tenantDocumentId, slug };
    if ((await query.count({ where: record })) === 0) await query.create({ data: record });
  }
}

/** Every previous slug of one portal's items in one language, for its build's redirects. */
export async function publicPreviousSlugs(strapi: Core.Strapi, tenantCode: string, locale: Locale): Promise<PreviousSlug[]> {
  const tenant = await strapi.db.query(TENANT_UID).findOne({ where: { code: tenantCode }, select: ['documentId'] });
  if (!tenant) return [];
  const rows: any[] = await strapi.db.query(PREVIOUS_SLUG_UID).findMany({
    where: { tenantDocumentId: tenant.documentId, language: locale },
    select: ['contentType', 'itemDocumentId', 'language', 'slug'],
    orderBy: [{ id: 'asc' }],
  });
  return rows.map((row) => ({ contentType: row.contentType, documentId: row.itemDocumentId, locale: row.language, slug: row.slug }));
}
