import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BuildOutcome, ClaimedBuild, ReleaseManifest } from '@portal/contract';
import { BuildJournal, type BuildRecord } from './build-journal.js';
import { pruneBuildLogs } from './build-logs.js';
import { BuildScheduler, type BuildJob, type SchedulerOptions } from './build-scheduler.js';
import { staleSites, type StaleSite } from './daily-refresh.js';
import { failureReport } from './failure-summary.js';
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
  log?: (message: string) => void;
}

/**
 * Turns outbox events into live sites: polls the CMS for tenants with pending events, builds each
 * such tenant once for all of its pending events (the build claims them when it starts), switches
 * the release atomically, then reports the build live, which acknowledges the events. A build that
 * fails is reported with the reason and its events stay pending, so a crash at any point means a
 * rebuild, never a lost publish.
 */
export class Publisher {
  readonly journal: BuildJournal;
  readonly #options: PublisherOptions;
  readonly #scheduler: BuildScheduler;
  readonly #stop = new AbortController();
  readonly #log: (message: string) => void;
  /** Build outcomes the CMS has not heard yet (it was unreachable), in the order they happened. */
  #unreported: Array<{ buildId: number; outcome: BuildOutcome }> = [];
  #cmsWasDown = false;
  #running: Promise<void> | undefined;
  #outdated: StaleSite[] = [];
  #outdatedCheckedAt = 0;

  constructor(options: PublisherOptions) {
    this.#options = options;
    this.#scheduler = new BuildScheduler(options.scheduler);
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

  get #buildPidFile(): string {
    return join(this.#options.stateDir, 'build.pid');
  }

  async #run(): Promise<void> {
    await this.#recoverFromCrash();
    await this.#requestMissingSites();
    let nextPollAt = 0;
    while (!this.#stop.signal.aborted) {
      if (Date.now() >= nextPollAt) {
        nextPollAt = Date.now() + (await this.#poll()) ;
      }
      const job = this.#scheduler.next(Date.now());
      if (job) {
        await this.#build(job);
        continue;
      }
      if (this.#scheduler.isIdle) await this.#refreshOneOutdatedSite();
      const wakeAt = Math.min(nextPollAt, this.#scheduler.nextDueAt() ?? Infinity);
      await sleep(Math.max(10, wakeAt - Date.now()), undefined, { signal: this.#stop.signal }).catch(() => undefined);
    }
  }

  /** A build killed with the publisher may still be running, writing into a partial release. */
  async #recoverFromCrash(): Promise<void> {
    const pid = Number(await readFile(this.#buildPidFile, 'utf8').catch(() => ''));
    if (pid > 0) {
      try {
        process.kill(-pid, 'SIGKILL');
        this.#log(`stopped build process group ${pid} left by a previous run`);
      } catch {
        // it ended with its parent
      }
      await rm(this.#buildPidFile, { force: true });
    }
    for (const partial of await this.#options.releases.removeAbandonedBuilds()) {
      this.#log(`removed unfinished build ${partial}`);
    }
  }

  /** Tenants without a live site are built even without an event (first start, lost disk). */
  async #requestMissingSites(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      try {
        for (const tenant of await this.#options.client.tenants()) {
          if (!(await this.#options.releases.currentId(tenant.code))) this.#scheduler.request(tenant.code, Date.now());
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
      this.#scheduler.request(next.tenantCode, now.getTime());
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

  async #reportPendingOutcomes(): Promise<void> {
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

  async #build(job: BuildJob): Promise<void> {
    const { releases, client, buildCommand, stateDir } = this.#options;
    const startedAt = new Date();
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
      // An earlier outcome first: a build that starts while its predecessor is still open marks it interrupted.
      await this.#reportPendingOutcomes();
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
        await mkdir(stateDir, { recursive: true });
        await buildTenant(
          buildCommand,
          {
            tenantCode: job.tenantCode,
            outDir: release.dir,
            cacheDir: join(stateDir, 'cache', job.tenantCode),
            logFile,
            onStart: (pid) => void writeFile(this.#buildPidFile, String(pid)),
          },
          this.#stop.signal,
        );
        if (this.#stop.signal.aborted) throw new Error('publisher is shutting down');
        await releases.activate(job.tenantCode, release);
        await releases.prune(job.tenantCode, this.#options.keepReleases);
        await record('succeeded');
        outcome = { status: 'live', releaseId: release.id };
        this.#log(liveLine(job.tenantCode, release.id, await releases.currentManifest(job.tenantCode), claimed, Date.now() - startedAt.getTime()));
      }
      this.#scheduler.succeeded(job.tenantCode, claimed.lastEventId);
      await this.#reportOutcome(claimed.buildId, outcome);
    } catch (error) {
      await releases.discard(release);
      // A build stopped by shutdown is no failure: the next start marks it interrupted and redoes it.
      if (!this.#stop.signal.aborted) {
        const reason = await failureReport(error);
        await record('failed', reason);
        const { retryInMs } = this.#scheduler.failed(job.tenantCode, Date.now());
        const waiting = claimed ? `${claimed.eventCount} event(s) of CMS build ${claimed.buildId} stay pending` : 'no event claimed';
        this.#log(`build of ${job.tenantCode} failed after ${seconds(Date.now() - startedAt.getTime())}, the previous release stays live; ${waiting}; retrying in ${seconds(retryInMs)}: ${oneLine(reason)}`);
        if (claimed) await this.#reportOutcome(claimed.buildId, { status: 'failed', error: reason });
      }
      if (error instanceof CmsUnavailableError) this.#reportCmsDown(error);
    } finally {
      await rm(this.#buildPidFile, { force: true });
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
  return `${tenantCode} is live: release ${releaseId} (CMS build ${claimed.buildId}), ${figures.join(', ')}`;
}
