import type { Core } from '@strapi/strapi';
import { registerOutboxMiddleware } from './publishing/outbox-middleware';
import { registerPublishStatusRoutes } from './publishing/admin-routes';
import { bootstrapEditorialWorkflow, registerEditorialWorkflow } from './workflow';
import { registerTenantSitesValidation } from './tenancy/tenant-sites-validation';
import { registerContentValidation, registerServerValidation } from './validation';
import { registerPublicExportQuery } from './api/public-export/graphql';
import { limitGraphqlToPublicContent } from './publishing/graphql-surface';
import { servePublishedOnlyThroughContentApi } from './publishing/published-only';
import { ensurePublisherApiToken, publisherToken } from './publishing/publisher-credentials';
import { ensurePortalLocales } from './setup/locales';
import { ensureFirstAdmin } from './setup/first-admin';
import { seedDemoContent } from './demo/seed';
import { registerAccountSecurity } from './account-security';
import { bootstrapTenancy, registerTenancy } from './tenancy';
import { defaultAdminLanguageToVietnamese } from './setup/admin-language';
import { labelFieldsInVietnamese } from './setup/admin-labels';
import { registerDeadlines, seedOfficialCalendar } from './deadlines';
import { registerMonitoring, startAlerting, stopAlerting } from './monitoring';
import { registerPreviewItemRoute } from './preview/preview-item-route';
import { registerCoreApis } from './setup/core-apis';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    publisherToken(); // fail at start, not at the first publish, when the secret is missing
    registerCoreApis(strapi);
    registerTenancy(strapi); // first: another portal's content is refused before any rule looks at it
    registerContentValidation(strapi);
    registerTenantSitesValidation(strapi);
    registerEditorialWorkflow(strapi); // after the content rules, before the outbox
    registerOutboxMiddleware(strapi);
    registerPublishStatusRoutes(strapi);
    registerPublicExportQuery(strapi);
    limitGraphqlToPublicContent(strapi);
    servePublishedOnlyThroughContentApi(strapi);
    registerAccountSecurity(strapi);
    registerDeadlines(strapi);
    registerMonitoring(strapi);
    registerPreviewItemRoute(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerServerValidation(strapi);
    defaultAdminLanguageToVietnamese(strapi);
    await ensurePortalLocales(strapi);
    await labelFieldsInVietnamese(strapi);
    await bootstrapTenancy(strapi);
    await ensureFirstAdmin(strapi);
    await ensurePublisherApiToken(strapi);
    bootstrapEditorialWorkflow(strapi);
    await seedOfficialCalendar(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
    startAlerting(strapi);
  },

  destroy() {
    stopAlerting();
  },
};
