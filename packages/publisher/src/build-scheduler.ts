import type { PendingTenant } from '@portal/contract';

export interface SchedulerOptions {
  /** A tenant is built once no new event arrived for this long, so a burst becomes one build. */
  quietMs: number;
  /** …but never later than this after its first waiting event, so a steady stream still goes live. */
  maxWaitMs: number;
  /** Delay before the first retry of a failed build; doubles per failure up to retryMaxMs. */
  retryInitialMs: number;
  retryMaxMs: number;
}

/** Why a build was asked for without new events; 'daily-refresh' also rebuilds a live release damaged on disk. */
export type BuildRequest = 'no-live-site' | 'daily-refresh' | 'retry';

export interface BuildJob {
  tenantCode: string;
  /** The newest pending event the build was scheduled for; 0 when no event waited. */
  newestEventId: number;
  request?: BuildRequest;
}

interface TenantQueue {
  /** The newest pending event seen; a larger one means new events arrived. */
  newestEventId: number;
  /** Events newer than the last live build wait. */
  waiting: boolean;
  /** A build asked for without new events: no live release yet, a daily refresh, a retry. */
  requested: BuildRequest | undefined;
  firstSeenAt: number;
  /**
   * The newest event when its work began: orders tenants seen at the same poll by when their
   * changes were recorded. A department's publish records its own portal's event before the main
   * portal's, so the department goes live first instead of waiting for the larger build.
   */
  firstEventId: number;
  lastSeenAt: number;
  failures: number;
  retryAt: number;
}

/**
 * Decides which tenant to build next, from how many events wait per tenant rather than from the
 * events themselves: a build claims all of its tenant's pending events when it starts, so one
 * build covers a bulk import of any size. Coalesces bursts per tenant, builds one tenant at a
 * time, and backs off after failures. Pure bookkeeping: time is passed in, so its rules are
 * testable without waiting.
 */
export class BuildScheduler {
  readonly #options: SchedulerOptions;
  readonly #queues = new Map<string, TenantQueue>();
  readonly #building = new Set<string>();
  /** Per tenant, the newest event a live build covered: still pending until the CMS hears of it, never built again. */
  readonly #covered = new Map<string, number>();

  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /** Takes the CMS's list of tenants with pending events; returns how many tenants got new events. */
  observe(pending: readonly PendingTenant[], now: number): number {
    let changed = 0;
    for (const { tenantCode, newestEventId } of pending) {
      if (newestEventId <= (this.#covered.get(tenantCode) ?? 0)) continue;
      const queue = this.#queue(tenantCode, now);
      if (newestEventId <= queue.newestEventId) continue;
      if (!this.#hasWork(queue)) {
        queue.firstSeenAt = now;
        queue.firstEventId = newestEventId;
      }
      queue.newestEventId = newestEventId;
      queue.waiting = true;
      queue.lastSeenAt = now;
      changed += 1;
    }
    return changed;
  }

  /** Asks for a build of a tenant that has no event waiting, e.g. because it has no live site. */
  request(tenantCode: string, why: BuildRequest, now: number): void {
    const queue = this.#queue(tenantCode, now);
    if (!this.#hasWork(queue)) {
      queue.firstSeenAt = now;
      // Behind the changes seen at the same time: a refresh can wait for an editor's publish.
      queue.firstEventId = Number.POSITIVE_INFINITY;
    }
    // A retry outranks the others: it must run whatever the state of the live site.
    if (queue.requested !== 'retry') queue.requested = why;
    queue.lastSeenAt = Math.min(queue.lastSeenAt, now - this.#options.quietMs);
  }

  /** The next build to run, if one is due; its tenant counts as building until it succeeded or failed. */
  next(now: number): BuildJob | undefined {
    let chosen: [string, TenantQueue] | undefined;
    for (const entry of this.#queues) {
      const [tenantCode, queue] = entry;
      if (this.#building.has(tenantCode) || !this.#isDue(queue, now)) continue;
      if (!chosen || this.#before(queue, chosen[1])) chosen = entry;
    }
    if (!chosen) return undefined;
    const [tenantCode, queue] = chosen;
    const job: BuildJob = { tenantCode, newestEventId: queue.waiting ? queue.newestEventId : 0, ...(queue.requested ? { request: queue.requested } : {}) };
    queue.waiting = false;
    queue.requested = undefined;
    this.#building.add(tenantCode);
    return job;
  }

  /**
   * The build went live, covering the tenant's events up to `lastEventId` (what it claimed), or
   * was handed to a job queue that now owns it, retries included.
   */
  succeeded(tenantCode: string, lastEventId: number | null): void {
    this.#building.delete(tenantCode);
    if (lastEventId !== null) this.#covered.set(tenantCode, Math.max(lastEventId, this.#covered.get(tenantCode) ?? 0));
    const queue = this.#queues.get(tenantCode);
    if (!queue) return;
    queue.failures = 0;
    queue.retryAt = 0;
    if (queue.newestEventId <= (this.#covered.get(tenantCode) ?? 0)) queue.waiting = false;
    if (!this.#hasWork(queue)) this.#queues.delete(tenantCode);
  }

  /** Schedules a retry after an exponentially growing delay; the events stay pending in the CMS. */
  failed(tenantCode: string, now: number): { retryInMs: number } {
    this.#building.delete(tenantCode);
    const queue = this.#queue(tenantCode, now);
    queue.requested = 'retry';
    queue.failures += 1;
    const retryInMs = Math.min(this.#options.retryMaxMs, this.#options.retryInitialMs * 2 ** (queue.failures - 1));
    queue.retryAt = now + retryInMs;
    return { retryInMs };
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

  /** Whether `queue` goes first: the one waiting longest, then the one whose changes were recorded first. */
  #before(queue: TenantQueue, other: TenantQueue): boolean {
    return queue.firstSeenAt < other.firstSeenAt || (queue.firstSeenAt === other.firstSeenAt && queue.firstEventId < other.firstEventId);
  }

  #hasWork(queue: TenantQueue): boolean {
    return queue.waiting || queue.requested !== undefined;
  }

  #queue(tenantCode: string, now: number): TenantQueue {
    let queue = this.#queues.get(tenantCode);
    if (!queue) {
      queue = { newestEventId: 0, waiting: false, requested: undefined, firstSeenAt: now, firstEventId: Number.POSITIVE_INFINITY, lastSeenAt: now, failures: 0, retryAt: 0 };
      this.#queues.set(tenantCode, queue);
    }
    return queue;
  }
}
