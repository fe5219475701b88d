import type { Core } from '@strapi/strapi';
import { SLUG_MAX_LENGTH, slugFromText } from '@portal/contract';
import { relationInput } from '../tenancy/references';
import { model, schemaUid } from '../content-model';
import { asCall, blank, isWrite, localesOf, refuse, type DocumentCall } from './document-call';

/** The field a type's pages are titled by, which its slug is made from. */
const TITLE_FIELDS = ['title', 'name', 'fullName'];

const titleFieldOf = (attributes: Record<string, unknown>) => TITLE_FIELDS.find((field) => field in attributes);

interface SlugTarget {
  uid: string;
  documentId: string | undefined;
  locale: string;
  localized: boolean;
  /** The document's tenant, by id or documentId, as the write or the stored version names it. */
  tenant: { id?: number; documentId?: string } | undefined;
}

/** The stored version the write changes: its slug, title and tenant, and whether this language ever went public. */
async function storedVersion(strapi: Core.Strapi, target: SlugTarget, titleField: string) {
  if (!target.documentId) return undefined;
  const where = { documentId: target.documentId, ...(target.localized ? { locale: target.locale } : {}) };
  const rows: any[] = await strapi.db.query(schemaUid(target.uid)).findMany({ where, select: ['slug', titleField, 'publishedAt', 'locale'], populate: { tenant: { select: ['id'] } } });
  const draft = rows.find((row) => !row.publishedAt && (!target.localized || row.locale === target.locale)) ?? rows[0];
  return draft && { slug: draft.slug as string | null, title: draft[titleField] as string | null, tenantId: draft.tenant?.id as number | undefined, published: rows.some((row) => row.publishedAt) };
}

/** Whether another document of the same portal (and language, for a per-language slug) already has this slug. */
async function takenBy(strapi: Core.Strapi, target: SlugTarget, slug: string): Promise<boolean> {
  const tenant = target.tenant?.documentId ? { documentId: target.tenant.documentId } : target.tenant?.id ? { id: target.tenant.id } : undefined;
  const where: Record<string, unknown> = { slug, ...(tenant ? { tenant } : {}), ...(target.localized ? { locale: target.locale } : {}) };
  if (target.documentId) where.documentId = { $ne: target.documentId };
  return (await strapi.db.query(schemaUid(target.uid)).count({ where })) > 0;
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

/**
 * Slugs are made for people: left empty, one is made from the title with Vietnamese folding
 * ("Đường Nguyễn Huệ" → "duong-nguyen-hue"), unique within the portal (and language, where the slug
 * is per language) by a "-2" suffix; typed by hand, it is folded the same way and must be unique.
 * Once a language version has been public its address is fixed: links to it must keep working.
 */
async function settleSlug(strapi: Core.Strapi, call: DocumentCall): Promise<void> {
  const attributes = model(strapi, call.uid)?.attributes ?? {};
  const titleField = titleFieldOf(attributes);
  if (!('slug' in attributes) || !titleField) return;
  const { data } = call.params;
  if (!data) return;
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
  const typed = 'slug' in data && !blank(data.slug);

  if (typed) {
    const slug = slugFromText(String(data.slug));
    if (!slug) refuse('Không lưu được / Not saved', [`slug (Đường dẫn) "${String(data.slug)}": needs Latin letters or digits; leave it empty to make it from the title`]);
    if (stored?.published && stored.slug && slug !== stored.slug) {
      refuse('Không lưu được / Not saved', [`slug (Đường dẫn): this ${locale} version has been published at "${stored.slug}"; its address stays so that links to it keep working`]);
    }
    if (slug !== stored?.slug && (await takenBy(strapi, target, slug))) {
      refuse('Không lưu được / Not saved', [`slug (Đường dẫn) "${slug}" is already used by another item of this portal${target.localized ? ` in ${locale}` : ''}; choose another or leave it empty`]);
    }
    data.slug = slug;
    return;
  }
  // Emptied by the editor before publication: made anew from the (perhaps new) title.
  if (stored?.slug && (!('slug' in data) || stored.published)) {
    if ('slug' in data) data.slug = stored.slug;
    return;
  }
  const title = String((titleField in data ? data[titleField] : stored?.title) ?? '');
  const base = slugFromText(title) || (await vietnameseSlug(strapi, target)) || '';
  if (!base) refuse('Không lưu được / Not saved', [`slug (Đường dẫn): the ${titleField} gives no Latin letters or digits to make an address from; type the slug`]);
  data.slug = await freeSlug(strapi, target, base);
}

export function registerSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (isWrite(call) && call.uid.startsWith('api::')) await settleSlug(strapi, call);
    return next();
  });
}
