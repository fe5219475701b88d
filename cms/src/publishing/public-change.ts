import type { Core } from '@strapi/strapi';
import type { PublishEvent } from '@portal/contract';

export const TENANT_UID = 'api::tenant.tenant';
const ARTICLE_UID = 'api::article.article';
const CONSULTATION_UID = 'api::consultation.consultation';

/**
 * What the main portal (a "province" tenant) shows of the other portals: their latest articles
 * (aggregated news), their drafts open for comment, and the portals themselves (the directory).
 */
const SHOWN_ON_MAIN_PORTAL = new Set([ARTICLE_UID, CONSULTATION_UID, TENANT_UID]);

type PublishAction = PublishEvent['action'];

interface DocumentCall {
  uid: string;
  action: string;
  params?: { status?: string };
}

/** Whether a content type belongs to one tenant: it has a `tenant` relation to the tenant type. */
export function isTenantScoped(strapi: Core.Strapi, uid: string): boolean {
  const attribute = (strapi.getModel(uid as any)?.attributes as Record<string, any> | undefined)?.tenant;
  return attribute?.type === 'relation' && attribute.target === TENANT_UID;
}

/**
 * Whether a content type is portal content: tenant-scoped and not marked internal
 * (`pluginOptions.portal.internal`, e.g. board memberships), so its changes rebuild the portal.
 */
export function isPublicContent(strapi: Core.Strapi, uid: string): boolean {
  return isTenantScoped(strapi, uid) && !(strapi.getModel(uid as any) as any)?.pluginOptions?.portal?.internal;
}

function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  return Boolean((strapi.getModel(uid as any) as any)?.options?.draftAndPublish);
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
  if (!call.uid.startsWith('api::') || !isPublicContent(strapi, call.uid)) return undefined;
  if (call.action === 'publish' || call.action === 'unpublish' || call.action === 'delete') return call.action;
  const writes = call.action === 'create' || call.action === 'update';
  if (writes && (!hasDraftAndPublish(strapi, call.uid) || call.params?.status === 'published')) return 'publish';
  return undefined;
}

/** The codes of the tenants that any locale or version (draft, published) of a document belongs to. */
export async function tenantCodesOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  if (uid === TENANT_UID) {
    const rows = await strapi.db.query(TENANT_UID as any).findMany({ where: { documentId }, select: ['code'] });
    return rows.map((row: any) => row.code);
  }
  const rows = await strapi.db.query(uid as any).findMany({
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
  const rows = await strapi.db.query(TENANT_UID as any).findMany({ where: { kind: 'province' }, select: ['code'] });
  return [...new Set<string>(rows.map((row: any) => row.code))].filter((code) => !changed.has(code));
}

const OUTAGE_NOTICE_UID = 'api::outage-notice.outage-notice';

/**
 * Every portal, when a document is an outage notice the province's portal addresses to all
 * portals (`provinceWide`): each shows it as a banner, so each is rebuilt when it changes.
 */
export async function portalsReachedBy(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  if (uid !== OUTAGE_NOTICE_UID) return [];
  const versions = await strapi.db.query(uid as any).findMany({ where: { documentId }, select: ['provinceWide'], populate: { tenant: { select: ['kind'] } } });
  if (!versions.some((version: any) => version.provinceWide && version.tenant?.kind === 'province')) return [];
  return (await strapi.db.query(TENANT_UID as any).findMany({ select: ['code'] })).map((row: any) => row.code);
}
