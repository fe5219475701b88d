import type { Core } from '@strapi/strapi';
import { SLUG_MAX_LENGTH, slugFromText, type Locale } from '@portal/contract';
import { relationInput } from '../tenancy/references';
import { model, schemaUid } from '../content-model';
import { asCall, blank, isWrite, localesOf, refuse, type DocumentCall } from './document-call';
import { isPreviousSlugOfAnother, recordPreviousSlugs, tenantDocumentIdOf, type TenantReference } from './previous-slugs';

/** The field a type's pages are titled by, which its slug is made from. */
const TITLE_FIELDS = ['title', 'name', 'fullName'];

const titleFieldOf = (attributes: Record<string, unknown>) => TITLE_FIELDS.find((field) => field in attributes);

interface SlugTarget {
  uid: string;
  documentId: string | undefined;
  locale: string;
  localized: boolean;
  /** The document's tenant, by id or documentId, as the write or the stored version names it. */
  tenant: TenantReference;
}

interface StoredVersion {
  slug: string | null;
  title: string | null;
  tenantId: number | undefined;
  published: Array<{ locale: string; slug: string }>;
}

/**
 * The stored version the write changes: its slug, title and tenant, and the slugs its published
 * versions have (this language's, or every language's for a slug shared by all).
 */
async function storedVersion(strapi: Core.Strapi, target: SlugTarget, titleField: string): Promise<StoredVersion | undefined> {
  if (!target.documentId) return undefined;
  const where = { documentId: target.documentId, ...(target.localized ? { locale: target.locale } : {}) };
  const rows: any[] = await strapi.db.query(schemaUid(target.uid)).findMany({ where, select: ['slug', titleField, 'publishedAt', 'locale'], populate: { tenant: { select: ['id'] } } });
  const draft = rows.find((row) => !row.publishedAt && (!target.localized || row.locale === target.locale)) ?? rows[0];
  const published = rows.filter((row) => row.publishedAt && row.slug).map((row) => ({ locale: row.locale as string, slug: row.slug as string }));
  return draft ? { slug: draft.slug, title: draft[titleField], tenantId: draft.tenant?.id, published } : undefined;
}

/**
 * Whether another document of the same portal (and language, for a per-language slug) has this
 * slug, or had it before a rename: then it is its old address, which redirects to it.
 */
async function takenBy(strapi: Core.Strapi, target: SlugTarget, slug: string): Promise<'in use' | 'redirected' | undefined> {
  const tenant = target.tenant?.documentId ? { documentId: target.tenant.documentId } : target.tenant?.id ? { id: target.tenant.id } : undefined;
  const where: Record<string, unknown> = { slug, ...(tenant ? { tenant } : {}), ...(target.localized ? { locale: target.locale } : {}) };
  if (target.documentId) where.documentId = { $ne: target.documentId };
  if ((await strapi.db.query(schemaUid(target.uid)).count({ where })) > 0) return 'in use';
  const tenantDocumentId = await tenantDocumentIdOf(strapi, target.tenant);
  if (!tenantDocumentId) return undefined;
  const owner = { uid: target.uid, tenantDocumentId, locale: target.localized ? (target.locale as Locale) : undefined, exceptDocumentId: target.documentId };
  return (await isPreviousSlugOfAnother(strapi, owner, slug)) ? 'redirected' : undefined;
}

