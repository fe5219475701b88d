export { StaticServer, type StaticServerOptions } from './static-server.js';
export { LiveRoutes, type LiveRoutesOptions } from './live-routes.js';
export { readRouteTable, type ServedRoute } from './route-table.js';
export { NginxSitesFile, renderNginxSites, type NginxSitesOptions } from './nginx-sites.js';
