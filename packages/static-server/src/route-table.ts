import { readdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASE_MANIFEST_FILE, findRouteConflicts, releaseManifestSchema, type SiteRoute } from '@portal/contract';

export interface ServedRoute extends SiteRoute {
  /** The live release's directory for this route's locale, resolved when the table was read. */
  root: string;
}

/**
 * Builds the host routing table from the manifests of the live releases. Hosts and prefixes are
 * tenant data from the CMS that each build writes into its release; nothing here names a tenant.
 */
export async function readRouteTable(sitesDir: string, warn: (message: string) => void = console.warn): Promise<ServedRoute[]> {
  const routes: ServedRoute[] = [];
  for (const tenantCode of await readdir(sitesDir).catch(() => [] as string[])) {
    let release: string;
    try {
      release = await realpath(join(sitesDir, tenantCode, 'current'));
    } catch {
      continue; // never built, or taken down
    }
    const parsed = releaseManifestSchema.safeParse(
      JSON.parse(await readFile(join(release, RELEASE_MANIFEST_FILE), 'utf8').catch(() => 'null')),
    );
    if (!parsed.success || parsed.data.tenantCode !== tenantCode) {
      warn(`[static-server] ${tenantCode}: live release has no valid ${RELEASE_MANIFEST_FILE}; not served`);
      continue;
    }
    for (const site of parsed.data.sites) {
      routes.push({ tenantCode, locale: site.locale, host: site.host, pathPrefix: site.pathPrefix, root: join(release, site.locale) });
    }
  }
  for (const conflict of findRouteConflicts(routes)) warn(`[static-server] route conflict, first one wins: ${conflict}`);
  return routes;
}
