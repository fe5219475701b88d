import { PUBLIC_COLLECTIONS, previousSlugSchema, publicCorrectionSchema, tenantSchema, type Locale, type PublicCollectionName, type Tenant } from '@portal/contract';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildEnv, type BuildEnv } from '../lib/build-env';
import { portalNoticeSchema } from '../lib/outage-banner';
import { networkArticleSchema, networkConsultationSchema, networkTenantSchema, type NetworkTenant } from '../lib/sections/portal-network';
import { CmsError, createCmsClient, type CmsClient, type RawEntry } from './cms-client';
import { replaceEntries, type IncomingEntry, type ReplaceSummary } from './replace-entries';

const fingerprint = (schema: z.ZodType) => JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
const TENANT_SCHEMA_FINGERPRINT = fingerprint(tenantSchema);

/** How many of each other portal's latest articles the main portal shows. */
export const NETWORK_ARTICLES_PER_TENANT = 5;
/** More drafts than a portal ever has open at once, so the main portal misses none of them. */
const NETWORK_CONSULTATIONS_PER_TENANT = 20;

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

async function fetchExistingTenant(cms: CmsClient, env: BuildEnv): Promise<RawEntry> {
  const tenant = await cms.fetchTenant(env.tenantCode);
  if (!tenant) throw new CmsError(`The CMS at ${env.cmsGraphqlUrl} has no tenant with the code "${env.tenantCode}"`);
  return tenant;
}

// Every collection's loader needs the tenant's languages; one build asks the CMS once.
let builtTenant: Promise<Tenant> | undefined;
function tenantBeingBuilt(cms: CmsClient, env: BuildEnv): Promise<Tenant> {
  builtTenant ??= fetchExistingTenant(cms, env).then((raw) => {
    const tenant = tenantSchema.safeParse(raw);
    if (!tenant.success) throw new CmsError(`Tenant "${env.tenantCode}" does not match the contract: ${tenant.error.message}`);
    return tenant.data;
  });
  return builtTenant;
}

/** Entries fetched in each language the tenant has a site in; languages without a site have no pages. */
async function inEachLanguage(cms: CmsClient, env: BuildEnv, fetch: (locale: Locale) => Promise<IncomingEntry[]>): Promise<IncomingEntry[]> {
  const tenant = await tenantBeingBuilt(cms, env);
  return (await Promise.all(tenant.sites.map(({ locale }) => fetch(locale)))).flat();
}

function logSummary(context: LoaderContext, summary: ReplaceSummary): void {
  context.logger.info(`${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.removed} removed`);
}

/** Keys an entry `${locale}/${documentId}`, refusing entries that are not what was asked for. */
function localizedEntry(what: string, locale: Locale, raw: RawEntry, position: number, keyPrefix = ''): IncomingEntry {
  if (typeof raw.documentId !== 'string' || raw.documentId === '') {
    throw new CmsError(`The CMS returned ${what} without a documentId (${locale}, position ${position + 1})`);
  }
  if (raw.locale !== locale) {
    throw new CmsError(`${what} ${raw.documentId} was asked for in "${locale}" but came back in "${String(raw.locale)}"`);
  }
  return { id: `${keyPrefix}${locale}/${raw.documentId}`, raw };
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

/**
 * The tenant's published entries of one public collection in each of its languages, read
 * through the CMS's bulk export and keyed `${locale}/${documentId}`. Languages without a site
 * have no pages, so their entries are not fetched at all.
 */
export function publicCollectionLoader(name: PublicCollectionName): Loader {
  const collection = PUBLIC_COLLECTIONS[name];
  const schemaFingerprint = fingerprint(collection.schema);
  return {
    name: `portal-${name}`,
    schema: collection.schema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      const entries = await inEachLanguage(cms, env, async (locale) =>
        (await cms.fetchCollection(collection, env.tenantCode, locale)).map((raw, position) => localizedEntry(name, locale, raw, position)),
      );
      logSummary(context, await replaceEntries(context, entries, schemaFingerprint, name));
    },
  };
}

/**
 * Records the tenant has in each of its languages (not a public collection's entries), fetched
 * by `fetch` and keyed `${locale}/${contentType}/${documentId}/${key(record)}`.
 */
function perLanguageRecordsLoader(options: {
  name: string;
  schema: z.ZodType;
  /** What the log calls the records. */
  label: string;
  fetch: (cms: CmsClient, tenantCode: string, locale: Locale) => Promise<RawEntry[]>;
  /** What tells one record of an item from another. */
  key: (raw: RawEntry) => unknown;
}): Loader {
  const schemaFingerprint = fingerprint(options.schema);
  return {
    name: options.name,
    schema: options.schema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      const entries = await inEachLanguage(cms, env, async (locale) =>
        (await options.fetch(cms, env.tenantCode, locale)).map((raw) => ({ id: `${locale}/${String(raw.contentType)}/${String(raw.documentId)}/${String(options.key(raw))}`, raw })),
      );
      logSummary(context, await replaceEntries(context, entries, schemaFingerprint, options.label));
    },
  };
}

/** The public change notes of the tenant's corrected items, keyed by when they were made: shown on the corrected item's page. */
export const correctionsLoader = (): Loader =>
  perLanguageRecordsLoader({
    name: 'portal-corrections',
    schema: publicCorrectionSchema,
    label: 'corrections',
    fetch: (cms, tenantCode, locale) => cms.fetchCorrections(tenantCode, locale),
    key: (raw) => raw.correctedAt,
  });

