import { AsyncLocalStorage } from 'node:async_hooks';
import type { Portal } from '../../src/lib/portal';

const current = new AsyncLocalStorage<Portal>();

/**
 * Stands in for `src/lib/portal.ts` in the preview build (see astro.preview.config.ts): the
 * layout's menus and banner read the portal of the request being rendered, which the preview
 * assembled from the CMS, instead of the build's content layer, which a server does not have.
 */
export function loadPortal(): Promise<Portal> {
  const portal = current.getStore();
  if (!portal) throw new Error('a page was rendered outside a preview request');
  return Promise.resolve(portal);
}

/** Runs `render` with `portal` as the portal its components read. */
export function withPortal<T>(portal: Portal, render: () => Promise<T>): Promise<T> {
  return current.run(portal, render);
}
