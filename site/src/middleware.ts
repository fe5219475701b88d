import { defineMiddleware } from 'astro:middleware';
import { ASSET_PREFIX_MARKER } from './integrations/locale-assets';
import { loadPortal } from './lib/portal';

/**
 * Gives each rendered page its language's asset addresses (see ASSET_PREFIX_MARKER) as it is
 * rendered, so the copy Astro keeps for the incremental build is the final page: a page reused
 * from an earlier build needs no rewriting, and the post-build step touches only `_astro/`.
 * The layout digest includes this file's text (lib/portal.ts), so changing it renders every page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = context.params.locale;
  if (!locale || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const site = (await loadPortal()).tenant.sites.find((candidate) => candidate.locale === locale);
  if (!site) return response;
  const html = await response.text();
  return new Response(html.replaceAll(`${ASSET_PREFIX_MARKER}/`, site.pathPrefix), response);
});
