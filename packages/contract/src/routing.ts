import type { Locale } from './locales.js';
import type { TenantSite } from './tenant.js';

/** The public address of a page: `path` is relative to the locale's root, such as "articles/x/". */
export function publicUrl(site: Pick<TenantSite, 'host' | 'pathPrefix'>, path = '', protocol = 'https:', port?: number): string {
  const origin = `${protocol}//${site.host}${port ? `:${port}` : ''}`;
  return `${origin}${site.pathPrefix}${path.replace(/^\/+/, '')}`;
}

/** The site-relative href of a page, for links inside the same host. */
export function publicPath(site: Pick<TenantSite, 'pathPrefix'>, path = ''): string {
  return `${site.pathPrefix}${path.replace(/^\/+/, '')}`;
}

export interface SiteRoute {
  tenantCode: string;
  locale: Locale;
  host: string;
  pathPrefix: string;
}

/**
 * Chooses the route that serves a request: the same host, the longest path prefix that the
 * request path starts with. Returns undefined when no portal is served there.
 */
export function matchRoute<R extends SiteRoute>(routes: readonly R[], host: string, path: string): R | undefined {
  const wantedHost = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const normalizedPath = path.endsWith('/') ? path : `${path}/`;
  let best: R | undefined;
  for (const route of routes) {
    if (route.host !== wantedHost) continue;
    if (!normalizedPath.startsWith(route.pathPrefix)) continue;
    if (!best || route.pathPrefix.length > best.pathPrefix.length) best = route;
  }
  return best;
}

/** Every (host, path prefix) must lead to exactly one tenant and language. */
export function findRouteConflicts(routes: readonly SiteRoute[]): string[] {
  const owners = new Map<string, SiteRoute>();
  const conflicts: string[] = [];
  for (const route of routes) {
    const key = `${route.host}${route.pathPrefix}`;
    const owner = owners.get(key);
    if (owner) {
      conflicts.push(`${key} is claimed by ${owner.tenantCode}/${owner.locale} and ${route.tenantCode}/${route.locale}`);
    } else {
      owners.set(key, route);
    }
  }
  return conflicts;
}
