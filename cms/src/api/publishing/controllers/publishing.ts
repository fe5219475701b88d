import type { Core } from '@strapi/strapi';

const MAX_BATCH = 500;

/** Delivery API of the outbox for the publisher. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pendingEvents(ctx: any) {
    const requested = Number(ctx.query.limit ?? MAX_BATCH);
    if (!Number.isInteger(requested) || requested < 1 || requested > MAX_BATCH) {
      return ctx.badRequest(`limit must be a whole number from 1 to ${MAX_BATCH}`);
    }
    ctx.body = { events: await strapi.service('api::publish-event.publish-event').pending(requested) };
  },

  async acknowledge(ctx: any) {
    const ids = ctx.request.body?.ids;
    if (!Array.isArray(ids) || ids.length > MAX_BATCH || !ids.every((id) => Number.isInteger(id) && id > 0)) {
      return ctx.badRequest(`ids must be a list of at most ${MAX_BATCH} event ids`);
    }
    ctx.body = { acknowledged: await strapi.service('api::publish-event.publish-event').acknowledge(ids) };
  },

  async tenants(ctx: any) {
    const tenants = await strapi.documents('api::tenant.tenant').findMany({ populate: ['sites', 'contact'], limit: -1 } as any);
    ctx.body = { tenants: tenants.map(({ code, kind, sites, contact }: any) => ({ code, kind, sites: sites.map(({ id, ...site }: any) => site), contact })) };
  },
});
