import { z } from 'zod';
import { LOCALES } from './locales.js';
import { tenantCodeSchema, tenantSiteSchema } from './tenant.js';

/**
 * Written at the root of every built release. The static server routes requests from these
 * manifests alone, so hosts follow the CMS data and the public surface needs no CMS at runtime.
 */
export const RELEASE_MANIFEST_FILE = 'portal-release.json';

/**
 * The symlink in each tenant's sites directory that names its live release: the publisher goes
 * live by renaming a fresh one over it; servers follow it on every request.
 */
export const LIVE_RELEASE_LINK = 'current';

/**
 * A page's path below its language's root, as redirects name it: path segments of lowercase
 * letters, digits and hyphens, each followed by "/". Nothing in it can name another host or end
 * a line of the nginx configuration the redirects are written into.
 */
export const releasePagePathSchema = z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*\/)+$/);

/** An address that moved for good within one language of the release: `from` answers 301 to `to`. */
export const releaseRedirectSchema = z.object({
  locale: z.enum(LOCALES),
  from: releasePagePathSchema,
  to: releasePagePathSchema,
});
export type ReleaseRedirect = z.infer<typeof releaseRedirectSchema>;

export const releaseManifestSchema = z.object({
  tenantCode: tenantCodeSchema,
  builtAt: z.string(),
  sites: z.array(tenantSiteSchema).min(1),
  /** How many pages the release holds, for the publisher's one line per build; absent in older releases. */
  pages: z.number().int().nonnegative().optional(),
  /** The previous addresses of renamed items (changed slugs); absent in older releases. */
  redirects: z.array(releaseRedirectSchema).optional(),
  /** Milliseconds each step of the build took, in the order they ran, for the same line; absent in older releases. */
  phases: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

/** A build's phases on one line, e.g. "content 9.8 s, pages 20.1 s, check 4.9 s". */
export function phaseSummary(phases: Readonly<Record<string, number>>): string {
  return Object.entries(phases)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}
