import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BuildJournal, type BuildRecord } from './build-journal.js';
import { BuildScheduler, type BuildJob, type SchedulerOptions } from './build-scheduler.js';
import { outdatedTenants } from './daily-refresh.js';
import { CmsUnavailableError, type OutboxClient } from './outbox-client.js';
import { ReleaseStore } from './release-store.js';
import { buildTenant, type BuildCommand } from './tenant-builder.js';

export interface PublisherOptions {
  client: OutboxClient;
  releases: ReleaseStore;
  buildCommand: BuildCommand;
  /** Logs, build caches, the journal and the pid of a running build. */
  stateDir: string;
  scheduler: SchedulerOptions;
  pollIntervalMs: number;
  keepReleases: number;
  /** How often to look for portals built on an earlier day (they are rebuilt when nothing else waits). */
  refreshCheckMs: number;
  log?: (message: string) => void;
}

/**
 * Turns outbox events into live sites: polls the CMS for events, builds each affected tenant,
 * switches the release atomically, then acknowledges the events. Events are acknowledged only
 * after their build is live, so a crash at any point means a rebuild, never a lost publish.
 */
export class Publisher {
  readonly journal: BuildJournal;
  readonly #options: PublisherOptions;
  readonly #scheduler: BuildScheduler;
  readonly #stop = new AbortController();
  readonly #log: (message: string) => void;
  #unacknowledged: number[] = [];
  #cmsWasDown = false;
  #running: Promise<void> | undefined;
  #outdated: string[] = [];
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
   * Rebuilds, one at a time and only when no publish waits, the portals built on an earlier day:
   * what they show can change with the date alone (document validity), and editors' publishes
   * keep their priority. Skipped while the CMS is unreachable; the live sites stay as they are.
   */
  async #refreshOneOutdatedSite(): Promise<void> {
    const now = new Date();
    if (now.getTime() - this.#outdatedCheckedAt >= this.#options.refreshCheckMs) {
      this.#outdatedCheckedAt = now.getTime();
      try {
        const codes = (await this.#options.client.tenants()).map((tenant) => tenant.code);
        this.#outdated = await outdatedTenants(codes, this.#options.releases, now);
      } catch (error) {
        this.#reportCmsDown(error);
        return;
      }
    }
    // A publish may have rebuilt a portal since the list was made.
    while (this.#outdated.length > 0) {
      const [next] = await outdatedTenants(this.#outdated.splice(0, 1), this.#options.releases, now);
      if (!next) continue;
      this.#log(`refreshing ${next}: its live release was built on an earlier day`);
      this.#scheduler.request(next, now.getTime());
      return;
    }
  }

  /** Fetches new events and retries pending acknowledgements; returns the delay until the next poll. */
  async #poll(): Promise<number> {
    try {
      if (this.#unacknowledged.length > 0) {
        const ids = this.#unacknowledged;
        await this.#options.client.acknowledge(ids);
        this.#unacknowledged = this.#unacknowledged.filter((id) => !ids.includes(id));
        this.#scheduler.acknowledged(ids);
      }
      const added = this.#scheduler.add(await this.#options.client.pending(), Date.now());
      if (added > 0) this.#log(`received ${added} event(s)`);
      if (this.#cmsWasDown) this.#log('CMS reachable again');
      this.#cmsWasDown = false;
      return this.#options.pollIntervalMs;
    } catch (error) {
      this.#reportCmsDown(error);
      return Math.min(this.#options.pollIntervalMs * 10, 10_000);
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
    const eventIds = job.events.map((event) => event.id);
    const release = await releases.prepare(job.tenantCode);
    const logFile = join(stateDir, 'logs', job.tenantCode, `${release.id}.log`);
    const record = (status: BuildRecord['status'], error?: string) =>
      this.journal.append({
        tenantCode: job.tenantCode,
        buildId: release.id,
        status,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        eventIds,
        logFile,
        ...(error ? { error } : {}),
      });
    this.#log(`building ${job.tenantCode} for ${eventIds.length} event(s)`);
    try {
      const tenants = await client.tenants();
      if (!tenants.some((tenant) => tenant.code === job.tenantCode)) {
        await releases.discard(release);
        await releases.takeDown(job.tenantCode);
        await record('taken-down');
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
        this.#log(`${job.tenantCode} is live (release ${release.id}, ${Date.now() - startedAt.getTime()} ms)`);
      }
      this.#unacknowledged.push(...this.#scheduler.succeeded(job.tenantCode));
    } catch (error) {
      await releases.discard(release);
      const message = (error as Error).message;
      if (!this.#stop.signal.aborted) {
        await record('failed', message);
        const { retryInMs } = this.#scheduler.failed(job.tenantCode, Date.now());
        this.#log(`build of ${job.tenantCode} failed, the previous release stays live; retrying in ${retryInMs} ms: ${message}`);
      }
      if (error instanceof CmsUnavailableError) this.#reportCmsDown(error);
    } finally {
      await rm(this.#buildPidFile, { force: true });
    }
  }
}
