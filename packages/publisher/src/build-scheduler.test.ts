import { describe, expect, it } from 'vitest';
import type { PublishEvent } from '@portal/contract';
import { BuildScheduler } from './build-scheduler.js';

const options = { quietMs: 1_000, maxWaitMs: 10_000, retryInitialMs: 2_000, retryMaxMs: 16_000 };
let nextId = 1;
const event = (tenantCode: string): PublishEvent => ({
  id: nextId++,
  action: 'publish',
  contentType: 'api::article.article',
  documentId: 'doc',
  locale: 'vi',
  tenantCode,
  createdAt: new Date(0).toISOString(),
});

describe('BuildScheduler', () => {
  it('waits for a quiet moment, then builds a burst of one tenant as one build', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.add([event('snv'), event('snv')], 0);
    scheduler.add([event('snv')], 500);
    expect(scheduler.next(1_400)).toBeUndefined();
    expect(scheduler.nextDueAt()).toBe(1_500);
    const job = scheduler.next(1_500);
    expect(job?.tenantCode).toBe('snv');
    expect(job?.events).toHaveLength(3);
  });

  it('builds a tenant under a steady stream once the maximum wait is reached', () => {
    const scheduler = new BuildScheduler(options);
    for (let now = 0; now < 10_000; now += 500) scheduler.add([event('snv')], now);
    expect(scheduler.next(9_999)).toBeUndefined();
    expect(scheduler.next(10_000)?.events).toHaveLength(20);
  });

  it('keeps tenants apart and builds the one waiting longest first', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.add([event('chauthanh')], 100);
    scheduler.add([event('snv')], 0);
    expect(scheduler.next(5_000)?.tenantCode).toBe('snv');
    expect(scheduler.next(5_000)?.tenantCode).toBe('chauthanh');
  });

  it('does not build a tenant twice at once; events arriving meanwhile wait for the next build', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.add([event('snv')], 0);
    scheduler.next(2_000);
    scheduler.add([event('snv')], 2_100);
    expect(scheduler.next(5_000)).toBeUndefined();
    scheduler.succeeded('snv');
    expect(scheduler.next(5_000)?.events).toHaveLength(1);
  });

  it('ignores events it already has, is building, or built but not yet acknowledged', () => {
    const scheduler = new BuildScheduler(options);
    const first = event('snv');
    expect(scheduler.add([first], 0)).toBe(1);
    expect(scheduler.add([first], 10)).toBe(0);
    scheduler.next(2_000);
    expect(scheduler.add([first], 2_100)).toBe(0);
    expect(scheduler.succeeded('snv')).toEqual([first.id]);
    expect(scheduler.add([first], 2_200)).toBe(0);
    scheduler.acknowledged([first.id]);
    expect(scheduler.isIdle).toBe(true);
  });

  it('keeps a failed build’s events and retries with a doubling delay up to the maximum', () => {
    const scheduler = new BuildScheduler(options);
    const events = [event('snv'), event('snv')];
    scheduler.add(events, 0);
    let now = 1_000;
    const delays: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const job = scheduler.next(now);
      expect(job?.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      const { retryInMs } = scheduler.failed('snv', now);
      delays.push(retryInMs);
      expect(scheduler.next(now + retryInMs - 1)).toBeUndefined();
      now += retryInMs;
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 16_000]);
    scheduler.next(now);
    scheduler.succeeded('snv');
    scheduler.add([event('snv')], now);
    scheduler.next(now + 1_000);
    expect(scheduler.failed('snv', now + 1_000).retryInMs).toBe(2_000);
  });

  it('builds a requested tenant without any event, at once', () => {
    const scheduler = new BuildScheduler(options);
    scheduler.request('vinhlong', 0);
    expect(scheduler.next(0)).toEqual({ tenantCode: 'vinhlong', events: [] });
    scheduler.failed('vinhlong', 0);
    expect(scheduler.next(2_000)?.tenantCode).toBe('vinhlong');
  });
});
