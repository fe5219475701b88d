import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldTree, type FieldTree, type Locale, type PublicCollection } from '@portal/contract';
import { contentTypeUid, model } from '../../../content-model';

type Attribute = { type: string; target?: string; component?: string };

const UPLOAD_FILE = 'plugin::upload.file';

function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  return (model(strapi, uid)?.attributes ?? {}) as Record<string, Attribute>;
}

/** The model an attribute leads to: a relation's target, a component, an uploaded file. */
function targetOf(attribute: Attribute | undefined): string | undefined {
  if (attribute?.type === 'relation') return attribute.target;
  if (attribute?.type === 'component') return attribute.component;
  if (attribute?.type === 'media') return UPLOAD_FILE;
  return undefined;
}

/** Loads exactly the fields of the tree: relations, components and files with their own fields only. */
function populateOf(strapi: Core.Strapi, uid: string, tree: FieldTree): Record<string, unknown> {
  const attributes = attributesOf(strapi, uid);
  const populate: Record<string, unknown> = {};
  for (const [name, nested] of Object.entries(tree)) {
    const target = targetOf(attributes[name]);
    if (!nested || !target) continue;
    const targetAttributes = attributesOf(strapi, target);
    const fields = Object.keys(nested).filter((field) => nested[field] === null && !targetOf(targetAttributes[field]));
    const deeper = populateOf(strapi, target, nested);
    populate[name] = { fields, ...(Object.keys(deeper).length > 0 ? { populate: deeper } : {}) };
  }
  return populate;
}

/** A stored value as GraphQL serialises it: numbers as numbers (PostgreSQL returns big ones as text), times as ISO strings. */
function serialised(attribute: Attribute | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (attribute?.type) {
    case 'biginteger':
    case 'decimal':
    case 'float':
      return Number(value);
    case 'datetime':
    case 'timestamp':
      return new Date(value as string).toISOString();
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : value;
    default:
      return value;
  }
}

/** The entry cut to the tree's fields, nested values included, so it matches the GraphQL collection query's answer. */
function shaped(strapi: Core.Strapi, uid: string, tree: FieldTree, entry: any): unknown {
  if (entry === null || entry === undefined) return null;
  if (Array.isArray(entry)) return entry.map((item) => shaped(strapi, uid, tree, item));
  const attributes = attributesOf(strapi, uid);
  return Object.fromEntries(
    Object.entries(tree).map(([name, nested]) => {
      const attribute = attributes[name];
      return [name, nested ? shaped(strapi, targetOf(attribute)!, nested, entry[name]) : serialised(attribute, entry[name])];
    }),
  );
}

export interface ExportItem {
  documentId: string;
  locale: Locale;
  status: 'draft' | 'published';
}

export interface ExportPage {
  tenant: string;
  locale: Locale;
  page: number;
  pageSize: number;
}

/**
 * The bulk export behind the `publicExport` GraphQL query. One Document Service call per page
 * loads each relation, component and file of the whole page in one query, where the collection
 * query resolves them entry by entry.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async page(collection: PublicCollection, { tenant, locale, page, pageSize }: ExportPage): Promise<unknown[]> {
    const maxLimit = strapi.config.get('plugin::graphql.maxLimit', 1000) as number;
    if (!Number.isInteger(page) || page < 1) throw new errors.ValidationError('page must be a whole number from 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxLimit) throw new errors.ValidationError(`pageSize must be a whole number from 1 to ${maxLimit}`);
    const tree = fieldTree(collection.schema);
    const entries = await strapi.documents(contentTypeUid(collection.uid)).findMany({
      locale,
      status: 'published',
      filters: { tenant: { code: { $eq: tenant } } },
      sort: [...collection.sort],
      start: (page - 1) * pageSize,
      limit: pageSize,
      populate: populateOf(strapi, collection.uid, tree),
    } as any);
    return entries.map((entry) => shaped(strapi, collection.uid, tree, entry));
  },

  /**
   * One language version of one item, draft or published, shaped like the entries of `page`, and
   * the code of its portal; null when it does not exist. Read for the preview only (an admin
   * route): the content API serves published versions alone.
   */
  async item(collection: PublicCollection, { documentId, locale, status }: ExportItem): Promise<{ tenantCode: string | null; entry: Record<string, unknown> } | null> {
    const tree = fieldTree(collection.schema);
    const populate = { ...populateOf(strapi, collection.uid, tree), tenant: { fields: ['code'] } };
    const entry: any = await strapi.documents(collection.uid as any).findOne({ documentId, locale, status, populate } as any);
    if (!entry) return null;
    return { tenantCode: entry.tenant?.code ?? null, entry: shaped(strapi, collection.uid, tree, entry) as Record<string, unknown> };
  },
});
