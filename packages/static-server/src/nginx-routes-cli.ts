#!/usr/bin/env node
import { NginxSitesFile } from './nginx-sites.js';

// Production routing for nginx: keeps PORTAL_NGINX_SITES_FILE in step with the live releases.
// nginx is reloaded by a systemd path unit watching that file (infra/systemd), so this process
// needs no rights over nginx and is never in the path of a request.
const sitesDir = process.env.PORTAL_SITES_DIR;
const sitesFile = process.env.PORTAL_NGINX_SITES_FILE;
const serverInclude = process.env.PORTAL_NGINX_SERVER_INCLUDE;
if (!sitesDir || !sitesFile || !serverInclude) {
  console.error('[nginx-routes] PORTAL_SITES_DIR, PORTAL_NGINX_SITES_FILE and PORTAL_NGINX_SERVER_INCLUDE must be set');
  process.exit(2);
}

const routing = new NginxSitesFile(sitesFile, { sitesDir, serverInclude });
await routing.start();
console.log(`[nginx-routes] keeping ${sitesFile} in step with the live releases in ${sitesDir}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    routing.close();
    process.exit(0);
  });
}
