import { AsyncLocalStorage } from 'node:async_hooks';
import { PREVIEW_TICKET_PARAM, type TenantSite } from '@portal/contract';
import type { Portal } from '../../src/lib/portal';
import { PREVIEW_MEDIA_ROUTE } from './preview-media';

interface PreviewRequest {
  portal: Portal;
  /** The ticket the request came with: the preview's own addresses (its files) need it too. */
  ticket: string;
}

const current = new AsyncLocalStorage<PreviewRequest>();

function currentRequest(): PreviewRequest {
  const request = current.getStore();
  if (!request) throw new Error('a page was rendered outside a preview request');
  return request;
}

/**
 * Stands in for `src/lib/portal.ts` in the preview build (see astro.preview.config.ts): the
 * layout's menus and banner read the portal of the request being rendered, which the preview
 * assembled from the CMS, instead of the build's content layer, which a server does not have.
 */
export function loadPortal(): Promise<Portal> {
  return Promise.resolve(currentRequest().portal);
}

/**
 * A draft's photos and downloads are in no release: the preview service serves them itself, from
 * the CMS, to the holder of the same ticket (preview/pages/media.ts). The address is relative, so
 * it stays on the preview's own origin and path, never a portal host.
 */
export function mediaHref(_site: Pick<TenantSite, 'pathPrefix'>, path: string): string {
  return `${PREVIEW_MEDIA_ROUTE}?${new URLSearchParams({ [PREVIEW_TICKET_PARAM]: currentRequest().ticket, path })}`;
}

/** Runs `render` with `portal` as the portal its components read. */
export function withPortal<T>(portal: Portal, ticket: string, render: () => Promise<T>): Promise<T> {
  return current.run({ portal, ticket }, render);
}
