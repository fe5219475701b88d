import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LIVE_RELEASE_LINK, LOCALES, MOVED_PATH_PREFIXES, SEARCH_NETWORK_PREFIX } from '@portal/contract';
import { LiveRoutes } from './live-routes.js';
import type { ServedRoute } from './route-table.js';

export interface NginxSitesOptions {
  /** Where the tenants' release directories are, as nginx's workers see it. */
  sitesDir: string;
  /** Included in every portal's server block: listen/TLS and the static-serving policy (infra/nginx). */
  serverInclude: string;
}

/** A directory written into the configuration inside double quotes: nothing in it may end the string or name a variable. */
function configPath(path: string): string {
  if (/["\\\n$]/.test(path)) throw new Error(`nginx paths must not contain quotes, backslashes, newlines or "$": ${path}`);
  return path;
}

const regexLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The permanent redirects of the moved addresses (MOVED_PATH_PREFIXES) under one language's
 * prefix. The rest of the path is taken from the request as sent (`$request_uri`, still
 * percent-encoded), never from the decoded URI, so nothing in it can end the Location header;
 * and the target starts with the prefix and the new path, so it can never name another host.
 */
function movedLocations(prefix: string): string[] {
  return MOVED_PATH_PREFIXES.flatMap(({ from, to }) => [
    `    location ^~ ${prefix}${from} {`,
    `        if ($request_uri ~ "^${regexLiteral(`${prefix}${from}`)}(?<portal_moved_rest>[^?]*)(?<portal_moved_query>.*)$") { return 301 ${prefix}${to}$portal_moved_rest$portal_moved_query; }`,
    // Written otherwise (`//articles/x`, `/x/../articles/x`): the moved section's first page.
    `        return 301 ${prefix}${to};`,
    '    }',
    `    location = ${prefix}${from.slice(0, -1)} { return 301 ${prefix}${to}$is_args$args; }`,
  ]);
}

/**
 * The permanent redirects of a language's renamed pages (items whose slug changed), each an exact
 * location, which nginx prefers to any prefix location. The paths come from the release manifest,
 * whose schema allows only lowercase letters, digits, hyphens and slashes, so they are safe to
 * write here, and each target is a path on the same host.
 */
function renamedLocations(prefix: string, redirects: ReadonlyMap<string, string>): string[] {
  return [...redirects].sort(([a], [b]) => a.localeCompare(b)).flatMap(([from, to]) =>
    [from, from.slice(0, -1), `${from}index.html`].map((address) => `    location = ${prefix}${address} { return 301 ${prefix}${to}$is_args$args; }`),
  );
}

/**
 * One nginx server block per portal host and one prefix location per language on it, each an
 * alias through the tenant's live-release link: nginx then picks the longest prefix as the
 * development server does, and a release switch needs no reload unless it changes hosts, prefixes
 * or the renamed pages' redirects. Hosts and prefixes are validated tenant data (contract schemas),
 * so they are safe to write into the configuration.
 */
export function renderNginxSites(routes: readonly ServedRoute[], options: NginxSitesOptions): string {
  const byHost = new Map<string, ServedRoute[]>();
  for (const route of routes) {
    const onHost = byHost.get(route.host) ?? [];
    // A (host, prefix) claimed twice: the first route wins, as in the development server.
    if (!onHost.some((other) => other.pathPrefix === route.pathPrefix)) byHost.set(route.host, [...onHost, route]);
  }
  const sitesDir = configPath(options.sitesDir);
  const searchNetwork = [
    `    location ~ ^${SEARCH_NETWORK_PREFIX}(?<portal_tenant>[^/]+)/(?<portal_locale>${LOCALES.join('|')})/(?<portal_file>.*)$ {`,
    `        alias "${sitesDir}/$portal_tenant/${LIVE_RELEASE_LINK}/$portal_locale/pagefind/$portal_file";`,
    '    }',
  ];
  const blocks = [...byHost.keys()].sort().map((host) => {
    const lines = [`server {`, `    server_name ${host};`, `    include "${configPath(options.serverInclude)}";`, ...searchNetwork];
    for (const route of byHost.get(host)!.sort((a, b) => a.pathPrefix.localeCompare(b.pathPrefix))) {
      const prefix = route.pathPrefix;
      lines.push(
        `    location ${prefix} {`,
        `        alias "${join(sitesDir, route.tenantCode, LIVE_RELEASE_LINK, route.locale)}/";`,
        // A directory whose index.html is gone (a damaged release) is a missing page to readers,
        // not nginx's "403 Forbidden": the portal's 404, as the development server answers.
        `        error_page 403 404 =404 ${prefix}404.html;`,
        '    }',
      );
      if (prefix !== '/') lines.push(`    location = ${prefix.slice(0, -1)} { return 301 ${prefix}; }`);
      lines.push(...movedLocations(prefix), ...renamedLocations(prefix, route.redirects));
    }
    return [...lines, '}'].join('\n');
  });
  return [`# Generated from the live releases' manifests by @portal/static-server (nginx-routes); do not edit.`, ...blocks, ''].join('\n');
}

/**
 * Keeps nginx's portal routing file in step with the tenants' live releases: rewrites it (atomically)
 * only when hosts, prefixes or redirects change, then calls `onWritten`, where nginx is reloaded. A
 * release switch that renames nothing leaves the file as it is.
 */
export class NginxSitesFile {
  readonly #routes: LiveRoutes;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    options: NginxSitesOptions & { pollMs?: number; log?: (message: string) => void; onWritten?: () => void | Promise<void> },
  ) {
    const log = options.log ?? ((message: string) => console.log(`[nginx-routes] ${message}`));
    this.#routes = new LiveRoutes({
      sitesDir: options.sitesDir,
      pollMs: options.pollMs,
      log,
      onChange: (routes) => {
        const text = renderNginxSites(routes, options);
        this.#writing = this.#writing
          .then(async () => {
            if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return;
            const temporary = join(dirname(file), `.${process.pid}.tmp`);
            await writeFile(temporary, text);
            await rename(temporary, file);
            log(`${file}: ${routes.length} route(s) written`);
            await options.onWritten?.();
          })
          .catch((error: Error) => log(`${file} not updated, nginx keeps its previous routing: ${error.message}`));
        return this.#writing;
      },
    });
  }

  /** Writes the file for the current routes, then keeps it current until closed. */
  start(): Promise<void> {
    return this.#routes.start();
  }

  close(): void {
    this.#routes.close();
  }
}
