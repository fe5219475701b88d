#!/usr/bin/env node
import { StaticServer } from './static-server.js';

const sitesDir = process.env.PORTAL_SITES_DIR;
const port = Number(process.env.PORTAL_PORT ?? 8080);
if (!sitesDir || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('[static-server] PORTAL_SITES_DIR must be set and PORTAL_PORT must be a port number');
  process.exit(2);
}

const server = new StaticServer({ sitesDir });
const boundPort = await server.listen(port, process.env.PORTAL_BIND ?? '127.0.0.1');
console.log(`[static-server] serving ${server.routes.length} site(s) from ${sitesDir} on port ${boundPort}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
