import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { phaseSummary, type BuildOutcome, type ClaimedBuild, type ReleaseManifest } from '@portal/contract';
import { BuildJournal, type BuildRecord } from './build-journal.js';
import { pruneBuildLogs } from './build-logs.js';
import type { BuildQueue, Handover } from './build-queue.js';
import { BuildScheduler, type BuildJob, type SchedulerOptions } from './build-scheduler.js';
import { staleSites, type StaleSite } from './daily-refresh.js';
import { failureReport } from './failure-summary.js';
import { InProcessBuildQueue } from './in-process-queue.js';
import { CmsRefusedError, CmsUnavailableError, type PublishingClient } from './outbox-client.js';
import { ReleaseStore } from './release-store.js';
import { buildTenant, type BuildCommand } from './tenant-builder.js';

export interface PublisherOptions {
  client: PublishingClient;
  releases: ReleaseStore;
  buildCommand: BuildCommand;
  /** Logs, build caches, the journal and the pid of a running build. */
  stateDir: string;
  scheduler: SchedulerOptions;
  pollIntervalMs: number;
  keepReleases: number;
  /** Build logs kept per tenant, newest first; older ones are deleted after each build. */
  keepLogs: number;
  /** How often to look for portals built on an earlier day (they are rebuilt when nothing else waits). */
  refreshCheckMs: number;
  /** Where due builds run; by default one at a time in this process. */
  queue?: BuildQueue;
  log?: (message: string) => void;
}

/**
 * Turns outbox events into live sites: polls the CMS for tenants with pending events, hands a build
 * of each such tenant to the build queue, and, as a worker of that queue, builds a tenant once for
 * all of its pending events (the build claims them when it starts), switches the release
 * atomically, then reports the build live, which acknowledges the events. A build that fails is
 * reported with the reason and its events stay pending, so a crash at any point means a rebuild,
 * never a lost publish: the outbox, not the queue, is the record of what must go live.
 */
export class Publisher {
  readonly journal: BuildJournal;
  readonly #options: PublisherOptions;
  readonly #scheduler: BuildScheduler;
  readonly #queue: BuildQueue;
  readonly #stop = new AbortController();
  readonly #log: (message: string) => void;
  /** Build outcomes the CMS has not heard yet (it was unreachable), in the order they happened. */
  #unreported: Array<{ buildId: number; outcome: BuildOutcome }> = [];
  #cmsWasDown = false;
  #reporting: Promise<void> = Promise.resolve();
  #running: Promise<void> | undefined;
  #outdated: StaleSite[] = [];
  #outdatedCheckedAt = 0;

  constructor(options: PublisherOptions) {
    this.#options = options;
    this.#scheduler = new BuildScheduler(options.scheduler);
    this.#queue = options.queue ?? new InProcessBuildQueue();
    this.journal = new BuildJournal(join(options.stateDir, 'builds.jsonl'));
    this.#log = options.log ?? ((message) => console.log(`[publisher] ${message}`));
  }

  start(): Promise<void> {
    this.#running ??= this.#run();
    return this.#running;
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#running;
  }

  /** One file per running build (several run at once with several workers), named after its tenant. */
  get #pidDir(): string {
    return join(this.#options.stateDir, 'running');
  }

