import type { z } from 'zod';
import type { ContentTypeDescriptor } from './content-type.js';
import { selectionOf } from './graphql-selection.js';
import type { Locale } from './locales.js';
import { CONTENT_TYPES } from './types/index.js';

/** One kind of tenant content as a portal build reads it: published, one tenant, one locale. */
export type PublicCollection<Schema extends z.ZodObject = z.ZodObject> = Pick<ContentTypeDescriptor<Schema>, 'uid' | 'field' | 'schema' | 'sort'>;

/** Every public collection: the content types' descriptors (types/<id>.ts), keyed by their GraphQL field. */
export const PUBLIC_COLLECTIONS = CONTENT_TYPES;
export type PublicCollectionName = keyof typeof PUBLIC_COLLECTIONS;

/** The CMS's GraphQL defaultLimit; a shorter page is the last one. */
export const PUBLIC_PAGE_SIZE = 100;

/** The paged GraphQL query for one tenant's published entries of a collection in one locale. */
export function publicCollectionQuery(collection: PublicCollection): string {
  const sort = collection.sort.map((key) => JSON.stringify(key)).join(', ');
  return `query PublicCollection($code: String!, $locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
  ${collection.field}(locale: $locale, filters: { tenant: { code: { eq: $code } } }, pagination: { page: $page, pageSize: $pageSize }, sort: [${sort}]) ${selectionOf(collection.schema)}
}`;
}

export type GraphqlRequest = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * The CMS's bulk export: one page of any public collection, already shaped as its schema, read
 * with a few queries per page instead of the collection query's few queries per entry and
 * relation. The entries are the same; the schema parses either.
 */
export const PUBLIC_EXPORT_QUERY = `query PublicExport($collection: String!, $code: String!, $locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
  publicExport(collection: $collection, tenant: $code, locale: $locale, page: $page, pageSize: $pageSize)
}`;

export interface FetchOptions {
  /** "collection" (default): the GraphQL collection query; "export": the bulk export. */
  via?: 'collection' | 'export';
  pageSize?: number;
}

/**
 * Every entry of a collection for one tenant and locale, page by page, unparsed: the caller
 * validates against `collection.schema`. Fails rather than loops when the CMS ignores paging.
 */
export async function fetchPublicCollection(
  request: GraphqlRequest,
  collection: PublicCollection,
  target: { code: string; locale: Locale },
  { via = 'collection', pageSize = PUBLIC_PAGE_SIZE }: FetchOptions = {},
): Promise<Record<string, unknown>[]> {
  const [query, answer] = via === 'export' ? [PUBLIC_EXPORT_QUERY, 'publicExport'] : [publicCollectionQuery(collection), collection.field];
  const entries: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  for (let page = 1; ; page += 1) {
    const batch = (await request(query, { ...target, collection: collection.field, page, pageSize }))[answer];
    if (!Array.isArray(batch)) throw new Error(`the CMS answered ${collection.field} (${target.code}, ${target.locale}) without a list`);
    for (const entry of batch as Record<string, unknown>[]) {
      if (seen.has(entry.documentId)) throw new Error(`the CMS returned ${collection.field} ${String(entry.documentId)} (${target.locale}) twice while paging`);
      seen.add(entry.documentId);
      entries.push(entry);
    }
    if (batch.length < pageSize) return entries;
  }
}
