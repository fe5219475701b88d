import { describe, expect, it } from 'vitest';
import { BuildScheduler } from './build-scheduler.js';

const options = { quietMs: 1_000, maxWaitMs: 10_000, retryInitialMs: 2_000, retryMaxMs: 16_000 };
const pending = (tenantCode: string, newestEventId: number, pendingEvents = 1) => ({ tenantCode, newestEventId, pendingEvents });

describe('BuildScheduler', () => {
  it('waits for a quiet moment, then builds a burst of one tenant as one build', () => {
    const scheduler = new BuildScheduler(options);
    expect(scheduler.observe([pending('snv', 2, 2)], 0)).toBe(1);
    expect(scheduler.observe([pending('snv', 3, 3)], 500)).toBe(1);
    expect(scheduler.observe([pending('snv', 3, 3)], 900)).toBe(0);
    expect(scheduler.next(1_400)).toBeUndefined();
    expect(scheduler.nextDueAt()).toBe(1_500);
    expect(scheduler.next(1_500)).toEqual({ tenantCode: 'snv', newestEventId: 3 });
    expect(scheduler.next(1_500)).toBeUndefined();
  });

  it('builds a tenant with tens of thousands of pending events once: the build claims them all', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 40_000, 40_000)], 0);
    expect(scheduler.next(1_000)).toEqual({ tenantCode: 'snv', newestEventId: 40_000 });
    scheduler.succeeded('snv', 40_000);
    // Still listed as pending until the CMS has the report: not built again.
    expect(scheduler.observe([pending('snv', 40_000, 40_000)], 1_100)).toBe(0);
    expect(scheduler.isIdle).toBe(true);
  });

  it('builds a tenant under a steady stream once the maximum wait is reached', () => {
    const scheduler = new BuildScheduler(options);
    for (let now = 0, id = 1; now < 10_000; now += 500, id += 1) scheduler.observe([pending('snv', id, id)], now);
    expect(scheduler.next(9_999)).toBeUndefined();
    expect(scheduler.next(10_000)?.tenantCode).toBe('snv');
  });

  it('keeps tenants apart and builds the one waiting longest first', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 1)], 0);
    scheduler.observe([pending('snv', 1), pending('chauthanh', 2)], 100);
    expect(scheduler.next(5_000)?.tenantCode).toBe('snv');
    expect(scheduler.next(5_000)?.tenantCode).toBe('chauthanh');
  });

  it('builds tenants seen at the same poll in the order their changes were recorded: a department before the main portal that lists its news', () => {
    const scheduler = new BuildScheduler(options);
    // The CMS lists tenants by code; the department's event was recorded first.
    scheduler.observe([pending('vinhlong', 8), pending('snv', 7)], 0);
    scheduler.observe([pending('vinhlong', 8), pending('snv', 9, 2)], 500);
    expect(scheduler.next(2_000)?.tenantCode).toBe('snv');
    expect(scheduler.next(2_000)?.tenantCode).toBe('vinhlong');
  });

  it('puts a refresh asked for at the same time behind recorded changes', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.request('chauthanh', 'daily-refresh', 0);
    scheduler.observe([pending('snv', 3)], 0);
    expect(scheduler.next(2_000)?.tenantCode).toBe('snv');
    expect(scheduler.next(2_000)?.tenantCode).toBe('chauthanh');
  });

  it('does not build a tenant twice at once; events after its claim wait for the next build', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 1)], 0);
    scheduler.next(2_000);
    scheduler.observe([pending('snv', 2, 2)], 2_100);
    expect(scheduler.next(5_000)).toBeUndefined();
    scheduler.succeeded('snv', 1);
    expect(scheduler.next(5_000)?.tenantCode).toBe('snv');
  });

  it('needs no second build when the build claimed the events that arrived while it was starting', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 1)], 0);
    scheduler.next(2_000);
    scheduler.observe([pending('snv', 5, 5)], 2_100);
    scheduler.succeeded('snv', 5);
    expect(scheduler.next(10_000)).toBeUndefined();
    expect(scheduler.isIdle).toBe(true);
  });

  it('retries a failed build with a doubling delay up to the maximum, then starts afresh after a success', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 7, 2)], 0);
    let now = 1_000;
    const delays: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(scheduler.next(now)?.tenantCode).toBe('snv');
      const { retryInMs } = scheduler.failed('snv', now);
      delays.push(retryInMs);
      expect(scheduler.next(now + retryInMs - 1)).toBeUndefined();
      now += retryInMs;
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 16_000]);
    scheduler.next(now);
    scheduler.succeeded('snv', 7);
    scheduler.observe([pending('snv', 8)], now);
    scheduler.next(now + 1_000);
    expect(scheduler.failed('snv', now + 1_000).retryInMs).toBe(2_000);
  });

  it('builds a requested tenant without any event, at once', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.request('vinhlong', 'no-live-site', 0);
    expect(scheduler.next(0)).toEqual({ tenantCode: 'vinhlong', newestEventId: 0, request: 'no-live-site' });
    scheduler.failed('vinhlong', 0);
    expect(scheduler.next(2_000)).toEqual({ tenantCode: 'vinhlong', newestEventId: 0, request: 'retry' });
    scheduler.succeeded('vinhlong', null);
    expect(scheduler.isIdle).toBe(true);
  });

  it('says why a build without events is due, and a retry stays a retry whatever is asked after it', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.observe([pending('snv', 4)], 0);
    scheduler.request('snv', 'daily-refresh', 0);
    expect(scheduler.next(1_000)).toEqual({ tenantCode: 'snv', newestEventId: 4, request: 'daily-refresh' });
    scheduler.failed('snv', 1_000);
    scheduler.request('snv', 'daily-refresh', 1_500);
    expect(scheduler.next(3_000)).toEqual({ tenantCode: 'snv', newestEventId: 0, request: 'retry' });
  });
});
