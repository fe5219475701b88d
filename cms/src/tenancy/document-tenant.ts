import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isTenantScoped, TENANT_UID } from '../publishing/public-change';
import { relationInput, whereReferenced } from './references';

const ONE_PORTAL = 'Mọi phiên bản ngôn ngữ của một mục thuộc cùng cổng với mục đó / every language version of an item belongs to the item’s portal';

/** The portal a document's stored versions belong to; undefined when they name none, or (left over from before this rule) several. */
async function documentTenant(strapi: Core.Strapi, uid: string, documentId: string): Promise<{ id: number; documentId: string } | undefined> {
  const rows: any[] = await strapi.db.query(uid as any).findMany({ where: { documentId }, select: ['id'], populate: { tenant: { select: ['id', 'documentId'] } } });
  const tenants = new Map(rows.filter((row) => row.tenant).map((row) => [row.tenant.id as number, row.tenant]));
  return tenants.size === 1 ? [...tenants.values()][0] : undefined;
}

/**
 * Every version of a portal's item, in every language, belongs to the document's portal: the
 * `tenant` relation is stored per language version (Strapi localizes every relation), and the
 * Content Manager creates a new language version without it, which would hide that version from
 * the board and make the document unreachable for it. A write to an existing document that names
 * no portal gets the document's; one that names another portal, or none, is refused. This holds
 * for everyone, the provincial administrator included: a document is never split between portals.
 */
export function registerDocumentTenant(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (context.action !== 'update' || !params?.documentId || !params.data || !context.uid.startsWith('api::') || !isTenantScoped(strapi, context.uid)) return next();
    const tenant = await documentTenant(strapi, context.uid, params.documentId);
    if (!tenant) return next();
    const input = params.data.tenant === undefined ? { added: [], clears: false } : relationInput(params.data.tenant);
    if (input.clears) throw new errors.ValidationError(`tenant: ${ONE_PORTAL}`);
    if (input.added.length > 0) {
      const named: any[] = await strapi.db.query(TENANT_UID as any).findMany({ where: whereReferenced(input.added), select: ['id'] });
      if (named.length !== 1 || named[0].id !== tenant.id) throw new errors.ValidationError(`tenant: ${ONE_PORTAL}`);
      return next();
    }
    params.data = { ...params.data, tenant: { connect: [{ documentId: tenant.documentId }] } };
    return next();
  });
}
