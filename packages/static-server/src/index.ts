export { StaticServer, type StaticServerOptions } from './static-server.js';
export { readRouteTable, type ServedRoute } from './route-table.js';
export { NginxSitesFile } from './nginx-sites.js';
