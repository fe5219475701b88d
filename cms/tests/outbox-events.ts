import { expect } from 'vitest';
import { buildOutcomePath, PUBLISHING_API, type ClaimedBuild, type PendingTenant, type PublishEvent } from '@portal/contract';
import type { CmsUnderTest } from './cms-under-test';

export async function pendingEvents(cms: CmsUnderTest): Promise<PublishEvent[]> {
  const response = await cms.publisherFetch(`${PUBLISHING_API.pendingEvents}?limit=500`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: PublishEvent[] }).events;
}

export async function pendingTenants(cms: CmsUnderTest): Promise<PendingTenant[]> {
  const response = await cms.publisherFetch(PUBLISHING_API.pendingTenants);
  expect(response.status).toBe(200);
  return ((await response.json()) as { tenants: PendingTenant[] }).tenants;
}

/** Starts a build of a portal as the publisher does: it claims all of the portal's pending events. */
export async function startBuild(cms: CmsUnderTest, tenantCode: string): Promise<ClaimedBuild> {
  const response = await cms.publisherFetch(PUBLISHING_API.builds, { method: 'POST', body: JSON.stringify({ tenantCode }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { build: ClaimedBuild }).build;
}

export function reportBuild(cms: CmsUnderTest, buildId: number, outcome: unknown): Promise<Response> {
  return cms.publisherFetch(buildOutcomePath(buildId), { method: 'POST', body: JSON.stringify(outcome) });
}

/** Builds every portal with pending events, as if live at once, so each test sees only the events it causes. */
export async function drainEvents(cms: CmsUnderTest): Promise<void> {
  for (const { tenantCode } of await pendingTenants(cms)) {
    const { buildId } = await startBuild(cms, tenantCode);
    expect((await reportBuild(cms, buildId, { status: 'live', releaseId: `drained-${buildId}` })).status).toBe(200);
  }
}
