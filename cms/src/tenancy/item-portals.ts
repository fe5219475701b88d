import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES } from '@portal/contract';
import { isPublicContent, tenantCodesOf } from '../publishing/public-change';
import { isProvincialAdmin, seatsOf } from './membership';

/** One language version of a portal item. */
export interface ItemRef {
  uid: string;
  documentId: string;
  locale: string;
}

/** The portals of an item, refused unless `user` sits on one of their boards or is the provincial administrator. */
export async function itemPortalsFor(strapi: Core.Strapi, user: any, item: ItemRef): Promise<string[]> {
  if (!item.uid.startsWith('api::') || !strapi.getModel(item.uid as any) || !isPublicContent(strapi, item.uid)) {
    throw new errors.ValidationError(`"${item.uid}" không phải nội dung của cổng / is not portal content`);
  }
  if (!(LOCALES as readonly string[]).includes(item.locale)) {
    throw new errors.ValidationError(`locale phải là một trong / must be one of ${LOCALES.join(', ')}`);
  }
  const tenantCodes = [...new Set(await tenantCodesOf(strapi, item.uid, item.documentId))];
  if (tenantCodes.length === 0) throw new errors.NotFoundError('Không tìm thấy mục này / No such item');
  if (isProvincialAdmin(user)) return tenantCodes;
  const seats = await seatsOf(strapi, user.id);
  if (!seats.some((seat) => tenantCodes.includes(seat.tenantCode))) {
    throw new errors.PolicyError('Bạn không thuộc Ban Biên tập của cổng này / You are not on this portal’s editorial board');
  }
  return tenantCodes;
}