/** The first of `base`, `base-2`, `base-3`… that no other document of the portal uses. */
async function freeSlug(strapi: Core.Strapi, target: SlugTarget, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base.slice(0, SLUG_MAX_LENGTH - `-${suffix}`.length).replace(/-+$/, '')}-${suffix}`;
    if (!(await takenBy(strapi, target, candidate))) return candidate;
  }
}

/** The Vietnamese version's slug: what a Khmer title, which has no Latin letters, falls back on. */
async function vietnameseSlug(strapi: Core.Strapi, target: SlugTarget): Promise<string | undefined> {
  if (!target.documentId) return undefined;
  const row = await strapi.db.query(schemaUid(target.uid)).findOne({ where: { documentId: target.documentId, locale: 'vi' }, select: ['slug'] });
  return row?.slug ?? undefined;
}

/** Work left for after the write succeeded: keeping the addresses a rename replaced. */
type AfterWrite = () => Promise<void>;

/**
 * Slugs are made for people: left empty, one is made from the title with Vietnamese folding
 * ("Đường Nguyễn Huệ" → "duong-nguyen-hue"), unique within the portal (and language, where the slug
 * is per language) by a "-2" suffix; typed by hand, it is folded the same way and must be unique.
 * A published item's slug may be changed by typing a new one (the change goes through approval like
 * any other edit); the address its published versions had is then kept as a previous slug, which
 * the portal answers with a permanent redirect and no other item of the type may take. Emptied or
 * with a changed title, a published item keeps its slug: an address changes only when asked to.
 */
async function settleSlug(strapi: Core.Strapi, call: DocumentCall): Promise<AfterWrite | undefined> {
  const attributes = model(strapi, call.uid)?.attributes ?? {};
  const titleField = titleFieldOf(attributes);
  if (!('slug' in attributes) || !titleField) return undefined;
  const { data } = call.params;
  if (!data) return undefined;
  const [locale = 'vi'] = localesOf(call);
  const target: SlugTarget = {
    uid: call.uid,
    documentId: call.params.documentId,
    locale,
    localized: Boolean(attributes.slug.pluginOptions?.i18n?.localized),
    tenant: 'tenant' in data ? relationInput(data.tenant).added[0] : undefined,
  };
  const stored = await storedVersion(strapi, target, titleField);
  target.tenant ??= stored?.tenantId ? { id: stored.tenantId } : undefined;
  // Previous slugs are kept by the tenant's documentId: looked up once, not for every candidate slug.
  if (target.tenant && !target.tenant.documentId) target.tenant = { ...target.tenant, documentId: await tenantDocumentIdOf(strapi, target.tenant) };
  const typed = 'slug' in data && !blank(data.slug);

  if (typed) {
    const slug = slugFromText(String(data.slug));
    if (!slug) refuse('Không lưu được / Not saved', [`slug (Đường dẫn) "${String(data.slug)}": needs Latin letters or digits; leave it empty to make it from the title`]);
    const taken = slug !== stored?.slug ? await takenBy(strapi, target, slug) : undefined;
    if (taken) {
      const inLanguage = target.localized ? ` in ${locale}` : '';
      const why = taken === 'in use' ? `is already used by another item of this portal${inLanguage}` : `was the address of another item of this portal${inLanguage} before it was renamed, and still leads to it`;
      refuse('Không lưu được / Not saved', [`slug (Đường dẫn) "${slug}" ${why}; choose another or leave it empty`]);
    }
    data.slug = slug;
    const replaced = stored?.published.filter((version) => version.slug !== slug) ?? [];
    if (replaced.length === 0 || !target.documentId) return undefined;
    const tenantDocumentId = await tenantDocumentIdOf(strapi, target.tenant);
    if (!tenantDocumentId) return undefined;
    const item = { uid: call.uid, documentId: target.documentId, tenantDocumentId };
    return () => recordPreviousSlugs(strapi, item, replaced);
  }
  // Emptied by the editor before publication: made anew from the (perhaps new) title.
  if (stored?.slug && (!('slug' in data) || stored.published.length > 0)) {
    if ('slug' in data) data.slug = stored.slug;
    return undefined;
  }
  const title = String((titleField in data ? data[titleField] : stored?.title) ?? '');
  const base = slugFromText(title) || (await vietnameseSlug(strapi, target)) || '';
  if (!base) refuse('Không lưu được / Not saved', [`slug (Đường dẫn): the ${titleField} gives no Latin letters or digits to make an address from; type the slug`]);
  data.slug = await freeSlug(strapi, target, base);
  return undefined;
}

export function registerSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const afterWrite = isWrite(call) && call.uid.startsWith('api::') ? await settleSlug(strapi, call) : undefined;
    const result = await next();
    await afterWrite?.();
    return result;
  });
}
