import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type PublishEvent } from '@portal/contract';
import { hasDraftAndPublish, isPublicContent, schemaUid, TENANT_UID } from '../content-model';

/**
 * What the main portal (a "province" tenant) shows of the other portals: their latest articles
 * (aggregated news), their drafts open for comment, and the portals themselves (the directory).
 */
const SHOWN_ON_MAIN_PORTAL = new Set([CONTENT_TYPES.articles.uid, CONTENT_TYPES.consultations.uid, TENANT_UID]);

type PublishAction = PublishEvent['action'];

interface DocumentCall {
  uid: string;
  action: string;
  params?: { status?: string };
}

/**
 * Which change to the public portals a Document Service call makes, if any. Saving a draft
 * changes nothing public; publishing, unpublishing and deleting do, and so does any change to a
 * tenant itself (its names and hosts are on every page).
 */
export function publicChangeOf(strapi: Core.Strapi, call: DocumentCall): PublishAction | undefined {
  if (call.uid === TENANT_UID) {
    return ['create', 'update', 'delete'].includes(call.action) ? 'tenant-change' : undefined;
  }
  if (!isPublicContent(strapi, call.uid)) return undefined;
  if (call.action === 'publish' || call.action === 'unpublish' || call.action === 'delete') return call.action;
  const writes = call.action === 'create' || call.action === 'update';
  if (writes && (!hasDraftAndPublish(strapi, call.uid) || call.params?.status === 'published')) return 'publish';
  return undefined;
}

/** The codes of the tenants that any locale or version (draft, published) of a document belongs to. */
export async function tenantCodesOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  if (uid === TENANT_UID) {
    const rows = await strapi.db.query(TENANT_UID).findMany({ where: { documentId }, select: ['code'] });
    return rows.map((row: any) => row.code);
  }
  const rows = await strapi.db.query(schemaUid(uid)).findMany({
    where: { documentId },
    select: ['id'],
    populate: { tenant: { select: ['code'] } },
  });
  return rows.flatMap((row: any) => (row.tenant?.code ? [row.tenant.code] : []));
}

/**
 * The main portals that must be rebuilt as well when a change to `uid` rebuilds `changed`: a
 * department's article is on the main portal's home page, so its publish rebuilds both.
 */
export async function mainPortalsShowing(strapi: Core.Strapi, uid: string, changed: ReadonlySet<string>): Promise<string[]> {
  if (!SHOWN_ON_MAIN_PORTAL.has(uid) || changed.size === 0) return [];
  const rows = await strapi.db.query(TENANT_UID).findMany({ where: { kind: 'province' }, select: ['code'] });
  return [...new Set<string>(rows.map((row: any) => row.code))].filter((code) => !changed.has(code));
}

/**
 * Every portal, when a document is an outage notice the province's portal addresses to all
 * portals (`provinceWide`): each shows it as a banner, so each is rebuilt when it changes.
 */
export async function portalsReachedBy(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  if (uid !== CONTENT_TYPES.outageNotices.uid) return [];
  const versions = await strapi.db.query(schemaUid(uid)).findMany({ where: { documentId }, select: ['provinceWide'], populate: { tenant: { select: ['kind'] } } });
  if (!versions.some((version: any) => version.provinceWide && version.tenant?.kind === 'province')) return [];
  return (await strapi.db.query(TENANT_UID).findMany({ select: ['code'] })).map((row: any) => row.code);
}
