import type { PublishEvent } from '@portal/contract';

export interface SchedulerOptions {
  /** A tenant is built once no new event arrived for this long, so a burst becomes one build. */
  quietMs: number;
  /** …but never later than this after its first waiting event, so a steady stream still goes live. */
  maxWaitMs: number;
  /** Delay before the first retry of a failed build; doubles per failure up to retryMaxMs. */
  retryInitialMs: number;
  retryMaxMs: number;
}

export interface BuildJob {
  tenantCode: string;
  events: PublishEvent[];
}

interface TenantQueue {
  waiting: Map<number, PublishEvent>;
  /** A build asked for without an event: the tenant has no live release yet. */
  requested: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  failures: number;
  retryAt: number;
}

/**
 * Decides which tenant to build next: coalesces bursts of events per tenant, builds each tenant's
 * events in one build, and backs off after failures without losing the failed build's events.
 * It is pure bookkeeping: time is passed in, so its rules are testable without waiting.
 */
export class BuildScheduler {
  readonly #options: SchedulerOptions;
  readonly #queues = new Map<string, TenantQueue>();
  readonly #building = new Map<string, PublishEvent[]>();
  /** Events already built, until the CMS has acknowledged them: never built again meanwhile. */
  readonly #settled = new Set<number>();

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** Takes newly delivered events; ones it already knows (waiting, building, settled) are ignored. */
  add(events: readonly PublishEvent[], now: number): number {
    let added = 0;
    for (const event of events) {
      if (this.#knows(event.id)) continue;
      const queue = this.#queue(event.tenantCode, now);
      if (queue.waiting.size === 0 && !queue.requested) queue.firstSeenAt = now;
      queue.waiting.set(event.id, event);
      queue.lastSeenAt = now;
      added += 1;
    }
    return added;
  }

  /** Asks for a build of a tenant that has no event waiting, e.g. because it has no live site. */
  request(tenantCode: string, now: number): void {
    const queue = this.#queue(tenantCode, now);
    if (!queue.requested && queue.waiting.size === 0) queue.firstSeenAt = now;
    queue.requested = true;
    queue.lastSeenAt = Math.min(queue.lastSeenAt, now - this.#options.quietMs);
  }

  /** The next build to run, if one is due; its events count as building until settled. */
  next(now: number): BuildJob | undefined {
    let chosen: [string, TenantQueue] | undefined;
    for (const entry of this.#queues) {
      const [tenantCode, queue] = entry;
      if (this.#building.has(tenantCode) || !this.#isDue(queue, now)) continue;
      if (!chosen || queue.firstSeenAt < chosen[1].firstSeenAt) chosen = entry;
    }
    if (!chosen) return undefined;
    const [tenantCode, queue] = chosen;
    const events = [...queue.waiting.values()];
    queue.waiting.clear();
    queue.requested = false;
    this.#building.set(tenantCode, events);
    return { tenantCode, events };
  }

  succeeded(tenantCode: string): number[] {
    const events = this.#finish(tenantCode);
    const queue = this.#queues.get(tenantCode);
    if (queue) queue.failures = 0;
    for (const event of events) this.#settled.add(event.id);
    this.#dropIfIdle(tenantCode);
    return events.map((event) => event.id);
  }

  /** Puts the events back and schedules a retry after an exponentially growing delay. */
  failed(tenantCode: string, now: number): { retryInMs: number } {
    const events = this.#finish(tenantCode);
    const queue = this.#queue(tenantCode, now);
    for (const event of events) queue.waiting.set(event.id, event);
    if (events.length === 0) queue.requested = true;
    queue.failures += 1;
    const retryInMs = Math.min(this.#options.retryMaxMs, this.#options.retryInitialMs * 2 ** (queue.failures - 1));
    queue.retryAt = now + retryInMs;
    return { retryInMs };
  }

  acknowledged(ids: readonly number[]): void {
    for (const id of ids) this.#settled.delete(id);
  }

  /** When `next` may next return a build, for sleeping until then. */
  nextDueAt(): number | undefined {
    let soonest: number | undefined;
    for (const [tenantCode, queue] of this.#queues) {
      if (this.#building.has(tenantCode) || !this.#hasWork(queue)) continue;
      const due = Math.max(
        queue.retryAt,
        Math.min(queue.lastSeenAt + this.#options.quietMs, queue.firstSeenAt + this.#options.maxWaitMs),
      );
      soonest = soonest === undefined ? due : Math.min(soonest, due);
    }
    return soonest;
  }

  get isIdle(): boolean {
    return this.#building.size === 0 && [...this.#queues.values()].every((queue) => !this.#hasWork(queue));
  }

  #isDue(queue: TenantQueue, now: number): boolean {
    if (!this.#hasWork(queue) || now < queue.retryAt) return false;
    const quiet = now - queue.lastSeenAt >= this.#options.quietMs;
    const waitedEnough = now - queue.firstSeenAt >= this.#options.maxWaitMs;
    return quiet || waitedEnough;
  }

  #hasWork(queue: TenantQueue): boolean {
    return queue.waiting.size > 0 || queue.requested;
  }

  #knows(id: number): boolean {
    if (this.#settled.has(id)) return true;
    for (const events of this.#building.values()) if (events.some((event) => event.id === id)) return true;
    for (const queue of this.#queues.values()) if (queue.waiting.has(id)) return true;
    return false;
  }

  #queue(tenantCode: string, now: number): TenantQueue {
    let queue = this.#queues.get(tenantCode);
    if (!queue) {
      queue = { waiting: new Map(), requested: false, firstSeenAt: now, lastSeenAt: now, failures: 0, retryAt: 0 };
      this.#queues.set(tenantCode, queue);
    }
    return queue;
  }

  #finish(tenantCode: string): PublishEvent[] {
    const events = this.#building.get(tenantCode) ?? [];
    this.#building.delete(tenantCode);
    return events;
  }

  #dropIfIdle(tenantCode: string): void {
    const queue = this.#queues.get(tenantCode);
    if (queue && !this.#hasWork(queue) && queue.failures === 0) this.#queues.delete(tenantCode);
  }
}
