import { DEFAULT_LOCALE, LOCALES, type Locale, type TenantKind } from '@portal/contract';
import type { InProcessCms } from './in-process-cms.js';
import { scaleArticles, scaleLegalDocuments, scaleTenants, type ScaleTenant } from './scale-content.js';

const TENANT = 'api::tenant.tenant';
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
const ARTICLE = 'api::article.article';
/** Documents written per transaction: fewer commits, while a failure loses little. */
const BATCH = 25;

/** New portals of one kind, or an existing portal the documents are added to (a bulk import). */
export type ScalePortals = { add: number; kind: TenantKind } | { into: string };

export interface ScaleRequest {
  portals: ScalePortals;
  /** Documents in all: seven in ten are legal documents, the rest news. */
  documents: number;
  baseDomain: string;
  /** Transactions in flight at once: PostgreSQL runs them in parallel, SQLite has one writer. */
  concurrency: number;
  progress: (line: string) => void;
}

export interface ScaleResult {
  tenantCodes: string[];
  legalDocuments: number;
  articles: number;
  /** Locale versions written (each document exists in vi, en and km). */
  entries: number;
  seconds: number;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

async function createTenants(cms: InProcessCms, tenants: readonly ScaleTenant[], kind: TenantKind, baseDomain: string): Promise<Map<string, Relations['tenant']>> {
  const ids = new Map<string, Relations['tenant']>();
  for (const tenant of tenants) {
    const host = `${tenant.code}.${baseDomain}`;
    const sites = LOCALES.map((locale) => ({ locale, host, pathPrefix: locale === DEFAULT_LOCALE ? '/' : `/${locale}/`, name: tenant.names[locale] }));
    const created = await cms.documents(TENANT).create({ data: { code: tenant.code, kind, sites } });
    ids.set(tenant.code, { id: created.id, code: tenant.code });
  }
  return ids;
}

/** The row ids of a document's versions, which relations between versions point at. */
type Versions = Record<Locale, { draft: number; published: number }>;

interface Relations {
  tenant: { id: number; code: string };
  /** This document amends or replaces the one with these versions. */
  acting?: { relation: 'amends' | 'replaces'; on: Versions };
}

/**
 * One published document in three languages, written straight through the query engine: a draft
 * and a published row per language, sharing one documentId, as the Document Service stores
 * them. Relations link draft to draft and published to published. Skipping the Document
 * Service's per-call work makes this several times faster; the outbox event is recorded in the
 * same transaction all the same, so the publisher rebuilds the tenant.
 */
async function writePublished(cms: InProcessCms, uid: string, shared: Record<string, unknown>, text: Record<Locale, Record<string, unknown>>, relations: Relations): Promise<Versions> {
  const publishedAt = new Date();
  let documentId: string | undefined;
  const versions = {} as Versions;
  for (const locale of LOCALES) {
    const row = async (state: 'draft' | 'published') => {
      const acting = relations.acting ? { [relations.acting.relation]: [relations.acting.on[locale][state]] } : {};
      const data = { ...shared, ...text[locale], ...acting, documentId, locale, tenant: relations.tenant.id, publishedAt: state === 'published' ? publishedAt : null };
      const created = await cms.db.query(uid).create({ data, select: ['id', 'documentId'] });
      documentId = created.documentId;
      return created.id as number;
    };
    versions[locale] = { draft: await row('draft'), published: await row('published') };
  }
  await cms.outbox.record({ action: 'publish', contentType: uid, documentId: documentId!, locale: '*', tenantCode: relations.tenant.code });
  return versions;
}

/**
 * An existing portal as the generator needs it, its documents numbered on from the ones it has
 * (drafts in the default language count each document once).
 */
async function existingTenant(cms: InProcessCms, code: string): Promise<{ tenant: ScaleTenant; id: number; numberedBefore: number }> {
  const row = await cms.db.query(TENANT).findOne({ where: { code }, populate: { sites: true } });
  if (!row) throw new Error(`no portal with code "${code}" in the CMS`);
  const siteName = (locale: Locale) => row.sites.find((site: { locale: string }) => site.locale === locale)?.name ?? row.sites[0]?.name ?? code;
  const names = Object.fromEntries(LOCALES.map((locale) => [locale, siteName(locale)])) as Record<Locale, string>;
  const drafts = { tenant: { id: row.id }, locale: DEFAULT_LOCALE, publishedAt: null };
  const counts = await Promise.all([LEGAL_DOCUMENT, ARTICLE].map((uid) => cms.db.query(uid).count({ where: drafts })));
  return { tenant: { code, names, place: names }, id: row.id, numberedBefore: counts[0] + counts[1] };
}

/** The request's portals: created (through the Document Service, so validated and recorded like any tenant) or looked up. */
async function targetPortals(cms: InProcessCms, request: ScaleRequest): Promise<{ tenants: ScaleTenant[]; ids: Map<string, Relations['tenant']>; numberedBefore: number }> {
  if ('into' in request.portals) {
    const { tenant, id, numberedBefore } = await existingTenant(cms, request.portals.into);
    request.progress(`adding to portal ${tenant.code}, which has ${numberedBefore} documents`);
    return { tenants: [tenant], ids: new Map([[tenant.code, { id, code: tenant.code }]]), numberedBefore };
  }
  const existing = new Set<string>((await cms.db.query(TENANT).findMany({ select: ['code'] })).map((tenant: { code: string }) => tenant.code));
  const tenants = scaleTenants(request.portals.add, existing, request.portals.kind);
  const ids = await createTenants(cms, tenants, request.portals.kind, request.baseDomain);
  request.progress(`created ${tenants.length} ${request.portals.kind} tenants: ${tenants.map((tenant) => tenant.code).join(', ')}`);
  return { tenants, ids, numberedBefore: 0 };
}

/** Adds synthetic tenants, or takes an existing one, then legal documents and news in bulk, reporting progress and throughput. */
export async function seedScale(cms: InProcessCms, request: ScaleRequest): Promise<ScaleResult> {
  const startedAt = performance.now();
  const { tenants, ids: tenantIds, numberedBefore } = await targetPortals(cms, request);

  const legalCount = Math.round(request.documents * 0.7);
  const legalDocuments = scaleLegalDocuments(tenants, legalCount, numberedBefore);
  const articles = scaleArticles(tenants, request.documents - legalCount, numberedBefore);
  const committed = legalDocuments.map(() => deferred<Versions>());
  type Job = (earlier: (index: number) => Promise<Versions>) => Promise<Versions>;
  const jobs: Job[] = [
    ...legalDocuments.map((document): Job => async (earlier) => {
      const acting = document.acts ? { relation: document.acts.relation, on: await earlier(document.acts.on) } : undefined;
      return writePublished(cms, LEGAL_DOCUMENT, document.shared, document.text, { tenant: tenantIds.get(document.tenant)!, acting });
    }),
    ...articles.map((article): Job => () => writePublished(cms, ARTICLE, {}, article.text, { tenant: tenantIds.get(article.tenant)! })),
  ];

  let done = 0;
  let lastReport = performance.now();
  const report = () => {
    const seconds = (performance.now() - startedAt) / 1000;
    request.progress(`${done}/${jobs.length} documents (${done * 3} entries), ${(done / seconds).toFixed(1)} documents/s, ${((done * 3) / seconds).toFixed(1)} entries/s`);
  };
  // A document that acts on another needs that one's rows: from its own batch, or from a batch
  // already committed, never from one still in flight (its rows are not visible yet).
  const writeBatch = async (start: number) => {
    const batch = await cms.db.transaction(async () => {
      const written: Versions[] = [];
      const earlier = (index: number) => (index >= start ? Promise.resolve(written[index - start]!) : committed[index]!.promise);
      for (const job of jobs.slice(start, start + BATCH)) written.push(await job(earlier));
      return written;
    });
    batch.forEach((versions, offset) => committed[start + offset]?.resolve(versions));
    done += batch.length;
    if (performance.now() - lastReport > 5_000) {
      lastReport = performance.now();
      report();
    }
  };
  let nextBatch = 0;
  const worker = async () => {
    for (let start = nextBatch; start < jobs.length; start = nextBatch) {
      nextBatch += BATCH;
      await writeBatch(start);
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, worker));
  report();
  // Without fresh statistics PostgreSQL plans reads of the new rows as if the tables were empty.
  await cms.analyze();
  return {
    tenantCodes: tenants.map((tenant) => tenant.code),
    legalDocuments: legalDocuments.length,
    articles: articles.length,
    entries: jobs.length * 3,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
