import type { Core } from '@strapi/strapi';
import { isPublisherToken } from '../publishing/publisher-credentials';

/** Admits only requests that carry the publisher's bearer token. */
export default (policyContext: any, _config: unknown, _deps: { strapi: Core.Strapi }) => {
  const header: string | undefined = policyContext.request?.header?.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  return isPublisherToken(token);
};
