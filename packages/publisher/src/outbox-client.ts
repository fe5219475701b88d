import {
  buildOutcomePath,
  claimedBuildSchema,
  pendingTenantsResponseSchema,
  PUBLISHING_API,
  tenantSchema,
  type BuildOutcome,
  type ClaimedBuild,
  type PendingTenant,
  type Tenant,
} from '@portal/contract';
import { z } from 'zod';

const tenantsResponseSchema = z.object({ tenants: z.array(tenantSchema) });
const startedBuildResponseSchema = z.object({ build: claimedBuildSchema });

export class CmsUnavailableError extends Error {}

/** The CMS refused a request as invalid or about something it does not know: repeating it cannot help. */
export class CmsRefusedError extends Error {}

/** What the publisher asks of the CMS; tests give the publisher an in-memory one. */
export type PublishingClient = Pick<OutboxClient, 'pendingTenants' | 'startBuild' | 'reportBuild' | 'tenants'>;

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

  /** The tenants with events waiting, however many wait. */
  async pendingTenants(): Promise<PendingTenant[]> {
    return pendingTenantsResponseSchema.parse(await this.#request('GET', PUBLISHING_API.pendingTenants)).tenants;
  }

  /** Starts a build of a tenant, which claims every event of the tenant pending at this moment. */
  async startBuild(tenantCode: string): Promise<ClaimedBuild> {
    return startedBuildResponseSchema.parse(await this.#request('POST', PUBLISHING_API.builds, { tenantCode })).build;
  }

  /** Reports how a build ended; a live build's events are acknowledged with it. Safe to repeat. */
  async reportBuild(buildId: number, outcome: BuildOutcome): Promise<void> {
    await this.#request('POST', buildOutcomePath(buildId), outcome);
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
    if (response.status === 400 || response.status === 404) {
      throw new CmsRefusedError(`CMS answered ${response.status} on ${method} ${path}: ${await response.text()}`);
    }
    if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} on ${method} ${path}`);
    return response.json();
  }
}
