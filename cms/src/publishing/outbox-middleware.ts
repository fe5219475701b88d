import type { Core } from '@strapi/strapi';
import { mainPortalsShowing, portalsReachedBy, publicChangeOf, tenantCodesOf } from './public-change';

/**
 * Records every change to public tenant content in the outbox, in the same database transaction
 * as the change: either both are stored or neither is, so the publisher can never miss a publish
 * (webhooks are lost on restart and fire once per locale and row; see docs/architecture.md).
 *
 * Tenants are looked up before and after the change, so moving an item to another tenant
 * rebuilds both portals; a change the main portal shows of another portal rebuilds it too, and
 * one the province addresses to every portal (or stops addressing to them) rebuilds them all.
 */
/** The portals a document is on: its tenant's, and every portal for a notice the province addresses to all. */
const portalsShowing = async (strapi: Core.Strapi, uid: string, documentId: string) => [...(await tenantCodesOf(strapi, uid, documentId)), ...(await portalsReachedBy(strapi, uid, documentId))];

export function registerOutboxMiddleware(strapi: Core.Strapi): void {
  const outbox = () => strapi.service('api::publish-event.publish-event') as any;

  strapi.documents.use(async (context, next) => {
    const action = publicChangeOf(strapi, context as any);
    if (!action) return next();
    const params = (context.params ?? {}) as { documentId?: string; locale?: string | string[] };

    return strapi.db.transaction(async () => {
      const tenantsBefore = params.documentId ? await portalsShowing(strapi, context.uid, params.documentId) : [];
      const result: any = await next();
      const documentId = params.documentId ?? result?.documentId ?? null;
      const tenantsAfter = documentId && context.action !== 'delete' ? await portalsShowing(strapi, context.uid, documentId) : [];
      const locale = Array.isArray(params.locale) ? params.locale.join(',') : (params.locale ?? result?.locale ?? null);
      const changed = new Set([...tenantsBefore, ...tenantsAfter]);
      for (const tenantCode of [...changed, ...(await mainPortalsShowing(strapi, context.uid, changed))]) {
        await outbox().record({ action, contentType: context.uid, documentId, locale, tenantCode });
      }
      return result;
    });
  });
}
