import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/contract';
import { DEMO_ARTICLES, DEMO_TENANTS, type DemoTenant } from './content';

/** Where each language of a demo tenant is served, under the base domain of this installation. */
function demoSites(tenant: DemoTenant, baseDomain: string) {
  return LOCALES.map((locale: Locale) => {
    if (tenant.hostPerLanguage) {
      const host = locale === 'vi' ? baseDomain : `${{ en: 'english', km: 'khmer' }[locale]}.${baseDomain}`;
      return { locale, host, pathPrefix: '/', name: tenant.names[locale] };
    }
    const pathPrefix = locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
    return { locale, host: `${tenant.code}.${baseDomain}`, pathPrefix, name: tenant.names[locale] };
  });
}

/**
 * Seeds the fictional demo portals on first run. Everything goes through the Document Service,
 * exactly as an editor's work would, so the outbox records the publishes and the publisher
 * builds the demo portals the ordinary way.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.documents('api::tenant.tenant').count({})) > 0) return;
  const baseDomain = process.env.PORTAL_BASE_DOMAIN ?? 'vinhlong.localhost';
  strapi.log.info(`Seeding demo portals under ${baseDomain}`);

  const tenantIds = new Map<string, string>();
  for (const tenant of DEMO_TENANTS) {
    const created = await strapi.documents('api::tenant.tenant').create({
      data: { code: tenant.code, kind: tenant.kind, sites: demoSites(tenant, baseDomain), contact: tenant.contact },
    } as any);
    tenantIds.set(tenant.code, created.documentId);
  }

  for (const article of DEMO_ARTICLES) {
    const fields = (locale: Locale) => ({
      title: article.title[locale],
      slug: article.slug[locale],
      summary: article.summary[locale],
      body: article.body[locale],
      tenant: tenantIds.get(article.tenant),
    });
    const created = await strapi.documents('api::article.article').create({
      locale: DEFAULT_LOCALE,
      data: fields(DEFAULT_LOCALE),
      status: 'published',
    } as any);
    for (const locale of LOCALES.filter((other) => other !== DEFAULT_LOCALE)) {
      await strapi.documents('api::article.article').update({
        documentId: created.documentId,
        locale,
        data: fields(locale),
        status: 'published',
      } as any);
    }
  }
}
