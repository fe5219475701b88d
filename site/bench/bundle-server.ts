import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
// As infra/nginx/portal.conf does: JavaScript and JSON compressed; Pagefind's index files come compressed already.
const COMPRESSED = new Set(['.js', '.json']);

export interface BundleServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a directory over HTTP on a free port, with an empty page at / for the browser to start from. */
export async function serveDirectory(root: string): Promise<BundleServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname));
    if (path === '/') {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end('<!doctype html><html lang="en"><title>search bench</title></html>');
      return;
    }
    try {
      const body = await readFile(join(root, path));
      const type = extname(path);
      const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
      if (COMPRESSED.has(type)) headers['content-encoding'] = 'gzip';
      response.writeHead(200, headers).end(COMPRESSED.has(type) ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
