import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { PgBoss } from 'pg-boss';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildJob } from './build-scheduler.js';
import type { BuildRunner } from './build-queue.js';
import { BUILD_QUEUE, PgBossBuildQueue, type PgBossQueueOptions } from './pg-boss-queue.js';
import { temporaryDatabase } from './temporary-database.test-support.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function queueOptions(connectionString: string, overrides: Partial<PgBossQueueOptions> = {}): PgBossQueueOptions {
  return {
    connectionString,
    workers: 1,
    retryLimit: 2,
    retryInitialMs: 1_000,
    retryMaxMs: 4_000,
    heartbeatSeconds: 10,
    expireInSeconds: 600,
    pollingIntervalSeconds: 0.5,
    monitorIntervalSeconds: 1,
    log: () => undefined,
    ...overrides,
  };
}

/** A worker ("machine") of the queue running `run`, stopped after the test. */
async function startedQueue(connectionString: string, run: BuildRunner, overrides: Partial<PgBossQueueOptions> = {}) {
  const queue = new PgBossBuildQueue(queueOptions(connectionString, overrides));
  await queue.start(run);
  cleanups.push(() => queue.stop());
  return queue;
}

/** pg-boss's own view of the build jobs, as an operator reads it. */
async function inspector(connectionString: string) {
  const boss = new PgBoss({ connectionString, supervise: false, schedule: false });
  await boss.start();
  cleanups.push(() => boss.stop({ graceful: false }));
  return {
    jobsOf: (tenantCode: string) => boss.findJobs<BuildJob>(BUILD_QUEUE, { key: tenantCode }),
    statesOf: async (tenantCode: string) => (await boss.findJobs(BUILD_QUEUE, { key: tenantCode })).map((job) => job.state).sort(),
  };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

/**
 * A stand-in for the site build, where the queue is what is under test: each build waits until
 * the test lets it finish, and every start and end is recorded with the worker that ran it.
 */
class GatedBuilds {
  readonly started: Array<{ tenantCode: string; worker: string }> = [];
  readonly running = new Map<string, string[]>();
  /** The most builds of one tenant that ever ran at once. */
  maxConcurrentPerTenant = 0;
  #open = false;
  #waiters: Array<() => void> = [];

  runner(worker: string): BuildRunner {
    return async (job) => {
      this.started.push({ tenantCode: job.tenantCode, worker });
      const workers = [...(this.running.get(job.tenantCode) ?? []), worker];
      this.running.set(job.tenantCode, workers);
      this.maxConcurrentPerTenant = Math.max(this.maxConcurrentPerTenant, workers.length);
      if (!this.#open) await new Promise<void>((resolve) => this.#waiters.push(resolve));
      const remaining = this.running.get(job.tenantCode)!;
      remaining.splice(remaining.indexOf(worker), 1);
      return { lastEventId: job.newestEventId || null };
    };
  }

  get runningCount(): number {
    return [...this.running.values()].reduce((sum, list) => sum + list.length, 0);
  }

  finishAll(): void {
    this.#open = true;
    for (const resolve of this.#waiters.splice(0)) resolve();
  }
}

describe('PgBossBuildQueue on PostgreSQL', { timeout: 90_000 }, () => {
  it('builds two tenants at the same time on two workers', async () => {
    const url = await temporaryDatabase(cleanups);
    const builds = new GatedBuilds();
    cleanups.push(async () => builds.finishAll());
    const machineA = await startedQueue(url, builds.runner('a'));
    await startedQueue(url, builds.runner('b'));
    await machineA.submit({ tenantCode: 'snv', newestEventId: 1 });
    await machineA.submit({ tenantCode: 'vinhlong', newestEventId: 2 });
    await until(() => builds.runningCount === 2);
    expect(builds.started.map((start) => start.tenantCode).sort()).toEqual(['snv', 'vinhlong']);
    expect(new Set(builds.started.map((start) => start.worker))).toEqual(new Set(['a', 'b']));
    builds.finishAll();
    const jobs = await inspector(url);
    await until(async () => (await jobs.statesOf('snv')).join() === 'completed' && (await jobs.statesOf('vinhlong')).join() === 'completed');
  });

  it('never builds a tenant on two workers at once: hand-overs during a build become one next build', async () => {
    const url = await temporaryDatabase(cleanups);
    const builds = new GatedBuilds();
    cleanups.push(async () => builds.finishAll());
    const machineA = await startedQueue(url, builds.runner('a'), { workers: 2 });
    const machineB = await startedQueue(url, builds.runner('b'), { workers: 2 });
    await machineA.submit({ tenantCode: 'snv', newestEventId: 1 });
    await until(() => builds.runningCount === 1);
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => (n % 2 ? machineA : machineB).submit({ tenantCode: 'snv', newestEventId: n + 2 })),
    );
    const jobs = await inspector(url);
    expect(await jobs.statesOf('snv')).toEqual(['active', 'created']);
    expect(await machineB.isIdle()).toBe(false);
    // Four idle workers poll all along, and none starts the waiting build while one runs.
    await sleep(1_500);
    expect(builds.runningCount).toBe(1);
    builds.finishAll();
    await until(async () => (await jobs.statesOf('snv')).join() === 'completed,completed');
    expect(builds.started).toHaveLength(2);
    expect(builds.maxConcurrentPerTenant).toBe(1);
    expect(await machineB.isIdle()).toBe(true);
  });

  it('retries a failing build with exponential backoff, then keeps the job visible as failed', async () => {
    const url = await temporaryDatabase(cleanups);
    const attempts: number[] = [];
    const logged: string[] = [];
    const machine = await startedQueue(
      url,
      async () => {
        attempts.push(Date.now());
        throw new Error('astro build exited with code 1');
      },
      { log: (message) => logged.push(message) },
    );
    await machine.submit({ tenantCode: 'snv', newestEventId: 7 });
    const jobs = await inspector(url);
    await until(async () => (await jobs.statesOf('snv')).join() === 'failed');
    expect(attempts).toHaveLength(3);
    // pg-boss waits retryDelay × 2^(n-1) to 2^n (jitter) before attempt n+1: at least 1 s, then 2 s.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1_000);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(2_000);
    const [job] = await jobs.jobsOf('snv');
    expect(job).toMatchObject({ state: 'failed', retryCount: 2, retryBackoff: true, data: { tenantCode: 'snv', newestEventId: 7 } });
    expect(job!.output).toMatchObject({ message: 'astro build exited with code 1' });
    expect(logged).toEqual([
      'build job of snv failed (attempt 1 of 3); the queue retries it with backoff',
      'build job of snv failed (attempt 2 of 3); the queue retries it with backoff',
      'build job of snv failed (attempt 3 of 3); it stays failed in the queue until new events or an operator retries it',
    ]);
  });

  it('gives the build of a worker killed mid-build to another worker once its heartbeats stop', async () => {
    const url = await temporaryDatabase(cleanups);
    const doomed = startDoomedWorker(url);
    cleanups.push(async () => void doomed.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      doomed.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('building snv') && resolve());
      doomed.once('exit', (code) => reject(new Error(`the first worker exited early (${code})`)));
    });
    const jobs = await inspector(url);
    expect(await jobs.statesOf('snv')).toEqual(['active']);
    doomed.kill('SIGKILL');

    const builds = new GatedBuilds();
    builds.finishAll();
    await startedQueue(url, builds.runner('survivor'));
    await until(() => builds.started.length === 1, 60_000);
    expect(builds.started).toEqual([{ tenantCode: 'snv', worker: 'survivor' }]);
    await until(async () => (await jobs.statesOf('snv')).join() === 'completed');
    const [job] = await jobs.jobsOf('snv');
    expect(job!.retryCount).toBe(1);
  });
});

/** A worker in its own process whose build never ends, so the test can kill it mid-build. */
function startDoomedWorker(connectionString: string): ChildProcess {
  const queueModule = fileURLToPath(new URL('./pg-boss-queue.ts', import.meta.url));
  const script = `
    const { PgBossBuildQueue } = await import(${JSON.stringify(queueModule)});
    const queue = new PgBossBuildQueue({ ...${JSON.stringify(queueOptions(connectionString))}, log: (message) => console.error(message) });
    await queue.start(async (job) => {
      console.log('building ' + job.tenantCode);
      await new Promise(() => {});
    });
    await queue.submit({ tenantCode: 'snv', newestEventId: 1 });
  `;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}
