import type { BuildJob } from './build-scheduler.js';

/**
 * Runs one build, stopped when `signal` aborts: resolves with the newest event it covered, rejects
 * when it failed (the failure is already recorded and reported to the CMS).
 */
export type BuildRunner = (job: BuildJob, signal?: AbortSignal) => Promise<{ lastEventId: number | null }>;

/** What became of a build the scheduler found due, for its bookkeeping. */
export type Handover =
  /** Built here and now: the scheduler counts these events covered. */
  | { status: 'built'; lastEventId: number | null }
  /** Failed here and now: the scheduler retries it after its backoff. */
  | { status: 'failed' }
  /** Given to a job queue, which runs it on some worker and retries it itself. */
  | { status: 'queued' };

/**
 * Where due builds run. The publisher decides which tenant is due (coalescing, the daily refresh,
 * portals without a live site) and hands the build over; the queue decides where and when it
 * runs: in this process one at a time, or as jobs of a real queue that several workers on
 * several machines take from, at most one per tenant at once.
 */
export interface BuildQueue {
  /** Starts running builds with `run`. */
  start(run: BuildRunner): Promise<void>;
  submit(job: BuildJob): Promise<Handover>;
  /** No build is running or waiting, so an optional one (the daily refresh) may go. */
  isIdle(): Promise<boolean>;
  /** Stops taking builds; a build under way is left to the publisher's own shutdown. */
  stop(): Promise<void>;
}
