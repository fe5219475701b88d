import { PUBLISHING_API, pendingEventsResponseSchema, tenantSchema, type PublishEvent, type Tenant } from '@portal/contract';
import { z } from 'zod';

const tenantsResponseSchema = z.object({ tenants: z.array(tenantSchema) });

export class CmsUnavailableError extends Error {}

/** The publisher's side of the CMS outbox delivery API, authenticated with the shared token. */
export class OutboxClient {
  readonly #cmsUrl: string;
  readonly #token: string;
  readonly #timeoutMs: number;

  constructor(options: { cmsUrl: string; token: string; timeoutMs?: number }) {
    this.#cmsUrl = options.cmsUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  async pending(limit = 500): Promise<PublishEvent[]> {
    const body = await this.#request('GET', `${PUBLISHING_API.pendingEvents}?limit=${limit}`);
    return pendingEventsResponseSchema.parse(body).events;
  }

  async acknowledge(ids: readonly number[]): Promise<void> {
    if (ids.length > 0) await this.#request('POST', PUBLISHING_API.acknowledge, { ids });
  }

  async tenants(): Promise<Tenant[]> {
    return tenantsResponseSchema.parse(await this.#request('GET', PUBLISHING_API.tenants)).tenants;
  }

  async #request(method: string, path: string, json?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.#cmsUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.#token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
        body: json ? JSON.stringify(json) : undefined,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new CmsUnavailableError(`CMS unreachable at ${this.#cmsUrl}: ${(error as Error).message}`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new Error(`CMS refused the publisher token (${response.status} on ${path}): check PUBLISHER_TOKEN on both sides`);
    }
    if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} on ${method} ${path}`);
    return response.json();
  }
}
