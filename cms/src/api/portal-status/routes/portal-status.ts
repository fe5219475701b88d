import { PORTAL_STATUS_API } from '@portal/contract';

const apiPath = (path: string) => path.replace(/^\/api/, '');

export default {
  routes: [
    // Public: says what is wrong (portal codes, ages), never content or secrets.
    { method: 'GET', path: apiPath(PORTAL_STATUS_API.health), handler: 'portal-status.health', config: { auth: false as const } },
    { method: 'GET', path: apiPath(PORTAL_STATUS_API.metrics), handler: 'portal-status.metrics', config: { auth: false as const, policies: ['global::is-metrics-reader'] } },
  ],
};
