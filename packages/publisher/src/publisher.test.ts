import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE, type BuildOutcome, type ClaimedBuild, type PendingTenant, type Tenant } from '@portal/contract';
import type { BuildQueue } from './build-queue.js';
import { CmsUnavailableError, type PublishingClient } from './outbox-client.js';
import { BUILD_QUEUE, PgBossBuildQueue } from './pg-boss-queue.js';
import { Publisher } from './publisher.js';
import { ReleaseStore } from './release-store.js';
import { temporaryDatabase } from './temporary-database.test-support.js';
import { PgBoss } from 'pg-boss';

/** The CMS's side of the outbox, in memory, with the same rules: a build claims all pending events of its tenant. */
class FakeCms implements PublishingClient {
  readonly events: Array<{ id: number; tenantCode: string; buildId: number | null; acknowledged: boolean }> = [];
  readonly builds: Array<ClaimedBuild & { outcome: BuildOutcome | null }> = [];
  /** Reports to refuse as if the CMS were unreachable at that moment. */
  unreachableForReports = 0;

  record(tenantCode: string, count: number): void {
    for (let n = 0; n < count; n += 1) this.events.push({ id: this.events.length + 1, tenantCode, buildId: null, acknowledged: false });
  }

  pendingOf(tenantCode: string) {
    return this.events.filter((event) => event.tenantCode === tenantCode && !event.acknowledged);
  }

  async pendingTenants(): Promise<PendingTenant[]> {
    const codes = [...new Set(this.events.filter((event) => !event.acknowledged).map((event) => event.tenantCode))];
    return codes.map((tenantCode) => {
      const pending = this.pendingOf(tenantCode);
      return { tenantCode, pendingEvents: pending.length, newestEventId: Math.max(...pending.map((event) => event.id)) };
    });
  }

  async startBuild(tenantCode: string): Promise<ClaimedBuild> {
    const buildId = this.builds.length + 1;
    const claimed = this.pendingOf(tenantCode);
    for (const event of claimed) event.buildId = buildId;
    const build = { buildId, tenantCode, eventCount: claimed.length, lastEventId: claimed.at(-1)?.id ?? null, outcome: null };
    this.builds.push(build);
    return build;
  }

  async reportBuild(buildId: number, outcome: BuildOutcome): Promise<void> {
    if (this.unreachableForReports > 0) {
      this.unreachableForReports -= 1;
      throw new CmsUnavailableError('CMS unreachable');
    }
    this.builds[buildId - 1]!.outcome = outcome;
    if (outcome.status === 'live') for (const event of this.events) if (event.buildId === buildId) event.acknowledged = true;
  }

  async tenants(): Promise<Tenant[]> {
    return [{ code: 'snv' } as Tenant];
  }

}

