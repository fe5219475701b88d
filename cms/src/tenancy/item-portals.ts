import type { Core } from '@strapi/strapi';
import { localeParameter, refuseOutsider, refuseRequest } from '../admin-routes';
import { isPublicContent } from '../content-model';
import { tenantCodesOf } from '../publishing/public-change';
import { isProvincialAdmin, seatsOf } from './membership';

/** One language version of a portal item. */
export interface ItemRef {
  uid: string;
  documentId: string;
  locale: string;
}

/** The portals of an item, refused unless `user` sits on one of their boards or is the provincial administrator. */
export async function itemPortalsFor(strapi: Core.Strapi, user: any, item: ItemRef): Promise<string[]> {
  if (!isPublicContent(strapi, item.uid)) {
    refuseRequest('invalid', `"${item.uid}" không phải nội dung của cổng`, 'is not portal content');
  }
  localeParameter(item.locale);
  const tenantCodes = [...new Set(await tenantCodesOf(strapi, item.uid, item.documentId))];
  if (tenantCodes.length === 0) refuseRequest('missing', 'Không tìm thấy mục này', 'No such item');
  if (isProvincialAdmin(user)) return tenantCodes;
  const seats = await seatsOf(strapi, user.id);
  if (!seats.some((seat) => tenantCodes.includes(seat.tenantCode))) refuseOutsider();
  return tenantCodes;
}
