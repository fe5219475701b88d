import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findRouteConflicts, tenantCodeSchema, tenantSiteSchema, type SiteRoute } from '@portal/contract';
import { TENANT_UID } from '../content-model';

type SiteInput = { locale?: string; host?: string; pathPrefix?: string; name?: string };

function describeIssues(sites: SiteInput[]): string[] {
  const problems: string[] = [];
  sites.forEach((site, index) => {
    const parsed = tenantSiteSchema.safeParse(site);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`language site ${index + 1} (${site.locale ?? '?'}), ${issue.path.join('.')}: ${issue.message}`);
    }
  });
  const locales = sites.map((site) => site.locale);
  for (const locale of new Set(locales)) {
    if (locales.filter((other) => other === locale).length > 1) problems.push(`language "${locale}" has more than one site`);
  }
  return problems;
}

type TechnicalContactInput = { name?: string | null; email?: string | null } | null | undefined;

/** The technical focal point (Quy chế Đ29 k3) is whom the province reaches when the portal fails: a name and an e-mail at least. */
function technicalContactIssues(contact: TechnicalContactInput): string[] {
  if (!contact) return [];
  return (['name', 'email'] as const).filter((field) => !contact[field]?.trim()).map((field) => `technicalContact.${field}: required (Đ29 k3: the portal's technical contact must be reachable)`);
}

/**
 * Refuses tenant data that would break routing or leave the technical contact unreachable: malformed hosts or prefixes, a language listed
 * twice, or a host + prefix that another tenant already serves. The whole save is refused with
 * every problem named, so nothing is half-saved.
 */
export function registerTenantSitesValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== TENANT_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: { code?: string; sites?: SiteInput[]; technicalContact?: TechnicalContactInput } };
    const existing: any = params.documentId
      ? await strapi.db.query(TENANT_UID).findOne({ where: { documentId: params.documentId }, populate: ['sites'] })
      : undefined;
    const code = params.data?.code ?? existing?.code;
    const sites: SiteInput[] = (params.data?.sites ?? existing?.sites ?? []).map(({ locale, host, pathPrefix, name }: SiteInput) => ({
      locale,
      host: host?.toLowerCase(),
      pathPrefix,
      name,
    }));

    const problems = [...describeIssues(sites), ...technicalContactIssues(params.data?.technicalContact)];
    if (!tenantCodeSchema.safeParse(code).success) problems.unshift(`code "${code}": ${tenantCodeSchema.safeParse(code).error?.issues[0]?.message}`);
    if (sites.length === 0) problems.push('a tenant needs at least one language site');
    if (problems.length === 0) {
      const others = await strapi.db.query(TENANT_UID).findMany({ where: { code: { $ne: code } }, populate: ['sites'] });
      const routes = (tenant: { code: string; sites: SiteInput[] }): SiteRoute[] =>
        tenant.sites.map((site) => ({ tenantCode: tenant.code, locale: site.locale as SiteRoute['locale'], host: site.host!.toLowerCase(), pathPrefix: site.pathPrefix! }));
      const conflicts = findRouteConflicts([...others.flatMap(routes), ...routes({ code, sites })]).filter((conflict) => conflict.includes(` ${code}/`));
      problems.push(...conflicts);
    }
    if (problems.length > 0) throw new errors.ValidationError(`Tenant "${code}" not saved: ${problems.join('; ')}`);
    return next();
  });
}
