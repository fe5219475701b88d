import { PREVIEW_BANNER, PREVIEW_TICKET_PARAM } from '@portal/contract';
import { defineMiddleware } from 'astro:middleware';
import { previewEnv } from './lib/preview-env';
import { previewOf } from './lib/preview-page';
import { withPortal } from './lib/request-portal';

/**
 * Every answer is private to the editor who asked: never cached or indexed, framed only by the
 * admin, sending no address (which holds the ticket) to the sites its links lead to. The page is
 * rendered, body and all, while its portal is the one the layout's components read.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const env = previewEnv();
  const outcome = await previewOf(env, context.url.searchParams.get(PREVIEW_TICKET_PARAM));
  context.locals.previewOutcome = outcome;
  if (outcome.ok) context.locals.preview = { banner: PREVIEW_BANNER };
  // Read whole while the portal is the request's: a page's body renders as it is read. As bytes,
  // since the preview's files (pages/media.ts) are answered through here too.
  const render = async () => {
    const response = await next();
    return new Response(await response.arrayBuffer(), response);
  };
  const ticket = context.url.searchParams.get(PREVIEW_TICKET_PARAM) ?? '';
  const response = outcome.ok ? await withPortal(outcome.portal, ticket, render) : await render();
  response.headers.set('cache-control', 'no-store');
  response.headers.set('x-robots-tag', 'noindex, nofollow');
  response.headers.set('referrer-policy', 'no-referrer');
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('content-security-policy', `default-src 'self'; img-src 'self' data: https: http:; frame-ancestors 'self' ${env.frameAncestors}`);
  return response;
});