  async #run(): Promise<void> {
    await this.#recoverFromCrash();
    await this.#queue.start((job, signal) => this.#build(job, signal));
    await this.#requestMissingSites();
    let nextPollAt = 0;
    while (!this.#stop.signal.aborted) {
      if (Date.now() >= nextPollAt) {
        nextPollAt = Date.now() + (await this.#poll());
      }
      const job = this.#scheduler.next(Date.now());
      if (job) {
        await this.#handOver(job);
        continue;
      }
      if (this.#scheduler.isIdle && (await this.#queueIsIdle())) await this.#refreshOneOutdatedSite();
      const wakeAt = Math.min(nextPollAt, this.#scheduler.nextDueAt() ?? Infinity);
      await sleep(Math.max(10, wakeAt - Date.now()), undefined, { signal: this.#stop.signal }).catch(() => undefined);
    }
    await this.#queue.stop();
  }

  /**
   * Builds killed with the publisher may still be running, writing into partial releases; they are
   * stopped here. Their directories are removed by the next build of their tenant, the only
   * writer of that tenant's releases (other machines may be building other tenants right now).
   */
  async #recoverFromCrash(): Promise<void> {
    for (const name of await readdir(this.#pidDir).catch(() => [] as string[])) {
      const pid = Number(await readFile(join(this.#pidDir, name), 'utf8').catch(() => ''));
      try {
        if (pid > 0) {
          process.kill(-pid, 'SIGKILL');
          this.#log(`stopped build process group ${pid} left by a previous run`);
        }
      } catch {
        // it ended with its parent
      }
      await rm(join(this.#pidDir, name), { force: true });
    }
  }

  /** Gives a due build to the queue and keeps the scheduler's account of it. */
  async #handOver(job: BuildJob): Promise<void> {
    let handover: Handover;
    try {
      handover = await this.#queue.submit(job);
    } catch (error) {
      this.#log(`could not queue the build of ${job.tenantCode}: ${(error as Error).message}`);
      handover = { status: 'failed' };
    }
    if (handover.status === 'built') this.#scheduler.succeeded(job.tenantCode, handover.lastEventId);
    // From here the queue owns the build, retries included.
    else if (handover.status === 'queued') this.#scheduler.succeeded(job.tenantCode, job.newestEventId || null);
    else if (!this.#stop.signal.aborted) {
      const { retryInMs } = this.#scheduler.failed(job.tenantCode, Date.now());
      this.#log(`retrying ${job.tenantCode} in ${retryInMs} ms`);
    }
  }

  /** An unreadable queue counts as busy: the refresh waits, and hand-overs already log the outage. */
  async #queueIsIdle(): Promise<boolean> {
    return this.#queue.isIdle().catch(() => false);
  }

  /** Tenants without a live site are built even without an event (first start, lost disk). */
  async #requestMissingSites(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      try {
        for (const tenant of await this.#options.client.tenants()) {
          if (!(await this.#options.releases.currentId(tenant.code))) this.#scheduler.request(tenant.code, 'no-live-site', Date.now());
        }
        return;
      } catch (error) {
        this.#reportCmsDown(error);
        await sleep(this.#options.pollIntervalMs, undefined, { signal: this.#stop.signal }).catch(() => undefined);
      }
    }
  }

  /**
   * Rebuilds, one at a time and only when no publish waits, the portals built on an earlier day
   * (what they show can change with the date alone: document validity) and those whose live
   * release was damaged on disk. Editors' publishes keep their priority. Skipped while the CMS is
   * unreachable; the live sites stay as they are.
   */
  async #refreshOneOutdatedSite(): Promise<void> {
    const now = new Date();
    if (now.getTime() - this.#outdatedCheckedAt >= this.#options.refreshCheckMs) {
      this.#outdatedCheckedAt = now.getTime();
      try {
        const codes = (await this.#options.client.tenants()).map((tenant) => tenant.code);
        this.#outdated = await staleSites(codes, this.#options.releases, now);
      } catch (error) {
        this.#reportCmsDown(error);
        return;
      }
    }
    // A publish may have rebuilt a portal since the list was made.
    while (this.#outdated.length > 0) {
      const [next] = await staleSites(this.#outdated.splice(0, 1).map((site) => site.tenantCode), this.#options.releases, now);
      if (!next) continue;
      this.#log(`refreshing ${next.tenantCode}: ${next.reason}`);
      this.#scheduler.request(next.tenantCode, 'daily-refresh', now.getTime());
      return;
    }
  }

  /** Retries unreported build outcomes and looks for new events; returns the delay until the next poll. */
  async #poll(): Promise<number> {
    try {
      await this.#reportPendingOutcomes();
      const changed = this.#scheduler.observe(await this.#options.client.pendingTenants(), Date.now());
      if (changed > 0) this.#log(`new events for ${changed} portal(s)`);
      if (this.#cmsWasDown) this.#log('CMS reachable again');
      this.#cmsWasDown = false;
      return this.#options.pollIntervalMs;
    } catch (error) {
      this.#reportCmsDown(error);
      return Math.min(this.#options.pollIntervalMs * 10, 10_000);
    }
  }

  /** One report run at a time: several workers finish builds concurrently, and each report is sent once. */
  #reportPendingOutcomes(): Promise<void> {
    const run = this.#reporting.then(() => this.#sendUnreported());
    this.#reporting = run.catch(() => undefined);
    return run;
  }

  async #sendUnreported(): Promise<void> {
    while (this.#unreported.length > 0) {
      const { buildId, outcome } = this.#unreported[0]!;
      try {
        await this.#options.client.reportBuild(buildId, outcome);
      } catch (error) {
        if (!(error instanceof CmsRefusedError)) throw error;
        this.#log(`the CMS refused the outcome of build ${buildId}; dropped: ${error.message}`);
      }
      this.#unreported.shift();
    }
  }

  /** Tells the CMS how a build ended, or keeps the outcome for the next poll when it is unreachable. */
  async #reportOutcome(buildId: number, outcome: BuildOutcome): Promise<void> {
    this.#unreported.push({ buildId, outcome });
    try {
      await this.#reportPendingOutcomes();
    } catch (error) {
      this.#reportCmsDown(error);
    }
  }

  #reportCmsDown(error: unknown): void {
    if (!(error instanceof CmsUnavailableError)) throw error;
    if (!this.#cmsWasDown) this.#log(`${error.message}; the live sites stay as they are, retrying`);
    this.#cmsWasDown = true;
  }

  /**
   * Whether what a build was queued for still holds when it starts: with several publishers,
   * another one may have queued the same need and had it built meanwhile. A doubt means a build.
   */
  async #stillNeeded(job: BuildJob): Promise<boolean> {
    const { client, releases } = this.#options;
    if (job.request === 'retry') return true;
    if (job.request === 'no-live-site' && !(await releases.currentId(job.tenantCode))) return true;
    if (job.request === 'daily-refresh' && (await staleSites([job.tenantCode], releases, new Date())).length > 0) return true;
    return job.newestEventId > 0 && (await client.pendingTenants()).some((pending) => pending.tenantCode === job.tenantCode);
  }

  /** Runs one build (as a worker of the build queue); rejects when it failed, after recording and reporting why. */
  async #build(job: BuildJob, jobSignal?: AbortSignal): Promise<{ lastEventId: number | null }> {
    const { releases, client, buildCommand, stateDir } = this.#options;
    const signal = jobSignal ? AbortSignal.any([this.#stop.signal, jobSignal]) : this.#stop.signal;
    const pidFile = join(this.#pidDir, `${job.tenantCode}.pid`);
    // A queue's workers may still take a job while the publisher stops: the queue retries it.
    if (this.#stop.signal.aborted) throw new Error('publisher is shutting down');
    const startedAt = new Date();
    // An earlier outcome first: a build that starts while its predecessor is still open marks it interrupted.
    await this.#reportPendingOutcomes().catch((error: unknown) => this.#reportCmsDown(error));
    if (!(await this.#stillNeeded(job))) {
      this.#log(`${job.tenantCode} was built since this build was queued: nothing to do`);
      return { lastEventId: null };
    }
    const release = await releases.prepare(job.tenantCode);
    const logFile = join(stateDir, 'logs', job.tenantCode, `${release.id}.log`);
    let claimed: ClaimedBuild | undefined;
    const record = (status: BuildRecord['status'], error?: string) =>
      this.journal.append({
        tenantCode: job.tenantCode,
        buildId: release.id,
        ...(claimed ? { cmsBuildId: claimed.buildId } : {}),
        status,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        eventCount: claimed?.eventCount ?? 0,
        logFile,
        ...(error ? { error } : {}),
      });
    try {
      claimed = await client.startBuild(job.tenantCode);
      const tenants = await client.tenants();
      let outcome: BuildOutcome;
      if (!tenants.some((tenant) => tenant.code === job.tenantCode)) {
        await releases.discard(release);
        await releases.takeDown(job.tenantCode);
        await record('taken-down');
        outcome = { status: 'taken-down' };
        this.#log(`${job.tenantCode} no longer exists in the CMS: its portal is offline`);
      } else {
        await mkdir(this.#pidDir, { recursive: true });
        await buildTenant(
          buildCommand,
          {
            tenantCode: job.tenantCode,
            outDir: release.dir,
            cacheDir: join(stateDir, 'cache', job.tenantCode),
            logFile,
            onStart: (pid) => void writeFile(pidFile, String(pid)),
          },
          signal,
        );
        if (this.#stop.signal.aborted) throw new Error('publisher is shutting down');
        if (signal.aborted) throw new Error('the build queue took this build back (its worker was taken for dead)');
        await releases.activate(job.tenantCode, release);
        await releases.prune(job.tenantCode, this.#options.keepReleases);
        await record('succeeded');
        outcome = { status: 'live', releaseId: release.id };
        this.#log(liveLine(job.tenantCode, release.id, await releases.currentManifest(job.tenantCode), claimed, Date.now() - startedAt.getTime()));
      }
      await this.#reportOutcome(claimed.buildId, outcome);
      return { lastEventId: claimed.lastEventId };
    } catch (error) {
      await releases.discard(release);
      // A build stopped by shutdown is no failure: the next start marks it interrupted and redoes it.
      if (!this.#stop.signal.aborted) {
        const reason = await failureReport(error);
        await record('failed', reason);
        const waiting = claimed ? `${claimed.eventCount} event(s) of CMS build ${claimed.buildId} stay pending` : 'no event claimed';
        this.#log(`build of ${job.tenantCode} failed after ${seconds(Date.now() - startedAt.getTime())}, the previous release stays live; ${waiting}: ${oneLine(reason)}`);
        if (claimed) await this.#reportOutcome(claimed.buildId, { status: 'failed', error: reason });
      }
      if (error instanceof CmsUnavailableError) this.#reportCmsDown(error);
      throw error;
    } finally {
      await rm(pidFile, { force: true });
      await pruneBuildLogs(dirname(logFile), this.#options.keepLogs);
    }
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A failure's reason spans lines (the build's own error, then how it ended); the log gets one line per build. */
const oneLine = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean).join(' | ');

/** The one line a live build writes: what went live and its figures. */
function liveLine(tenantCode: string, releaseId: string, manifest: ReleaseManifest | undefined, claimed: ClaimedBuild, durationMs: number): string {
  const figures = [
    ...(manifest?.pages === undefined ? [] : [`${manifest.pages} pages`]),
    ...(manifest ? [`${manifest.sites.length} site(s)`] : []),
    `${claimed.eventCount} event(s)`,
    seconds(durationMs),
  ];
  const phases = manifest?.phases ? `; phases: ${phaseSummary(manifest.phases)}` : '';
  return `${tenantCode} is live: release ${releaseId} (CMS build ${claimed.buildId}), ${figures.join(', ')}${phases}`;
}
