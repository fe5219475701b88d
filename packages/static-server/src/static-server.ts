import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, posix, sep } from 'node:path';
import { matchRoute, movedPath, parseSearchBundlePath } from '@portal/contract';
import { contentTypeOf } from './content-types.js';
import { LiveRoutes, type LiveRoutesOptions } from './live-routes.js';
import type { ServedRoute } from './route-table.js';

export type StaticServerOptions = Pick<LiveRoutesOptions, 'sitesDir' | 'pollMs' | 'log'>;

/** Answered 200 on any host, whatever is live: monitoring asks whether the server itself answers. */
export const HEALTH_PATH = '/_health';

/** Content-hashed files: a new build gives them new names, so caches may keep them for a year. */
const IMMUTABLE_FILE = /\/_astro\/|\.pf_(fragment|index|meta|filter)$/;

interface OpenFile {
  handle: FileHandle;
  size: number;
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
 * The canonical path of a page under a route, for redirects: normalized and re-encoded, so it
 * starts with exactly one "/" and a browser can never read it as another host
 * (`//evil.example/` or `/\\evil.example/`). A directory's path ends in "/".
 */
function sameHostPath(pathPrefix: string, relative: string, directory: boolean): string {
  const segments = posix.normalize(`/${relative}`).split('/').filter(Boolean);
  const path = `${pathPrefix}${segments.map(encodeURIComponent).join('/')}`;
  return directory && !path.endsWith('/') ? `${path}/` : path;
}

/**
 * Where a renamed page (an item whose slug changed) is now, or undefined. The release's redirects
 * name directory pages (`tin-tuc/old/`); the address without its final slash or with
 * `index.html` is the same page.
 */
function renamedPath(route: ServedRoute, relative: string): string | undefined {
  const page = posix.normalize(`/${relative}`).slice(1).replace(/(^|\/)index\.html$/, '$1');
  return route.redirects.get(page.endsWith('/') ? page : `${page}/`);
}

/**
 * Opens a regular file, or says the path is a directory. The size comes from the open file, so a
 * release switched between the lookup and the read can never mix two releases in one answer.
 */
async function openFile(path: string): Promise<OpenFile | 'directory' | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return undefined;
  const info = await handle.stat().catch(() => undefined);
  if (info?.isFile()) return { handle, size: info.size };
  await handle.close();
  return info?.isDirectory() ? 'directory' : undefined;
}

/**
 * Serves every tenant's live release by host and path prefix, for development (production serves
 * the same releases with nginx, see infra/nginx). It reads only the release directories on disk,
 * so the portals stay up whatever the state of the CMS or the publisher, and it resolves each
 * tenant's live-release link per request, so a release switch costs it nothing.
 */
export class StaticServer {
  readonly #log: (message: string) => void;
  readonly #routes: LiveRoutes;
  #server: Server | undefined;

  constructor(options: StaticServerOptions) {
    this.#log = options.log ?? ((message) => console.log(`[static-server] ${message}`));
    this.#routes = new LiveRoutes({ ...options, log: this.#log });
  }

  get routes(): readonly ServedRoute[] {
    return this.#routes.routes;
  }

  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    await this.#routes.start();
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
    this.#routes.close();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
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
    if (path === HEALTH_PATH) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS }).end('ok');
      return;
    }
    const route = matchRoute(this.routes, request.headers.host ?? '', path);
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
    const moved = movedPath(posix.normalize(`/${relative}`).slice(1));
    if (moved !== undefined) {
      response.writeHead(301, { location: `${sameHostPath(route.pathPrefix, moved, moved.endsWith('/'))}${search}`, ...SECURITY_HEADERS }).end();
      return;
    }
    const renamed = renamedPath(route, relative);
    if (renamed !== undefined) {
      response.writeHead(301, { location: `${sameHostPath(route.pathPrefix, renamed, true)}${search}`, ...SECURITY_HEADERS }).end();
      return;
    }
    const file = await this.#resolveFile(route.root, relative);
    if (file === 'add-slash') {
      response.writeHead(301, { location: `${sameHostPath(route.pathPrefix, relative, true)}${search}`, ...SECURITY_HEADERS }).end();
      return;
    }
    if (file) {
      await this.#send(request, response, 200, path, file);
      return;
    }
    const notFound = await this.#resolveFile(route.root, '404.html');
    if (notFound && notFound !== 'add-slash') {
      await this.#send(request, response, 404, path, notFound);
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
    const owner = this.routes.find((route) => route.tenantCode === bundle.tenantCode && route.locale === bundle.locale);
    const file = owner ? await this.#resolveFile(join(owner.root, 'pagefind'), bundle.file) : undefined;
    if (!file || file === 'add-slash') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
      return;
    }
    await this.#send(request, response, 200, bundle.file, file);
  }

  /** Opens the file a request path names strictly inside the release root, or says a slash is missing. */
  async #resolveFile(root: string, relative: string): Promise<(OpenFile & { path: string }) | 'add-slash' | undefined> {
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    const opened = await openFile(candidate);
    if (opened !== 'directory') return opened && { ...opened, path: candidate };
    if (relative !== '' && !relative.endsWith('/')) return 'add-slash';
    const index = join(candidate, 'index.html');
    const indexOpened = await openFile(index);
    return indexOpened && indexOpened !== 'directory' ? { ...indexOpened, path: index } : undefined;
  }

  async #send(request: IncomingMessage, response: ServerResponse, status: number, requestPath: string, file: OpenFile & { path: string }): Promise<void> {
    response.writeHead(status, {
      'content-type': contentTypeOf(file.path),
      'content-length': file.size,
      'cache-control': status === 200 && IMMUTABLE_FILE.test(requestPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      await file.handle.close();
      response.end();
      return;
    }
    await pipeline(file.handle.createReadStream(), response).catch((error: NodeJS.ErrnoException) => {
      // A visitor who leaves mid-download is not an error of the server.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
  }
}
