import { PgBoss } from 'pg-boss';
import type { BuildJob } from './build-scheduler.js';
import type { BuildQueue, BuildRunner, Handover } from './build-queue.js';

/** The pg-boss queue that holds portal builds, one singleton key per tenant. */
export const BUILD_QUEUE = 'portal-build';
/** pg-boss's tables, beside the CMS's in its database. */
export const QUEUE_SCHEMA = 'pgboss';

export interface PgBossQueueOptions {
  /** The PostgreSQL database pg-boss keeps its `pgboss` schema in: the CMS's own. */
  connectionString: string;
  /** Builds this process runs at once (each for another tenant). */
  workers: number;
  /** Retries after the first failed attempt; then the job stays failed. */
  retryLimit: number;
  /** Delay before the first retry; doubles per attempt (with jitter) up to retryMaxMs. */
  retryInitialMs: number;
  retryMaxMs: number;
  /**
   * A worker sends a heartbeat every half of this; a job whose worker went silent this long
   * (killed, machine lost) is retried by another worker. At least 10 (pg-boss's minimum).
   */
  heartbeatSeconds: number;
  /** A job active this long is failed and retried whatever its heartbeats: above the build timeout. */
  expireInSeconds: number;
  /** How often an idle worker asks for a job. */
  pollingIntervalSeconds: number;
  /** How often pg-boss looks for jobs whose worker went silent. */
  monitorIntervalSeconds: number;
  log: (message: string) => void;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The database of the build queue: the CMS's own unless the publisher is given another. */
export function queueDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  return env.PUBLISHER_QUEUE_DATABASE_URL || env.DATABASE_URL || undefined;
}

/**
 * Builds as jobs of pg-boss in the CMS's PostgreSQL: any number of publisher processes on any
 * number of machines take jobs from it. The queue's `stately` policy keyed by tenant code admits
 * per tenant at most one active job and one waiting, so a tenant is never built by two workers at
 * once and any number of hand-overs while it builds collapse into one next build. Failed attempts
 * are retried with exponential backoff, a worker that died is detected by its missing heartbeats,
 * and a job out of retries stays in the queue as `failed`.
 */
export class PgBossBuildQueue implements BuildQueue {
  readonly #options: PgBossQueueOptions;
  readonly #boss: PgBoss;

  constructor(options: PgBossQueueOptions) {
    this.#options = options;
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: QUEUE_SCHEMA,
      application_name: 'portal-publisher',
      // Expiry and missed heartbeats are looked for once per supervision pass.
      superviseIntervalSeconds: options.monitorIntervalSeconds,
      monitorIntervalSeconds: options.monitorIntervalSeconds,
    });
    this.#boss.on('error', (error) => options.log(`build queue: ${error.message}`));
  }

  async start(run: BuildRunner): Promise<void> {
    const { workers, retryLimit, retryInitialMs, retryMaxMs, heartbeatSeconds, expireInSeconds, pollingIntervalSeconds, log } = this.#options;
    await this.#boss.start();
    const settings = { retryLimit, retryDelay: seconds(retryInitialMs), retryBackoff: true, expireInSeconds };
    // The policy, the heartbeat and the longest retry delay are fixed when the queue is created.
    if (await this.#boss.getQueue(BUILD_QUEUE)) await this.#boss.updateQueue(BUILD_QUEUE, settings);
    else await this.#boss.createQueue(BUILD_QUEUE, { ...settings, policy: 'stately', heartbeatSeconds, retryDelayMax: seconds(retryMaxMs) });
    await this.#boss.work<BuildJob>(
      BUILD_QUEUE,
      { localConcurrency: workers, batchSize: 1, pollingIntervalSeconds },
      async ([job]) => {
        if (!job) return;
        try {
          // The job's signal ends when pg-boss takes the job back (expired, missed heartbeats):
          // the build stops, as another worker may already be building the tenant.
          await run(job.data, job.signal);
        } catch (error) {
          const attempt = job.retryCount + 1;
          const attempts = retryLimit + 1;
          log(
            attempt < attempts
              ? `build job of ${job.data.tenantCode} failed (attempt ${attempt} of ${attempts}); the queue retries it with backoff`
              : `build job of ${job.data.tenantCode} failed (attempt ${attempt} of ${attempts}); it stays failed in the queue until new events or an operator retries it`,
          );
          throw error;
        }
      },
    );
  }

  /** Idempotent: with a build of the tenant already waiting, pg-boss keeps that one and drops this. */
  async submit(job: BuildJob): Promise<Handover> {
    await this.#boss.send(BUILD_QUEUE, job, { singletonKey: job.tenantCode });
    return { status: 'queued' };
  }

  /** Read from the jobs themselves: the queue's own counts are refreshed only by its monitor. */
  async isIdle(): Promise<boolean> {
    const { rows } = await this.#boss
      .getDb()
      .executeSql(`SELECT EXISTS (SELECT 1 FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')) AS busy`, [BUILD_QUEUE]);
    return !rows[0]?.busy;
  }

  async stop(): Promise<void> {
    await this.#boss.stop({ graceful: true, timeout: 30_000 });
  }
}
