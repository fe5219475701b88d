import type { Core } from '@strapi/strapi';
import { bearerToken, isPublisherToken } from '../publishing/publisher-credentials';

/** Admits only requests that carry the publisher's bearer token. */
export default (policyContext: any, _config: unknown, _deps: { strapi: Core.Strapi }) => {
  return isPublisherToken(bearerToken(policyContext.request));
};
