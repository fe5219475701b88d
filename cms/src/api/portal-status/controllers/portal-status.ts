import type { Core } from '@strapi/strapi';
import type { PortalHealth } from '@portal/contract';
import { currentPortalStatus, prometheusMetrics } from '../../../monitoring';

/** The monitoring endpoints for IT staff's tools (docs/operations.md, "Monitoring and alerts"). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async health(ctx: any) {
    const { checkedAt, problems } = await currentPortalStatus(strapi);
    const body: PortalHealth = { status: problems.length === 0 ? 'ok' : 'failing', checkedAt, problems };
    ctx.status = problems.length === 0 ? 200 : 503;
    ctx.set('cache-control', 'no-store');
    ctx.body = body;
  },

  async metrics(ctx: any) {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/plain; version=0.0.4; charset=utf-8';
    ctx.body = prometheusMetrics(await currentPortalStatus(strapi));
  },
});
