import { createHash } from 'node:crypto';
import type { Locale, Menu, Tenant } from '@portal/contract';
import type { BannerNotice } from './outage-banner';
import type { PlannedPage } from './page-plan';
import type { PublicOrigin } from './public-links';

/**
 * Everything the shared layout of every page shows besides the page's own plan: when any of it
 * changes, every page of the portal must be rendered again.
 */
export interface LayoutInputs {
  tenant: Tenant;
  origin: PublicOrigin;
  /** Main and footer menus of every language. */
  menus: readonly Menu[];
  /** The outage banners each language shows at build time. */
  banners: Partial<Record<Locale, BannerNotice[]>>;
  /** The footer's copyright year. */
  year: number;
  /**
   * The code that rewrites a rendered page's asset addresses (src/middleware.ts): Astro keys a
   * page by its own code only, and the middleware is not part of it.
   */
  assetAddressing: string;
}

// Maps and Sets serialise to `{}` in JSON, which would hide their content from the digest.
function keyableValue(key: string, value: unknown): unknown {
  if (value instanceof Map) return { '#map': [...value] };
  if (value instanceof Set) return { '#set': [...value] };
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`"${key}" holds a ${typeof value}, which a page cache key cannot capture`);
  }
  return value;
}

/** A digest of plain data: equal for equal data, different as soon as any value differs. */
export function dataDigest(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, keyableValue) ?? 'undefined')
    .digest('base64url');
}

/** The digest of what every page's layout shows (see `LayoutInputs`). */
export function layoutDigest(inputs: LayoutInputs): string {
  return dataDigest(inputs);
}

/**
 * The incremental build's `cacheKey` of one page: the layout digest and everything the page
 * renders, which its plan holds entirely (a listing holds the entries it lists, an entry its
 * view, the site map its groups). Astro adds the page's code to the comparison, so a page is
 * reused only when neither its data, the layout nor its templates changed.
 */
export function pageCacheKey(layout: string, page: PlannedPage): string {
  return dataDigest([layout, page]);
}
