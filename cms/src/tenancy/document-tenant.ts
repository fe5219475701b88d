import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocalized, isTenantScoped, schemaUid, TENANT_UID } from '../content-model';
import { asCall, localesOf } from '../validation/document-call';
import { relationInput, whereReferenced } from './references';

const ONE_PORTAL = 'tenant: Mọi phiên bản ngôn ngữ của một mục thuộc cùng cổng với mục đó / every language version of an item belongs to the item’s portal';

interface Portal {
  id: number;
  documentId: string;
}

/** The one portal `versions` are on; undefined when they name none, or (left over from before this rule) several. */
function portalOf(versions: Array<{ tenant?: Portal | null }>): Portal | undefined {
  const portals = new Map(versions.flatMap((version) => (version.tenant ? [[version.tenant.id, version.tenant] as const] : [])));
  return portals.size === 1 ? [...portals.values()][0] : undefined;
}

/**
 * Every version of a portal's item, in every language, belongs to the same portal: Strapi stores
 * the `tenant` relation per language version, and the Content Manager creates a new language
 * version without it, which would hide that version from the board and make the document
 * unreachable for it. A write to a language version that names no portal gets the one the other
 * languages are on; naming another portal, or clearing it, is refused. This holds for everyone,
 * the provincial administrator included; an item in one language only may still be moved.
 */
export function registerDocumentTenant(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const { documentId, data } = call.params;
    if (call.action !== 'update' || !documentId || !data || !isTenantScoped(strapi, call.uid)) return next();
    const locale = isLocalized(strapi, call.uid) ? localesOf(call)[0] : undefined;
    const versions: any[] = await strapi.db.query(schemaUid(call.uid)).findMany({ where: { documentId }, populate: { tenant: { select: ['id', 'documentId'] } } });
    const written = versions.filter((version) => version.locale === locale);
    const otherLanguages = portalOf(versions.filter((version) => version.locale !== locale));
    const input = data.tenant === undefined ? { added: [], clears: false } : relationInput(data.tenant);
    if (input.clears && portalOf(versions)) throw new errors.ValidationError(ONE_PORTAL);
    if (input.added.length > 0) {
      const named: any[] = await strapi.db.query(TENANT_UID).findMany({ where: whereReferenced(input.added), select: ['id'] });
      if (otherLanguages && (named.length !== 1 || named[0].id !== otherLanguages.id)) throw new errors.ValidationError(ONE_PORTAL);
    } else if (otherLanguages && !written.some((version) => version.tenant)) {
      call.params.data = { ...data, tenant: { connect: [{ documentId: otherLanguages.documentId }] } };
    }
    return next();
  });
}
