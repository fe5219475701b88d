import { articleSchema, tenantSchema, type Locale } from '@portal/contract';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildEnv, type BuildEnv } from '../lib/build-env';
import { CmsError, createCmsClient, type CmsClient } from './cms-client';
import { replaceEntries, type ReplaceSummary } from './replace-entries';

const fingerprint = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
const TENANT_SCHEMA_FINGERPRINT = fingerprint(tenantSchema);
const ARTICLE_SCHEMA_FINGERPRINT = fingerprint(articleSchema);

/**
 * `astro sync` also runs the loaders, and the typecheck runs it with no tenant to build: then the
 * collections are emptied rather than failing. `astro build` never gets here without PORTAL_TENANT,
 * because the portal integration validates the whole environment first.
 */
function tenantToLoad(context: LoaderContext): { env: BuildEnv; cms: CmsClient } | undefined {
  if (!process.env.PORTAL_TENANT) {
    context.logger.info('PORTAL_TENANT is not set: leaving the collection empty (types only)');
    context.store.clear();
    return undefined;
  }
  const env = buildEnv();
  return { env, cms: createCmsClient({ graphqlUrl: env.cmsGraphqlUrl, token: env.cmsToken }) };
}

async function fetchExistingTenant(cms: CmsClient, env: BuildEnv) {
  const tenant = await cms.fetchTenant(env.tenantCode);
  if (!tenant) throw new CmsError(`The CMS at ${env.cmsGraphqlUrl} has no tenant with the code "${env.tenantCode}"`);
  return tenant;
}

function logSummary(context: LoaderContext, summary: ReplaceSummary): void {
  context.logger.info(`${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.removed} removed`);
}

/** The tenant being built, as the single entry of its collection, keyed by its code. */
export function tenantLoader(): Loader {
  return {
    name: 'portal-tenant',
    schema: tenantSchema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const raw = await fetchExistingTenant(target.cms, target.env);
      logSummary(context, await replaceEntries(context, [{ id: target.env.tenantCode, raw }], TENANT_SCHEMA_FINGERPRINT));
    },
  };
}

/** The tenant's published articles in each of its languages, keyed `${locale}/${documentId}`. */
export function articlesLoader(): Loader {
  return {
    name: 'portal-articles',
    schema: articleSchema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      // Languages without a site have no pages, so their articles are not fetched at all.
      const tenant = tenantSchema.safeParse(await fetchExistingTenant(cms, env));
      if (!tenant.success) throw new CmsError(`Tenant "${env.tenantCode}" does not match the contract: ${tenant.error.message}`);
      const locales: Locale[] = tenant.data.sites.map((site) => site.locale);
      const perLocale = await Promise.all(
        locales.map(async (locale) =>
          (await cms.fetchArticles(env.tenantCode, locale)).map((raw, position) => {
            if (typeof raw.documentId !== 'string' || raw.documentId === '') {
              throw new CmsError(`The CMS returned an article without a documentId (${locale}, position ${position + 1})`);
            }
            if (raw.locale !== locale) {
              throw new CmsError(`Article ${raw.documentId} was asked for in "${locale}" but came back in "${String(raw.locale)}"`);
            }
            return { id: `${locale}/${raw.documentId}`, raw };
          }),
        ),
      );
      logSummary(context, await replaceEntries(context, perLocale.flat(), ARTICLE_SCHEMA_FINGERPRINT));
    },
  };
}
