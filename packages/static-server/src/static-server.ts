import { createReadStream } from 'node:fs';
import { stat, watch } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, posix, sep } from 'node:path';
import { matchRoute, parseSearchBundlePath } from '@portal/contract';
import { contentTypeOf } from './content-types.js';
import { readRouteTable, type ServedRoute } from './route-table.js';

export interface StaticServerOptions {
  sitesDir: string;
  /** How often the routing table is re-read, in case a file watch misses a switch. */
  refreshMs?: number;
  log?: (message: string) => void;
}

// The portals are static and read-only: nothing on them may load from elsewhere or be framed.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'x-frame-options': 'DENY',
};

/**
 * The decoded path and the raw query of an origin-form request target. Taken as written: parsed
 * as a URL, `//evil.example/x` would lose its first segment to a host name.
 */
function parseRequestTarget(target: string): { path: string; search: string } | undefined {
  const queryStart = target.includes('?') ? target.indexOf('?') : target.length;
  const rawPath = target.slice(0, queryStart);
  if (!rawPath.startsWith('/')) return undefined;
  try {
    return { path: decodeURIComponent(rawPath), search: target.slice(queryStart) };
  } catch {
    return undefined;
  }
}

/**
 * The canonical path of a directory under a route, for redirects: normalized and re-encoded, so
 * it starts with exactly one "/" and a browser can never read it as another host
 * (`//evil.example/` or `/\\evil.example/`).
 */
function sameHostDirectoryPath(pathPrefix: string, relative: string): string {
  const segments = posix.normalize(`/${relative}`).split('/').filter(Boolean);
  return `${pathPrefix}${segments.map(encodeURIComponent).join('/')}/`;
}

/**
 * Serves every tenant's live release by host and path prefix. It reads only the release
 * directories on disk, so the portals stay up whatever the state of the CMS or the publisher.
 */
export class StaticServer {
  readonly #options: StaticServerOptions;
  readonly #log: (message: string) => void;
  #routes: ServedRoute[] = [];
  #server: Server | undefined;
  #refreshTimer: NodeJS.Timeout | undefined;
  #watcher = new AbortController();

  constructor(options: StaticServerOptions) {
    this.#options = options;
    this.#log = options.log ?? ((message) => console.log(`[static-server] ${message}`));
  }

  get routes(): readonly ServedRoute[] {
    return this.#routes;
  }

  async refresh(): Promise<void> {
    this.#routes = await readRouteTable(this.#options.sitesDir, this.#log);
  }

  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    await this.refresh();
    this.#refreshTimer = setInterval(() => void this.refresh(), this.#options.refreshMs ?? 2_000);
    void this.#watchReleases();
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error) => {
        this.#log(`error serving ${request.url}: ${(error as Error).message}`);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Internal error');
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.#server!.once('error', reject);
      this.#server!.listen(port, host, () => resolve());
    });
    const address = this.#server.address();
    return typeof address === 'object' && address ? address.port : port;
  }

  async close(): Promise<void> {
    clearInterval(this.#refreshTimer);
    this.#watcher.abort();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
  }

  /** A release switch renames a `current` link inside the sites directory: re-read at once. */
  async #watchReleases(): Promise<void> {
    try {
      for await (const _change of watch(this.#options.sitesDir, { recursive: true, signal: this.#watcher.signal })) {
        await this.refresh();
      }
    } catch {
      // no sites directory yet, or closing: the periodic refresh covers it
    }
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const target = parseRequestTarget(request.url ?? '');
    if (!target) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Bad request');
      return;
    }
    const { path, search } = target;
    const route = matchRoute(this.#routes, request.headers.host ?? '', path);
    const searchBundle = parseSearchBundlePath(path);
    if (route && searchBundle) {
      await this.#serveSearchBundle(request, response, searchBundle);
      return;
    }
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end('No portal is served at this address.');
      return;
    }
    if (`${path}/` === route.pathPrefix) {
      response.writeHead(301, { location: route.pathPrefix, ...SECURITY_HEADERS }).end();
      return;
    }
    const relative = path.slice(route.pathPrefix.length);
    const file = await this.#resolveFile(route.root, relative);
    if (file === 'add-slash') {
      response.writeHead(301, { location: `${sameHostDirectoryPath(route.pathPrefix, relative)}${search}`, ...SECURITY_HEADERS }).end();
      return;
    }
    if (file) {
      await this.#send(request, response, 200, file.path, file.size);
      return;
    }
    const notFound = await this.#resolveFile(route.root, '404.html');
    if (notFound && notFound !== 'add-slash') {
      await this.#send(request, response, 404, notFound.path, notFound.size);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
  }

  /**
   * Any portal's Pagefind files, under any portal host (SEARCH_NETWORK_PREFIX): the main portal
   * merges the component portals' indexes from its own origin. Only the `pagefind/` directory of
   * a live release is reachable this way.
   */
  async #serveSearchBundle(request: IncomingMessage, response: ServerResponse, bundle: { tenantCode: string; locale: string; file: string }): Promise<void> {
    const owner = this.#routes.find((route) => route.tenantCode === bundle.tenantCode && route.locale === bundle.locale);
    const file = owner ? await this.#resolveFile(join(owner.root, 'pagefind'), bundle.file) : undefined;
    if (!file || file === 'add-slash') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    await this.#send(request, response, 200, file.path, file.size);
  }

  /** Maps a request path to a file strictly inside the release root, or says a slash is missing. */
  async #resolveFile(root: string, relative: string): Promise<{ path: string; size: number } | 'add-slash' | undefined> {
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return { path: candidate, size: info.size };
    if (info?.isDirectory()) {
      if (relative !== '' && !relative.endsWith('/')) return 'add-slash';
      const index = join(candidate, 'index.html');
      const indexInfo = await stat(index).catch(() => undefined);
      return indexInfo?.isFile() ? { path: index, size: indexInfo.size } : undefined;
    }
    return undefined;
  }

  async #send(request: IncomingMessage, response: ServerResponse, status: number, path: string, size: number): Promise<void> {
    const immutable = path.includes(`${sep}_astro${sep}`);
    response.writeHead(status, {
      'content-type': contentTypeOf(path),
      'content-length': size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(path).on('error', reject).on('end', resolve).pipe(response);
    });
  }
}
