import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@portal/contract';
import { DEMO_COLLECTIONS } from './data';
import { DEMO_FILES } from './data/files';
import { DEMO_TENANTS, type DemoTenant } from './data/tenants';
import type { DemoCollection, DemoEntry } from './entry';
import { contentTypeUid, hasDraftAndPublish } from '../content-model';

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

const MIME_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.pdf': 'application/pdf' };

/** Uploads the demo files through the upload service, as the media library would. */
async function uploadDemoFiles(strapi: Core.Strapi): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { name, folder, alternativeText } of DEMO_FILES) {
    const filepath = join(strapi.dirs.app.src, 'demo', folder, name);
    const [uploaded] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name, alternativeText } },
      files: { filepath, originalFilename: name, mimetype: MIME_TYPES[name.slice(name.lastIndexOf('.'))], size: (await stat(filepath)).size },
    });
    ids.set(name, uploaded.id);
  }
  return ids;
}

interface SeedContext {
  tenants: Map<string, string>;
  files: Map<string, number>;
  /** documentId of every demo entry that has a key. */
  entries: Map<string, string>;
}

/** The data with demo file references replaced by the uploaded files' ids, and entry references by documentIds. */
function withReferences(value: unknown, context: Pick<SeedContext, 'files' | 'entries'>): unknown {
  if (Array.isArray(value)) return value.map((item) => withReferences(item, context));
  if (typeof value !== 'object' || value === null) return value;
  if ('demoFile' in value) {
    const id = context.files.get(String(value.demoFile));
    if (id === undefined) throw new Error(`demo file "${String(value.demoFile)}" is not in DEMO_FILES`);
    return id;
  }
  if ('demoEntry' in value) return documentIdOf(String(value.demoEntry), context);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withReferences(item, context)]));
}

function documentIdOf(key: string, context: Pick<SeedContext, 'entries'>): string {
  const documentId = context.entries.get(key);
  if (!documentId) throw new Error(`demo entry "${key}" is linked before it is seeded`);
  return documentId;
}

/** The relations of an entry in one locale: its tenant and its links to earlier entries. */
function relationsOf(entry: DemoEntry, context: SeedContext): Record<string, unknown> {
  const linked = (key: string) => documentIdOf(key, context);
  const links = Object.entries(entry.links ?? {}).map(([attribute, keys]) => [attribute, typeof keys === 'string' ? linked(keys) : keys.map(linked)]);
  return { ...(entry.tenant ? { tenant: context.tenants.get(entry.tenant) } : {}), ...Object.fromEntries(links) };
}

/**
 * One demo entry: every translation saved as a draft first, then all published at once, the way
 * an editor works (and the only order in which rules such as "English first" let it publish).
 */
async function seedEntry(strapi: Core.Strapi, uid: string, entry: DemoEntry, context: SeedContext): Promise<void> {
  const documents = strapi.documents(contentTypeUid(uid)) as any;
  const draftAndPublish = hasDraftAndPublish(strapi, uid);
  const relations = relationsOf(entry, context);
  const shared = withReferences(entry.shared ?? {}, context) as Record<string, unknown>;
  const [first, ...others] = LOCALES.filter((locale) => entry.text?.[locale]);
  const textIn = (locale: Locale) => withReferences(entry.text?.[locale], context) as Record<string, unknown>;

  const created = await documents.create({ ...(first ? { locale: first } : {}), data: { ...shared, ...relations, ...(first ? textIn(first) : {}) } });
  for (const locale of others) await documents.update({ documentId: created.documentId, locale, data: { ...relations, ...textIn(locale) } });
  if (draftAndPublish && !entry.draftOnly) await documents.publish({ documentId: created.documentId, locale: '*' });
  if (entry.key) context.entries.set(entry.key, created.documentId);
}

async function seedCollection(strapi: Core.Strapi, collection: DemoCollection, context: SeedContext): Promise<void> {
  for (const entry of collection.entries) await seedEntry(strapi, collection.uid, entry, context);
}

/**
 * Seeds the fictional demo portals on first run. Everything goes through the Document Service,
 * exactly as an editor's work would, so the validation rules apply, the outbox records the
 * publishes and the publisher builds the demo portals the ordinary way.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.documents('api::tenant.tenant').count({})) > 0) return;
  const baseDomain = process.env.PORTAL_BASE_DOMAIN ?? 'vinhlong.localhost';
  strapi.log.info(`Seeding demo portals under ${baseDomain}`);
  const startedAt = Date.now();

  // One transaction: a seed that fails half-way leaves no tenant behind, so the next start seeds again.
  await strapi.db.transaction(async () => {
    const tenants = new Map<string, string>();
    for (const tenant of DEMO_TENANTS) {
      const created = await strapi.documents('api::tenant.tenant').create({
        data: { code: tenant.code, kind: tenant.kind, sites: demoSites(tenant, baseDomain), contact: tenant.contact, technicalContact: tenant.technicalContact },
      } as any);
      tenants.set(tenant.code, created.documentId);
    }
    const context: SeedContext = { tenants, files: await uploadDemoFiles(strapi), entries: new Map() };
    for (const collection of DEMO_COLLECTIONS) await seedCollection(strapi, collection, context);
  });
  strapi.log.info(`Seeded the demo content in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}
