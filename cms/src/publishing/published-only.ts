import type { Core } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** Whether the current request came through the content API (REST `/api` or GraphQL), not the admin panel. */
function servingContentApi(strapi: Core.Strapi): boolean {
  const ctx: any = strapi.requestContext.get();
  return ctx?.state?.route?.info?.type === 'content-api';
}

/**
 * The content API is the public read path (the site build reads it with PUBLISHER_TOKEN): it
 * serves published versions only, whoever asks and however the query spells its status
 * (`status=draft`, GraphQL `status: DRAFT`, v4's `publicationState=preview`). Drafts are the
 * boards' work in progress, across every portal, and are read in the admin panel only.
 */
export function servePublishedOnlyThroughContentApi(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    if (READ_ACTIONS.has(context.action) && servingContentApi(strapi)) {
      context.params = { ...(context.params as object), status: 'published' } as typeof context.params;
    }
    return next();
  });
}
