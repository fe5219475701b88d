import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTIONS } from '@portal/contract';
import { TENANT_UID } from '../content-model';

const PUBLISHED_THROUGH_GRAPHQL = new Set<string>([TENANT_UID, ...Object.values(PUBLIC_COLLECTIONS).map((collection) => collection.uid)]);

/**
 * GraphQL is the portals' read path, so it carries the public collections and tenants only. The
 * plugin would otherwise expose every content type to any token with read access: the outbox,
 * board memberships, credential records and whatever internal collection comes next.
 */
export function limitGraphqlToPublicContent(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (uid.startsWith('api::') && !PUBLISHED_THROUGH_GRAPHQL.has(uid)) extension.shadowCRUD(uid).disable();
  }
}
