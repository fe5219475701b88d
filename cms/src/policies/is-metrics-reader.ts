import type { Core } from '@strapi/strapi';
import { isMetricsReader } from '../monitoring';
import { bearerToken } from '../publishing/publisher-credentials';

/** Admits only requests that carry METRICS_TOKEN or the publisher's token. */
export default (policyContext: any, _config: unknown, _deps: { strapi: Core.Strapi }) => isMetricsReader(bearerToken(policyContext.request));
