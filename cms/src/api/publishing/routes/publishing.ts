import { PUBLISHING_API } from '@portal/contract';

const apiPath = (path: string) => path.replace(/^\/api/, '');
const publisherOnly = { auth: false as const, policies: ['global::is-publisher'] };

export default {
  routes: [
    { method: 'GET', path: apiPath(PUBLISHING_API.pendingEvents), handler: 'publishing.pendingEvents', config: publisherOnly },
    { method: 'GET', path: apiPath(PUBLISHING_API.pendingTenants), handler: 'publishing.pendingTenants', config: publisherOnly },
    { method: 'POST', path: apiPath(PUBLISHING_API.builds), handler: 'publishing.startBuild', config: publisherOnly },
    { method: 'POST', path: apiPath(PUBLISHING_API.buildOutcome), handler: 'publishing.reportBuild', config: publisherOnly },
    { method: 'GET', path: apiPath(PUBLISHING_API.tenants), handler: 'publishing.tenants', config: publisherOnly },
  ],
};
