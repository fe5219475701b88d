import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hiddenFromCurrentMember } from './document-guard';

/**
 * Route policy for the i18n plugin's "copy the fields shared by all languages" endpoint, which
 * reads any entry by row id straight from the database: a board member gets nothing of another
 * portal's entry.
 */
export async function onlyVisibleEntry(policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> {
  const { model, id } = policyContext.request.body ?? {};
  if (typeof model !== 'string' || !strapi.getModel(model as any) || !Number.isInteger(Number(id))) return true; // the plugin validates its own input
  const row: any = await strapi.db.query(model as any).findOne({ where: { id: Number(id) }, select: ['documentId'] });
  if (row?.documentId && (await hiddenFromCurrentMember(strapi, model, row.documentId))) {
    throw new errors.PolicyError('Nội dung thuộc cổng khác / this entry belongs to another portal');
  }
  return true;
}
