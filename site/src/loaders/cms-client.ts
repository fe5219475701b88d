import { fetchPublicCollection, PUBLIC_CORRECTIONS_QUERY, PUBLIC_PREVIOUS_SLUGS_QUERY, PUBLIC_EXPORT_QUERY, type Locale, type PublicCollection } from '@portal/contract';
import { ClientError, GraphQLClient, gql } from 'graphql-request';

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
      emblem {
        url
        name
        mime
        size
        width
        height
      }
    }
  }
`;

const ALL_TENANTS_QUERY = gql`
  query AllTenants {
    tenants(pagination: { limit: -1 }, sort: ["code:asc"]) {
      code
      kind
      sites {
        locale
        host
        pathPrefix
        name
      }
    }
  }
`;

export interface CmsClient {
  /** The tenant with this code, or undefined when the CMS has none. */
  fetchTenant(code: string): Promise<RawEntry | undefined>;
  /** Every tenant of the installation, with its language sites (the main portal's directory). */
  fetchAllTenants(): Promise<RawEntry[]>;
  /** Every published entry of a collection for one tenant and language, through the CMS's bulk export. */
  fetchCollection(collection: PublicCollection, code: string, locale: Locale): Promise<RawEntry[]>;
  /** The first `count` entries of a collection in its public order (the latest, for articles). */
  fetchFirst(collection: PublicCollection, code: string, locale: Locale, count: number): Promise<RawEntry[]>;
  /** The public change notes of a tenant's corrected items in one language. */
  fetchCorrections(code: string, locale: Locale): Promise<RawEntry[]>;
  /** The slugs a tenant's items had in one language before they were renamed. */
  fetchPreviousSlugs(code: string, locale: Locale): Promise<RawEntry[]>;
}

/** How a request sent on a connection the other end had already closed fails. */
const CONNECTION_RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function isConnectionReset(error: unknown): boolean {
  const code = error instanceof Error && error.cause instanceof Error ? (error.cause as NodeJS.ErrnoException).code : undefined;
  return code !== undefined && CONNECTION_RESET_CODES.has(code);
}

/**
 * Sends a read once more, on a fresh connection, when the first attempt met a reset one. The
 * CMS closes a kept-alive connection after 5 idle seconds; while this process is busy for longer
 * (digesting thousands of entries on a loaded machine), fetch may send the next query on such a
 * connection before it learns of the close. Every query of this client only reads.
 */
async function readSurvivingReset(send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    if (!isConnectionReset(error)) throw error;
    return send();
  }
}

export function createCmsClient(connection: CmsConnection): CmsClient {
  const client = new GraphQLClient(connection.graphqlUrl, {
    headers: { authorization: `Bearer ${connection.token}` },
    fetch: (input, init) => readSurvivingReset(() => fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })),
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

    async fetchAllTenants() {
      return listIn(await request('every tenant', ALL_TENANTS_QUERY, {}), 'tenants', 'every tenant');
    },

    async fetchCollection(collection, code, locale) {
      const what = `${collection.field} of "${code}" in "${locale}"`;
      try {
        return await fetchPublicCollection((query, variables) => client.request(query, variables), collection, { code, locale }, { via: 'export' });
      } catch (error) {
        throw new CmsError(`The CMS export of ${what} at ${connection.graphqlUrl} failed: ${describe(error)}`, { cause: error });
      }
    },

    async fetchFirst(collection, code, locale, count) {
      const what = `the first ${count} ${collection.field} of "${code}" in "${locale}"`;
      const variables = { collection: collection.field, code, locale, page: 1, pageSize: count };
      return listIn(await request(what, PUBLIC_EXPORT_QUERY, variables), 'publicExport', what);
    },

    async fetchCorrections(code, locale) {
      const what = `the corrections of "${code}" in "${locale}"`;
      return listIn(await request(what, PUBLIC_CORRECTIONS_QUERY, { code, locale }), 'publicCorrections', what);
    },

    async fetchPreviousSlugs(code, locale) {
      const what = `the previous slugs of "${code}" in "${locale}"`;
      return listIn(await request(what, PUBLIC_PREVIOUS_SLUGS_QUERY, { code, locale }), 'publicPreviousSlugs', what);
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
