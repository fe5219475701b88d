import type { Core } from '@strapi/strapi';
import { addAdminRoutes, pageParameter } from '../admin-routes';
import { boardScope, visibleBoards } from '../deadlines/board-scope';
import { isProvincialAdmin } from '../tenancy/membership';
import { itemPublishStatus } from './item-publish-status';

export const PUBLISH_STATUS_API_PREFIX = '/publishing';

/**
 * `GET /admin/publishing/boards`: the portals whose build history the user may read.
 * `GET /admin/publishing/builds?tenant=&page=`: build history, newest first: a portal
 * administrator's own portals, the provincial administrator's any or all.
 * `GET /admin/publishing/items/:uid/:documentId?locale=`: where the item's latest change stands,
 * for anyone on the item's board.
 */
export function registerPublishStatusRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, 'publish-status', [
    {
      method: 'GET',
      path: `${PUBLISH_STATUS_API_PREFIX}/boards`,
      handler: async (ctx) => {
        ctx.body = { data: { province: isProvincialAdmin(ctx.state.user), boards: await visibleBoards(strapi, ctx.state.user, 'tenant_admin') } };
      },
    },
    {
      method: 'GET',
      path: `${PUBLISH_STATUS_API_PREFIX}/builds`,
      handler: async (ctx) => {
        const page = pageParameter(ctx.query.page);
        const tenantCodes = await boardScope(strapi, ctx.state.user, ctx.query.tenant || undefined, 'tenant_admin');
        ctx.body = { data: await (strapi.service('api::publish-build.publish-build') as any).history(tenantCodes, page) };
      },
    },
    {
      method: 'GET',
      path: `${PUBLISH_STATUS_API_PREFIX}/items/:uid/:documentId`,
      handler: async (ctx) => {
        const { uid, documentId } = ctx.params;
        ctx.body = { data: await itemPublishStatus(strapi, ctx.state.user, { uid, documentId, locale: String(ctx.query.locale ?? '') }) };
      },
    },
  ]);
}
