import type { GraphqlRequest } from '@portal/contract';

/** Queries the CMS's GraphQL API with the publisher's token, as the site build does; GraphQL errors throw. */
export function publisherGraphql(cms: { cmsUrl: string; secrets: { PUBLISHER_TOKEN: string } }): GraphqlRequest {
  return async (query, variables) => {
    const response = await fetch(`${cms.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cms.secrets.PUBLISHER_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
    if (!response.ok || !body.data) throw new Error(`GraphQL answered ${response.status} without data`);
    return body.data;
  };
}
