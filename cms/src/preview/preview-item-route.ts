import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PREVIEW_ITEM_PATH, PREVIEW_TICKET_HEADER, PUBLIC_COLLECTIONS, previewableCollectionOf, type PreviewItem } from '@portal/contract';
import { itemPortalsFor } from '../tenancy/item-portals';
import { PreviewTicketError, readPreviewTicket, type PreviewGrant } from './preview-ticket';

/** The person a ticket was issued to, as the tenancy rules read them; refused once blocked or deactivated. */
async function activeUser(strapi: Core.Strapi, userId: number): Promise<any> {
  const user: any = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } });
  if (!user || !user.isActive || user.blocked) throw new errors.PolicyError('Tài khoản không còn được phép xem trước / This account may no longer preview');
  return user;
}

function grantOf(strapi: Core.Strapi, ticket: unknown): PreviewGrant {
  if (typeof ticket !== 'string' || ticket === '') throw new errors.UnauthorizedError('Thiếu vé xem trước / No preview ticket');
  try {
    return readPreviewTicket(ticket, strapi.config.get('admin.auth.secret') as string);
  } catch (error) {
    if (error instanceof PreviewTicketError) throw new errors.UnauthorizedError(`Vé xem trước không hợp lệ hoặc đã hết hạn / Preview ticket refused: ${error.message}`);
    throw error;
  }
}

/** The item a ticket grants, read again now: the person must still be on the item's board. */
export async function previewItemOf(strapi: Core.Strapi, ticket: unknown): Promise<PreviewItem> {
  const grant = grantOf(strapi, ticket);
  const collection = previewableCollectionOf(grant.uid);
  if (!collection) throw new errors.ValidationError(`"${grant.uid}" không có trang để xem trước / has no page to preview`);
  await itemPortalsFor(strapi, await activeUser(strapi, grant.userId), grant);
  const found = await (strapi.service('api::public-export.public-export') as any).item(PUBLIC_COLLECTIONS[collection], grant);
  if (!found?.tenantCode) throw new errors.NotFoundError('Không tìm thấy bản này của mục / This version of the item does not exist');
  // A draft has no publication time yet: it is shown as it would be if published when last saved.
  const entry = { ...found.entry, publishedAt: found.entry.publishedAt ?? found.entry.updatedAt };
  return { collection, tenantCode: found.tenantCode, locale: grant.locale, status: grant.status, entry };
}

/**
 * `GET /admin/portal-preview/item`: for the preview service only (the publisher's token), the
 * item named by the ticket in `x-portal-preview-ticket`. An admin route, not the content API,
 * which serves published versions alone whoever asks.
 */
export function registerPreviewItemRoute(strapi: Core.Strapi): void {
  (strapi.admin as any).routes['portal-preview'] = {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: PREVIEW_ITEM_PATH.replace(/^\/admin/, ''),
        handler: async (ctx: any) => {
          ctx.set('cache-control', 'no-store');
          ctx.body = { data: await previewItemOf(strapi, ctx.get(PREVIEW_TICKET_HEADER)) };
        },
        config: { auth: false, policies: ['global::is-publisher'] },
      },
    ],
  };
}
