import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LIVE_RELEASE_LINK, RELEASE_MANIFEST_FILE, findRouteConflicts, releaseManifestSchema, type SiteRoute } from '@portal/contract';

export interface ServedRoute extends SiteRoute {
  /**
   * This route's locale directory reached through the tenant's live-release link, so a request
   * always resolves the release that is live at that moment: a switch changes no route.
   */
  root: string;
  /** The language's renamed pages: a path below the prefix (`tin-tuc/old/`) to the page's present path. */
  redirects: ReadonlyMap<string, string>;
}

/** Where a tenant's live-release link points, or undefined when it has none (never built, taken down). */
export async function liveReleaseOf(sitesDir: string, tenantCode: string): Promise<string | undefined> {
  return readlink(join(sitesDir, tenantCode, LIVE_RELEASE_LINK)).catch(() => undefined);
}

/**
 * A tenant's routes, from the manifest of one of its releases (`release` as its live link names
 * it). Hosts and prefixes are tenant data from the CMS that each build writes into its release;
 * nothing here names a tenant.
 */
export async function readReleaseRoutes(
  sitesDir: string,
  tenantCode: string,
  release: string,
  warn: (message: string) => void,
): Promise<ServedRoute[]> {
  const text = await readFile(join(resolve(sitesDir, tenantCode, release), RELEASE_MANIFEST_FILE), 'utf8').catch(() => 'null');
  let parsed: ReturnType<typeof releaseManifestSchema.safeParse> | undefined;
  try {
    parsed = releaseManifestSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success || parsed.data.tenantCode !== tenantCode) {
    warn(`${tenantCode}: live release has no valid ${RELEASE_MANIFEST_FILE}; not served`);
    return [];
  }
  const redirects = parsed.data.redirects ?? [];
  return parsed.data.sites.map((site) => ({
    tenantCode,
    locale: site.locale,
    host: site.host,
    pathPrefix: site.pathPrefix,
    root: join(sitesDir, tenantCode, LIVE_RELEASE_LINK, site.locale),
    redirects: new Map(redirects.filter((redirect) => redirect.locale === site.locale).map((redirect) => [redirect.from, redirect.to])),
  }));
}

/** Warns about (host, prefix) pairs claimed twice; the first route in the table wins them. */
export function warnRouteConflicts(routes: readonly ServedRoute[], warn: (message: string) => void): void {
  for (const conflict of findRouteConflicts(routes)) warn(`route conflict, first one wins: ${conflict}`);
}

/** The whole routing table, read once: every tenant's live manifest. */
export async function readRouteTable(sitesDir: string, warn: (message: string) => void = (message) => console.warn(`[static-server] ${message}`)): Promise<ServedRoute[]> {
  const routes: ServedRoute[] = [];
  for (const tenantCode of (await readdir(sitesDir).catch(() => [] as string[])).sort()) {
    const release = await liveReleaseOf(sitesDir, tenantCode);
    if (release) routes.push(...(await readReleaseRoutes(sitesDir, tenantCode, release, warn)));
  }
  warnRouteConflicts(routes, warn);
  return routes;
}
