import type { Locale } from '@portal/contract';
import { ClientError, GraphQLClient, gql } from 'graphql-request';

/** Matches the CMS's GraphQL defaultLimit; a shorter page is the last one. */
export const ARTICLES_PAGE_SIZE = 100;
const REQUEST_TIMEOUT_MS = 30_000;

export interface CmsConnection {
  graphqlUrl: string;
  token: string;
}

/** What the CMS returned, before validation: the loaders check it against the contract. */
export type RawEntry = Record<string, unknown>;

export class CmsError extends Error {
  override name = 'CmsError';
}

const TENANT_QUERY = gql`
  query Tenant($code: String!) {
    tenants(filters: { code: { eq: $code } }) {
      code
      kind
      sites {
        locale
        host
        pathPrefix
        name
      }
      contact {
        responsiblePerson
        address
        phone
        email
      }
    }
  }
`;

// documentId breaks ties between equal publish times, so no entry can slip between two pages.
const ARTICLES_QUERY = gql`
  query Articles($code: String!, $locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
    articles(
      locale: $locale
      filters: { tenant: { code: { eq: $code } } }
      pagination: { page: $page, pageSize: $pageSize }
      sort: ["publishedAt:desc", "documentId:asc"]
    ) {
      documentId
      locale
      title
      slug
      summary
      body
      kind
      publishedAt
      updatedAt
    }
  }
`;

export interface CmsClient {
  /** The tenant with this code, or undefined when the CMS has none. */
  fetchTenant(code: string): Promise<RawEntry | undefined>;
  /** Every published article of the tenant in one language, newest first. */
  fetchArticles(code: string, locale: Locale): Promise<RawEntry[]>;
}

export function createCmsClient(connection: CmsConnection): CmsClient {
  const client = new GraphQLClient(connection.graphqlUrl, {
    headers: { authorization: `Bearer ${connection.token}` },
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  });

  async function request(what: string, document: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    try {
      return await client.request<Record<string, unknown>>(document, variables);
    } catch (error) {
      throw new CmsError(`The CMS query for ${what} at ${connection.graphqlUrl} failed: ${describe(error)}`, { cause: error });
    }
  }

  function listIn(data: Record<string, unknown>, field: string, what: string): RawEntry[] {
    const list = data[field];
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'object' && item !== null)) {
      throw new CmsError(`The CMS answered the query for ${what} without a list of "${field}"`);
    }
    return list as RawEntry[];
  }

  return {
    async fetchTenant(code) {
      const what = `tenant "${code}"`;
      const tenants = listIn(await request(what, TENANT_QUERY, { code }), 'tenants', what);
      if (tenants.length > 1) throw new CmsError(`The CMS has ${tenants.length} tenants with the code "${code}"`);
      return tenants[0];
    },

    async fetchArticles(code, locale) {
      const articles: RawEntry[] = [];
      const seen = new Set<unknown>();
      for (let page = 1; ; page += 1) {
        const what = `articles of "${code}" in "${locale}" (page ${page})`;
        const batch = listIn(await request(what, ARTICLES_QUERY, { code, locale, page, pageSize: ARTICLES_PAGE_SIZE }), 'articles', what);
        for (const article of batch) {
          // A CMS that ignored the pagination would otherwise be paged through forever.
          if (seen.has(article.documentId)) {
            throw new CmsError(`The CMS returned article ${String(article.documentId)} (${locale}) twice while paging`);
          }
          seen.add(article.documentId);
          articles.push(article);
        }
        if (batch.length < ARTICLES_PAGE_SIZE) return articles;
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof ClientError) {
    const messages = error.response.errors?.map((graphqlError) => graphqlError.message) ?? [];
    const status = error.response.status;
    const hint = status === 401 || status === 403 ? ' (is CMS_TOKEN a valid API token?)' : '';
    return messages.length > 0 ? `${messages.join('; ')}${hint}` : `HTTP ${status}${hint}`;
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