const manifest = JSON.stringify({
  tenantCode: 'snv',
  builtAt: new Date().toISOString(),
  pages: 1,
  sites: [{ locale: 'vi', host: 'snv.localhost', pathPrefix: '/', name: 'Sở Nội vụ' }],
  phases: { content: 1250, pages: 40, check: 5 },
});
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A publisher whose "site build" takes `buildMs` and fails while the file `failFlag` exists. */
async function publisherFor(cms: FakeCms, buildMs = 200, queue?: BuildQueue) {
  const dir = await mkdtemp(join(tmpdir(), 'publisher-'));
  const failFlag = join(dir, 'fail');
  const lines: string[] = [];
  const script = [
    `sleep ${buildMs / 1000}`,
    `if [ -f '${failFlag}' ]; then echo "12:00:00 [ERROR] The CMS's articles vi/abc (\\"Tin\\") does not match the content contract: title: expected string" >&2; exit 1; fi`,
    `mkdir -p "$PORTAL_OUT_DIR/vi" && echo home > "$PORTAL_OUT_DIR/vi/index.html"`,
    `printf '%s' '${manifest}' > "$PORTAL_OUT_DIR/${RELEASE_MANIFEST_FILE}"`,
  ].join('\n');
  const publisher = new Publisher({
    client: cms,
    releases: new ReleaseStore(join(dir, 'sites')),
    buildCommand: { argv: ['sh', '-c', script], cwd: dir, env: {}, timeoutMs: 10_000 },
    stateDir: join(dir, 'state'),
    scheduler: { quietMs: 30, maxWaitMs: 300, retryInitialMs: 100, retryMaxMs: 400 },
    pollIntervalMs: 20,
    keepReleases: 3,
    keepLogs: 100,
    refreshCheckMs: 60_000,
    log: (line) => lines.push(line),
    ...(queue ? { queue } : {}),
  });
  cleanups.push(async () => {
    await publisher.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return { publisher, failFlag, lines };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(10);
  }
}

describe('Publisher', () => {
  it('drains a bulk import of 1,200 events with one build, acknowledged once the release is live', async () => {
    const cms = new FakeCms();
    cms.record('snv', 1_200);
    const { publisher } = await publisherFor(cms);
    void publisher.start();
    await until(() => cms.pendingOf('snv').length === 0);
    expect(cms.builds).toHaveLength(1);
    expect(cms.builds[0]).toMatchObject({ eventCount: 1_200, lastEventId: 1_200, outcome: { status: 'live' } });
    await sleep(200);
    expect(cms.builds).toHaveLength(1);
    expect((await publisher.journal.read()).map((record) => [record.status, record.eventCount])).toEqual([['succeeded', 1_200]]);
  });

  it('builds events recorded during a build in the next one, again all at once', async () => {
    const cms = new FakeCms();
    cms.record('snv', 10);
    const { publisher } = await publisherFor(cms, 400);
    void publisher.start();
    await until(() => cms.builds.length === 1);
    cms.record('snv', 700);
    await until(() => cms.pendingOf('snv').length === 0);
    expect(cms.builds.map((build) => build.eventCount)).toEqual([10, 700]);
  });

  it('keeps a failed build’s events pending, reports the reason, and acknowledges them with the next build that goes live', async () => {
    const cms = new FakeCms();
    cms.record('snv', 3);
    const { publisher, failFlag } = await publisherFor(cms, 50);
    await writeFile(failFlag, '');
    void publisher.start();
    await until(() => cms.builds.some((build) => build.outcome?.status === 'failed'));
    expect(cms.pendingOf('snv')).toHaveLength(3);
    const failed = cms.builds.find((build) => build.outcome?.status === 'failed')!;
    expect(failed.outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The CMS's articles vi\/abc \("Tin"\) does not match the content contract: title: expected string\n\(build of snv exited with code 1/) });
    await rm(failFlag);
    await until(() => cms.pendingOf('snv').length === 0);
    expect(cms.builds.at(-1)).toMatchObject({ eventCount: 3, outcome: { status: 'live' } });
  });

  it('writes one line per build with its figures, and names the tenant, item and field of a failure on it', async () => {
    const cms = new FakeCms();
    cms.record('snv', 3);
    const { publisher, failFlag, lines } = await publisherFor(cms, 50);
    await writeFile(failFlag, '');
    void publisher.start();
    await until(() => cms.builds.some((build) => build.outcome?.status === 'failed'));
    await rm(failFlag);
    await until(() => cms.pendingOf('snv').length === 0);
    const buildLines = lines.filter((line) => /^(build of snv|snv is live)/.test(line));
    expect(buildLines).toHaveLength(2);
    expect(buildLines[0]).toMatch(
      /^build of snv failed after \d+\.\d s, the previous release stays live; 3 event\(s\) of CMS build 1 stay pending: The CMS's articles vi\/abc \("Tin"\) does not match the content contract: title: expected string \| \(build of snv exited with code 1; log: .+\)$/,
    );
    expect(buildLines[1]).toMatch(/^snv is live: release \S+ \(CMS build 2\), 1 pages, 1 site\(s\), 3 event\(s\), \d+\.\d s; phases: content 1\.3 s, pages 0\.0 s, check 0\.0 s$/);
  });

  it('acknowledges nothing when stopped mid-build: the build stays open and its events pending', async () => {
    const cms = new FakeCms();
    cms.record('snv', 5);
    const { publisher } = await publisherFor(cms, 2_000);
    void publisher.start();
    await until(() => cms.builds.length === 1);
    await publisher.stop();
    expect(cms.builds[0]!.outcome).toBeNull();
    expect(cms.pendingOf('snv')).toHaveLength(5);
  });

  it('reports a live build once the CMS is back, without building again', async () => {
    const cms = new FakeCms();
    cms.record('snv', 4);
    cms.unreachableForReports = 3;
    const { publisher } = await publisherFor(cms, 50);
    void publisher.start();
    await until(() => cms.pendingOf('snv').length === 0);
    expect(cms.unreachableForReports).toBe(0);
    expect(cms.builds).toHaveLength(1);
    expect(cms.builds[0]!.outcome).toMatchObject({ status: 'live' });
  });
});

/** A pg-boss build queue in a database of the test's own, as one publisher process ("machine") has it. */
function pgBossQueue(connectionString: string, retryLimit = 2) {
  return new PgBossBuildQueue({
    connectionString,
    workers: 2,
    retryLimit,
    retryInitialMs: 1_000,
    retryMaxMs: 2_000,
    heartbeatSeconds: 10,
    expireInSeconds: 600,
    pollingIntervalSeconds: 0.5,
    monitorIntervalSeconds: 1,
    log: () => undefined,
  });
}

async function buildJobStates(connectionString: string): Promise<string[]> {
  const boss = new PgBoss({ connectionString, supervise: false, schedule: false });
  await boss.start();
  try {
    if (!(await boss.getQueue(BUILD_QUEUE))) return [];
    return (await boss.findJobs(BUILD_QUEUE, { key: 'snv' })).map((job) => job.state).sort();
  } finally {
    await boss.stop({ graceful: false });
  }
}

describe('Publisher on the pg-boss build queue', { timeout: 60_000 }, () => {
  it('builds a portal once for its events although two publishers queue it', async () => {
    const url = await temporaryDatabase(cleanups);
    const cms = new FakeCms();
    cms.record('snv', 300);
    const machines = [await publisherFor(cms, 400, pgBossQueue(url)), await publisherFor(cms, 400, pgBossQueue(url))];
    for (const { publisher } of machines) void publisher.start();
    await until(() => cms.pendingOf('snv').length === 0, 30_000);
    // The job the other publisher queued while the first built finds nothing left to build.
    await until(async () => (await buildJobStates(url)).every((state) => state === 'completed'), 30_000);
    expect(cms.builds).toHaveLength(1);
    expect(cms.builds[0]).toMatchObject({ eventCount: 300, outcome: { status: 'live' } });
  });

  it('reports every failed attempt to the CMS with its reason and leaves the job failed in the queue', async () => {
    const url = await temporaryDatabase(cleanups);
    const cms = new FakeCms();
    cms.record('snv', 2);
    const { publisher, failFlag } = await publisherFor(cms, 50, pgBossQueue(url, 1));
    await writeFile(failFlag, '');
    void publisher.start();
    await until(async () => (await buildJobStates(url)).includes('failed'), 30_000);
    expect(cms.builds.map((build) => build.outcome?.status)).toEqual(['failed', 'failed']);
    expect(cms.builds[1]!.outcome).toMatchObject({ error: expect.stringMatching(/does not match the content contract/) });
    expect(cms.pendingOf('snv')).toHaveLength(2);
  });
});
