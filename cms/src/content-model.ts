import type { Core, UID } from '@strapi/strapi';

/**
 * What the CMS knows of a content type from its model, asked in one place by the tenancy fence,
 * the workflow, the publishing outbox and the validation rules alike.
 */
export const TENANT_UID = 'api::tenant.tenant';

export interface Model {
  attributes: Record<string, any>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean }; portal?: { internal?: boolean } };
}

/**
 * A uid known only at run time (a Document Service call's, a route's, a descriptor's) as the uid
 * type Strapi generates from the schemas (types/generated). A uid Strapi does not know finds no
 * model, and a query on it fails.
 */
export const schemaUid = (uid: string) => uid as UID.Schema;
export const contentTypeUid = (uid: string) => uid as UID.ContentType;

/** A content type's or component's model; undefined for a uid Strapi does not know. */
export function model(strapi: Core.Strapi, uid: string): Model | undefined {
  return strapi.getModel(schemaUid(uid)) as Model | undefined;
}

export const isLocalized = (strapi: Core.Strapi, uid: string) => Boolean(model(strapi, uid)?.pluginOptions?.i18n?.localized);

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string) => Boolean(model(strapi, uid)?.options?.draftAndPublish);

/** Whether a content type belongs to one tenant: an API type with a `tenant` relation to the tenant type. */
export function isTenantScoped(strapi: Core.Strapi, uid: string): boolean {
  const attribute = uid.startsWith('api::') ? model(strapi, uid)?.attributes.tenant : undefined;
  return attribute?.type === 'relation' && attribute.target === TENANT_UID;
}

/**
 * Whether a content type is portal content: tenant-scoped and not marked internal
 * (`pluginOptions.portal.internal`, e.g. board memberships), so its changes rebuild the portal.
 */
export function isPublicContent(strapi: Core.Strapi, uid: string): boolean {
  return isTenantScoped(strapi, uid) && !model(strapi, uid)?.pluginOptions?.portal?.internal;
}

/** Whether the boards publish a content type through the editorial workflow: portal content with Draft & Publish. */
export function isWorkflowType(strapi: Core.Strapi, uid: string): boolean {
  return isPublicContent(strapi, uid) && hasDraftAndPublish(strapi, uid);
}
