import type { Core } from '@strapi/strapi';
import { registerOutboxMiddleware } from './publishing/outbox-middleware';
import { registerTenantSitesValidation } from './tenancy/tenant-sites-validation';
import { registerContentValidation, registerServerValidation } from './validation';
import { registerPublicExportQuery } from './api/public-export/graphql';
import { limitGraphqlToPublicContent } from './publishing/graphql-surface';
import { ensurePublisherApiToken, publisherToken } from './publishing/publisher-credentials';
import { ensurePortalLocales } from './setup/locales';
import { ensureFirstAdmin } from './setup/first-admin';
import { seedDemoContent } from './demo/seed';
import { registerAccountSecurity } from './account-security';
import { registerDeadlines, seedOfficialCalendar } from './deadlines';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    publisherToken(); // fail at start, not at the first publish, when the secret is missing
    registerContentValidation(strapi);
    registerTenantSitesValidation(strapi);
    registerOutboxMiddleware(strapi);
    registerPublicExportQuery(strapi);
    limitGraphqlToPublicContent(strapi);
    registerAccountSecurity(strapi);
    registerDeadlines(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerServerValidation(strapi);
    await ensurePortalLocales(strapi);
    await ensureFirstAdmin(strapi);
    await ensurePublisherApiToken(strapi);
    await seedOfficialCalendar(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
  },
};