/** The slugs the tenant's items had before they were renamed: the build redirects them to the items' pages. */
export const previousSlugsLoader = (): Loader =>
  perLanguageRecordsLoader({
    name: 'portal-previous-slugs',
    schema: previousSlugSchema,
    label: 'previous slugs',
    fetch: (cms, tenantCode, locale) => cms.fetchPreviousSlugs(tenantCode, locale),
    key: (raw) => raw.slug,
  });

/** Only the main portal integrates the others; the component portals' builds read nothing of them. */
async function isMainPortal(cms: CmsClient, env: BuildEnv): Promise<boolean> {
  return (await tenantBeingBuilt(cms, env)).kind === 'province';
}

async function otherTenants(cms: CmsClient, env: BuildEnv): Promise<NetworkTenant[]> {
  return (await cms.fetchAllTenants()).flatMap((raw) => {
    const tenant = networkTenantSchema.safeParse(raw);
    if (!tenant.success) throw new CmsError(`Tenant "${String(raw.code)}" does not match the contract: ${tenant.error.message}`);
    return tenant.data.code === env.tenantCode ? [] : [tenant.data];
  });
}

/** The other tenants of this installation, keyed by code; empty unless the main portal is built. */
export function networkTenantsLoader(): Loader {
  return {
    name: 'portal-network-tenants',
    schema: networkTenantSchema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      const tenants = (await isMainPortal(cms, env)) ? await otherTenants(cms, env) : [];
      const entries = tenants.map((tenant) => ({ id: tenant.code, raw: tenant as unknown as RawEntry }));
      logSummary(context, await replaceEntries(context, entries, fingerprint(networkTenantSchema), 'tenants of the installation'));
    },
  };
}

/**
 * The first entries of `collection` of every other tenant, read-only, in each language the main
 * portal has, each with its tenant's code; keyed `${tenantCode}/${locale}/${documentId}`. Empty
 * unless the main portal is built.
 */
function networkCollectionLoader(name: string, collection: PublicCollectionName, schema: z.ZodType, perTenant: number): Loader {
  return {
    name: `portal-network-${name}`,
    schema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      const entries: IncomingEntry[] = [];
      if (await isMainPortal(cms, env)) {
        const tenant = await tenantBeingBuilt(cms, env);
        for (const other of await otherTenants(cms, env)) {
          const locales = tenant.sites.map((site) => site.locale).filter((locale) => other.sites.some((site) => site.locale === locale));
          const perLocale = await Promise.all(
            locales.map(async (locale) =>
              (await cms.fetchFirst(PUBLIC_COLLECTIONS[collection], other.code, locale, perTenant)).map((raw, position) => {
                const entry = localizedEntry(`${name} of "${other.code}"`, locale, raw, position, `${other.code}/`);
                return { id: entry.id, raw: { ...raw, tenantCode: other.code } };
              }),
            ),
          );
          entries.push(...perLocale.flat());
        }
      }
      logSummary(context, await replaceEntries(context, entries, fingerprint(schema), `${name} of the other portals`));
    },
  };
}

/** The latest published articles of every other tenant: the main portal's news from the component portals. */
export const networkArticlesLoader = () => networkCollectionLoader('articles', 'articles', networkArticleSchema, NETWORK_ARTICLES_PER_TENANT);

/**
 * The consultations of every other tenant that close last: those still taking comments come first
 * in the collection's order (latest closing first), so the main portal lists every open one.
 */
export const networkConsultationsLoader = () =>
  networkCollectionLoader('consultations', 'consultations', networkConsultationSchema, NETWORK_CONSULTATIONS_PER_TENANT);

/**
 * The outage notices a portal's banner may show, keyed `${tenantCode}/${locale}/${documentId}`:
 * its own, and on every other portal the province's notices addressed to all portals.
 */
export function outageNoticesLoader(): Loader {
  const notices = PUBLIC_COLLECTIONS.outageNotices;
  return {
    name: 'portal-outage-notices',
    schema: portalNoticeSchema,
    async load(context) {
      const target = tenantToLoad(context);
      if (!target) return;
      const { cms, env } = target;
      const province = (await isMainPortal(cms, env)) ? undefined : (await otherTenants(cms, env)).find((tenant) => tenant.kind === 'province');
      const sources = [{ code: env.tenantCode, provinceWideOnly: false }, ...(province ? [{ code: province.code, provinceWideOnly: true }] : [])];
      const entries = await inEachLanguage(cms, env, async (locale) =>
        (
          await Promise.all(
            sources.map(async ({ code, provinceWideOnly }) =>
              (await cms.fetchCollection(notices, code, locale))
                .filter((raw) => !provinceWideOnly || raw.provinceWide === true)
                .map((raw, position) => {
                  const entry = localizedEntry(`outage notice of "${code}"`, locale, raw, position, `${code}/`);
                  return { id: entry.id, raw: { ...raw, tenantCode: code } };
                }),
            ),
          )
        ).flat(),
      );
      logSummary(context, await replaceEntries(context, entries, fingerprint(portalNoticeSchema), 'outage notices'));
    },
  };
}

