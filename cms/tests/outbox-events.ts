import { expect } from 'vitest';
import { PUBLISHING_API, type PublishEvent } from '@portal/contract';
import type { CmsUnderTest } from './cms-under-test';

export async function pendingEvents(cms: CmsUnderTest): Promise<PublishEvent[]> {
  const response = await cms.publisherFetch(`${PUBLISHING_API.pendingEvents}?limit=500`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: PublishEvent[] }).events;
}

/** Acknowledges everything pending, so each test sees only the events it causes. */
export async function drainEvents(cms: CmsUnderTest): Promise<void> {
  for (let events = await pendingEvents(cms); events.length > 0; events = await pendingEvents(cms)) {
    await cms.publisherFetch(PUBLISHING_API.acknowledge, { method: 'POST', body: JSON.stringify({ ids: events.map((event) => event.id) }) });
  }
}
