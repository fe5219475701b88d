import type { Core } from '@strapi/strapi';
import { model, schemaUid } from '../content-model';

/** Attributes that record when and by whom a row was written, not what it says. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

function attributesOf(strapi: Core.Strapi, uid: string): Array<[string, any]> {
  const schema = model(strapi, uid) ?? (strapi.components as any)[uid];
  return Object.entries<any>(schema?.attributes ?? {})
    .filter(([name]) => !BOOKKEEPING.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Loads every linked document, file and component of a row, as deep as components nest. */
function contentPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    if (attribute.type === 'relation') populate[name] = { select: ['documentId'] };
    else if (attribute.type === 'media') populate[name] = { select: ['id'] };
    else if (attribute.type === 'component') {
      const nested = contentPopulate(strapi, attribute.component);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}

/**
 * What a row says, in a stable form: linked documents by documentId, files by id, components by
 * their content (their own row ids change when Strapi rewrites them).
 */
function contentOf(strapi: Core.Strapi, uid: string, row: Record<string, any> | null | undefined): unknown {
  if (!row) return null;
  const content: Record<string, unknown> = {};
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    const value = row[name];
    if (attribute.type === 'relation') content[name] = [value ?? []].flat().map((linked: any) => linked.documentId);
    else if (attribute.type === 'media') content[name] = [value ?? []].flat().map((file: any) => file.id);
    else if (attribute.type === 'component') content[name] = Array.isArray(value) ? value.map((item) => contentOf(strapi, attribute.component, item)) : contentOf(strapi, attribute.component, value);
    else content[name] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return content;
}

/**
 * The content of every language version's draft of a document, by locale: what each version
 * would publish. Comparing it before and after a write tells which versions the write changed,
 * including those the i18n plugin changed by copying the fields shared by all languages.
 */
export async function draftContents(strapi: Core.Strapi, uid: string, documentId: string): Promise<Map<string, string>> {
  const rows: any[] = await strapi.db.query(schemaUid(uid)).findMany({ where: { documentId, publishedAt: null }, populate: contentPopulate(strapi, uid) });
  return new Map(rows.map((row) => [row.locale as string, JSON.stringify(contentOf(strapi, uid, row))]));
}

/** The locales whose draft a write created or changed. */
export function changedLocales(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([locale, content]) => before.get(locale) !== content).map(([locale]) => locale);
}
