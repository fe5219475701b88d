import { z } from 'zod';
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

export const releaseManifestSchema = z.object({
  tenantCode: tenantCodeSchema,
  builtAt: z.string(),
  sites: z.array(tenantSiteSchema).min(1),
  /** How many pages the release holds, for the publisher's one line per build; absent in older releases. */
  pages: z.number().int().nonnegative().optional(),
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
