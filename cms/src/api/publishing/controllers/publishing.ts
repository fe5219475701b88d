import type { Core } from '@strapi/strapi';
import { buildOutcomeSchema, tenantCodeSchema } from '@portal/contract';

const MAX_LISTED = 500;

/** Delivery API of the outbox for the publisher. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pendingEvents(ctx: any) {
    const requested = Number(ctx.query.limit ?? MAX_LISTED);
    if (!Number.isInteger(requested) || requested < 1 || requested > MAX_LISTED) {
      return ctx.badRequest(`limit must be a whole number from 1 to ${MAX_LISTED}`);
    }
    ctx.body = { events: await strapi.service('api::publish-event.publish-event').pending(requested) };
  },

  async pendingTenants(ctx: any) {
    ctx.body = { tenants: await strapi.service('api::publish-event.publish-event').pendingTenants() };
  },

  async startBuild(ctx: any) {
    const tenantCode = tenantCodeSchema.safeParse(ctx.request.body?.tenantCode);
    if (!tenantCode.success) return ctx.badRequest('tenantCode must be a tenant code');
    ctx.status = 201;
    ctx.body = { build: await strapi.service('api::publish-build.publish-build').start(tenantCode.data) };
  },

  async reportBuild(ctx: any) {
    const buildId = Number(ctx.params.id);
    if (!Number.isInteger(buildId) || buildId < 1) return ctx.badRequest('the build id must be a positive whole number');
    const outcome = buildOutcomeSchema.safeParse(ctx.request.body);
    if (!outcome.success) {
      return ctx.badRequest(`the outcome must be { status: "live", releaseId }, { status: "taken-down" } or { status: "failed", error }: ${outcome.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}`);
    }
    ctx.body = { build: await strapi.service('api::publish-build.publish-build').finish(buildId, outcome.data) };
  },

  async tenants(ctx: any) {
    const tenants = await strapi.documents('api::tenant.tenant').findMany({ populate: ['sites', 'contact'], limit: -1 } as any);
    ctx.body = { tenants: tenants.map(({ code, kind, sites, contact }: any) => ({ code, kind, sites: sites.map(({ id, ...site }: any) => site), contact })) };
  },
});
