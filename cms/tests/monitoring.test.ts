import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_STATUS_API, type PortalAlert, type PortalHealth, type PortalStatus } from '@portal/contract';
import { DATABASES, useCms } from './cms-under-test';
import { adminGet, boardMember, publishedArticle } from './admin-fixtures';
import { drainEvents, reportBuild, startBuild } from './outbox-events';

const METRICS_TOKEN = 'metrics-reader-secret-of-forty-characters';
const FAILURE = 'build of snv timed out after 900000 ms';

async function until<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An alert receiver as IT staff would run one: records every POST it gets. */
async function webhookReceiver(): Promise<{ server: Server; url: string; alerts: PortalAlert[] }> {
  const alerts: PortalAlert[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      alerts.push(JSON.parse(body));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/alerts`, alerts };
}

describe.each(DATABASES)('monitoring on %s', (database) => {
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let commandLog: string;
  // Thresholds at zero: a failing build or a waiting change is a problem at once.
  const env: Record<string, string> = {
    PORTAL_ALERT_BUILD_FAILING_MINUTES: '0',
    PORTAL_ALERT_OUTBOX_MINUTES: '0',
    PORTAL_ALERT_DISK_FREE_PERCENT: '0',
    PORTAL_ALERT_CHECK_SECONDS: '1',
    METRICS_TOKEN,
  };
  beforeAll(async () => {
    receiver = await webhookReceiver();
    commandLog = join(await mkdtemp(join(tmpdir(), 'portal-alerts-')), 'alerts.log');
    env.PORTAL_ALERT_WEBHOOK = receiver.url;
    env.PORTAL_ALERT_COMMAND = `printf '%s %s %s\\n' "$PORTAL_ALERT_SERVICE" "$PORTAL_ALERT_STATE" "$PORTAL_ALERT_KEY" >> '${commandLog}'`;
  });
  afterAll(() => new Promise<void>((resolve) => (receiver ? receiver.server.close(() => resolve()) : resolve())));
  const cms = useCms(database, { env });

  const metrics = async (token: string | null) => {
    const response = await cms.publisherFetch(PORTAL_STATUS_API.metrics, { token });
    return { status: response.status, text: await response.text() };
  };
  const health = async () => {
    const response = await fetch(`${cms.stack.cmsUrl}${PORTAL_STATUS_API.health}`);
    return { status: response.status, body: (await response.json()) as PortalHealth };
  };
  /** Alerts already received before the test's own changes: the seeded installation's waiting changes alert at start. */
  let earlierAlerts = 0;
  const alertsFor = (key: string) => receiver.alerts.slice(earlierAlerts).filter((alert) => alert.key === key).map((alert) => alert.state);
  const commandLines = async () => (await readFile(commandLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);

  it('shows a failing portal and its waiting change in metrics and health, and alerts once when it starts and once when it is resolved', async () => {
    await drainEvents(cms);
    // Two checks later, whatever the seeded changes alerted is resolved.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await until(() => alertsFor('outbox-backlog'), (states) => states.at(-1) !== 'firing', 'the seeded changes to be resolved');
    earlierAlerts = receiver.alerts.length;
    await publishedArticle(cms, 'snv');
    const failed = await startBuild(cms, 'snv');
    expect((await reportBuild(cms, failed.buildId, { status: 'failed', error: FAILURE })).status).toBe(200);

    const scraped = await metrics(METRICS_TOKEN);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('# TYPE portal_outbox_pending_events gauge');
    expect(scraped.text).toContain('portal_outbox_pending_events{tenant="snv"} 1');
    expect(scraped.text).toContain('portal_outbox_pending_events{tenant="chauthanh"} 0');
    expect(scraped.text).toMatch(/^portal_outbox_oldest_pending_seconds\{tenant="snv"\} \d+$/m);
    expect(scraped.text).toMatch(/^portal_build_failing_seconds\{tenant="snv"\} \d+$/m);
    expect(scraped.text).not.toContain('portal_build_failing_seconds{tenant="chauthanh"}');
    expect(scraped.text).toMatch(/^portal_disk_free_ratio\{path="[^"]+"\} (0|1|0\.\d+)$/m);
    expect(scraped.text).toContain('portal_problems{kind="build-failing"} 1');
    // The publisher's token reads the metrics too; nothing else does.
    expect((await metrics(cms.stack.secrets.PUBLISHER_TOKEN)).status).toBe(200);
    expect((await metrics(null)).status).toBe(403);
    expect((await metrics('x'.repeat(40))).status).toBe(403);

    const failing = await health();
    expect(failing.status).toBe(503);
    expect(failing.body.status).toBe('failing');
    expect(failing.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'build-failing', tenantCode: 'snv' }),
        // The main portal lists the article too: its change waits as well.
        expect.objectContaining({ kind: 'outbox-backlog', tenantCodes: ['snv', 'vinhlong'], pendingEvents: 2 }),
      ]),
    );
    // Public: what is wrong, never the build's error (which can quote content).
    expect(JSON.stringify(failing.body)).not.toContain('timed out');

    const firing = await until(() => receiver.alerts.slice(earlierAlerts).find((alert) => alert.key === 'build-failing:snv'), Boolean, 'the build-failing alert');
    expect(firing).toMatchObject({ state: 'firing', kind: 'build-failing', problem: { tenantCode: 'snv' } });
    expect(firing!.message).toMatch(/Cổng "snv" dựng lỗi liên tục .* \/ Portal "snv" has failed to build/);
    await until(commandLines, (lines) => lines.includes('portal-cms firing build-failing:snv'), 'PORTAL_ALERT_COMMAND');
    // Checked every second, alerted once.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(alertsFor('build-failing:snv')).toEqual(['firing']);
    expect(alertsFor('outbox-backlog')).toEqual(['firing']);

    const fixed = await startBuild(cms, 'snv');
    expect((await reportBuild(cms, fixed.buildId, { status: 'live', releaseId: 'release-fixed' })).status).toBe(200);
    await drainEvents(cms);
    await until(() => alertsFor('build-failing:snv'), (states) => states.length === 2, 'the resolved alert');
    expect(alertsFor('build-failing:snv')).toEqual(['firing', 'resolved']);
    await until(() => alertsFor('outbox-backlog'), (states) => states.length === 2, 'the resolved outbox alert');
    await until(commandLines, (lines) => lines.includes('portal-cms resolved build-failing:snv'), 'PORTAL_ALERT_COMMAND resolved');

    const healthy = await health();
    expect(healthy).toMatchObject({ status: 200, body: { status: 'ok', problems: [] } });
    expect((await metrics(METRICS_TOKEN)).text).toMatch(/^portal_release_age_seconds\{tenant="snv"\} \d+$/m);
  }, 120_000);

  it('shows the IT status page to the provincial administrator only', async () => {
    const status = await adminGet<PortalStatus>(cms.admin, '/admin/monitoring/status');
    expect(status.status).toBe(200);
    expect(status.data.thresholds).toEqual({ buildFailingMinutes: 0, outboxMinutes: 0, releaseHours: 26, diskFreePercent: 0 });
    expect(status.data.tenants.find((tenant) => tenant.tenantCode === 'snv')).toMatchObject({
      pendingEvents: 0,
      failure: null,
      lastBuild: expect.objectContaining({ status: 'live', releaseId: 'release-fixed' }),
      liveSince: expect.any(String),
    });
    expect(status.data.disks.length).toBeGreaterThan(0);

    const portalAdmin = await boardMember(cms, 'snv', 'tenant_admin');
    const refused = await adminGet(portalAdmin, '/admin/monitoring/status');
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/Chỉ quản trị viên cấp tỉnh/);
    expect((await fetch(`${cms.stack.cmsUrl}/admin/monitoring/status`)).status).toBe(401);
  });
});

describe.each(DATABASES)('monitoring of releases and disks on %s', (database) => {
  // A release of any age is stale and any disk is full: both problems show at once.
  const cms = useCms(database, { env: { PORTAL_ALERT_RELEASE_HOURS: '0', PORTAL_ALERT_DISK_FREE_PERCENT: '100' } });

  it('reports a release that missed its daily refresh and a filling disk', async () => {
    const build = await startBuild(cms, 'snv');
    expect((await reportBuild(cms, build.buildId, { status: 'live', releaseId: 'release-today' })).status).toBe(200);
    const response = await fetch(`${cms.stack.cmsUrl}${PORTAL_STATUS_API.health}`);
    expect(response.status).toBe(503);
    const { problems } = (await response.json()) as PortalHealth;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'release-stale', tenantCode: 'snv' }),
        expect.objectContaining({ kind: 'disk-filling', path: expect.any(String), freeRatio: expect.any(Number) }),
      ]),
    );
  });
});
