import type { BuildJob } from './build-scheduler.js';
import type { BuildQueue, BuildRunner, Handover } from './build-queue.js';

/**
 * The single-machine default (SQLite, `npm start`): builds run one at a time inside the publisher,
 * as they are handed over, with no extra service. Retries are the scheduler's backoff.
 */
export class InProcessBuildQueue implements BuildQueue {
  #run: BuildRunner | undefined;

  async start(run: BuildRunner): Promise<void> {
    this.#run = run;
  }

  async submit(job: BuildJob): Promise<Handover> {
    if (!this.#run) throw new Error('the build queue is not started');
    try {
      return { status: 'built', ...(await this.#run(job)) };
    } catch {
      return { status: 'failed' };
    }
  }

  /** A build runs inside `submit`, so between two of them nothing runs or waits here. */
  async isIdle(): Promise<boolean> {
    return true;
  }

  async stop(): Promise<void> {
    this.#run = undefined;
  }
}
