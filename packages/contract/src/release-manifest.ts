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
});
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;
