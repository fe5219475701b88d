import type { Core } from '@strapi/strapi';
import { publicUrl, type ItemPublishStatus, type PublishBuildView } from '@portal/contract';
import { itemPortalsFor, type ItemRef } from '../tenancy/item-portals';
import { TENANT_UID } from '../content-model';

/**
 * Where the portal is served, for the link to the live item: `PORTAL_PUBLIC_PROTOCOL` and
 * `PORTAL_PUBLIC_PORT` as the publisher's builds use them (https and the default port in production).
 */
async function portalUrlOf(strapi: Core.Strapi, tenantCode: string, locale: string): Promise<string | null> {
  const tenant = await strapi.db.query(TENANT_UID).findOne({ where: { code: tenantCode }, populate: { sites: true } });
  const site = tenant?.sites?.find((candidate: any) => candidate.locale === locale);
  if (!site) return null;
  const port = Number(process.env.PORTAL_PUBLIC_PORT) || undefined;
  return publicUrl(site, '', process.env.PORTAL_PUBLIC_PROTOCOL ?? 'https:', port);
}

/** Whether an item's latest public change is waiting, being built, live, or stuck in a failed build. */
export async function itemPublishStatus(strapi: Core.Strapi, user: any, item: ItemRef): Promise<ItemPublishStatus> {
  const tenantCodes = await itemPortalsFor(strapi, user, item);
  const builds = strapi.service('api::publish-build.publish-build') as any;
  const event = await (strapi.service('api::publish-event.publish-event') as any).latestFor({
    contentType: item.uid,
    documentId: item.documentId,
    locale: item.locale,
    tenantCodes,
  });
  const tenantCode: string = event?.tenantCode ?? tenantCodes[0]!;
  const failure = (await builds.currentFailure(tenantCode)) ?? null;
  const status = (state: ItemPublishStatus['state'], since: string | null, portalUrl: string | null = null): ItemPublishStatus => ({
    state,
    action: event?.action ?? null,
    since,
    tenantCode,
    portalUrl,
    failure,
  });
  if (!event) return status('none', null);
  const build: PublishBuildView | undefined = event.buildId ? await builds.find(event.buildId) : undefined;
  if (event.acknowledgedAt) return status('live', build?.finishedAt ?? event.acknowledgedAt, await portalUrlOf(strapi, tenantCode, item.locale));
  if (build?.status === 'building') return status('building', build.startedAt);
  if (build?.status === 'failed') return status('failed', failure?.since ?? build.finishedAt);
  return status('queued', event.createdAt);
}
