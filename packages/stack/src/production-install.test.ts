import { spawnSync } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '@portal/contract';
import { OutboxClient, type BuildRecord } from '@portal/publisher';
import { CmsAdminClient } from './cms-admin-client.js';
import { ensureCmsBuilt } from './cms-build.js';
import { freePort } from './free-port.js';
import { get, getSecure, until, type Answer } from './http-probe.js';
import { ManagedProcess } from './managed-process.js';
import { NGINX, requireNginx } from './nginx-server.js';
import { REPO_ROOT } from './paths.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './postgres-database.js';
import { PRODUCTION_DOMAIN, renderProductionLayout, type ProductionLayout } from './production-layout.js';
import { loadOrCreateSecrets, type InstallationSecrets } from './secrets.js';
import { mapPath, serviceCommand, unitSettings } from './systemd-unit.js';

/**
 * The production installation of infra/, brought up for real: PostgreSQL, the CMS, nginx-routes
 * and the publisher started from their systemd units (command, working directory and environment
 * read from the unit files and the rendered /etc/portal/portal.env), and Debian's nginx with the
 * real infra/nginx files terminating TLS for the production hosts. Only paths, ports and the
 * admitted network are rewritten (production-layout.ts); everything is checked over HTTPS with
 * the host in SNI and Host, as a reader's browser sends it.
 */

const UNITS = join(REPO_ROOT, 'infra/systemd');
const CMS_HOST = `cms.${PRODUCTION_DOMAIN}`;
/** An address of the editors' network: a loopback alias, admitted to the CMS's host by the rendered `allow`. */
const EDITOR_ADDRESS = '127.0.0.2';
const ARTICLE = 'api::article.article';
const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};
/** systemd 252 (Debian 12) does not know these; the units keep them for systemd ≥ 254 (infra/README.md). */
/** For the checks over the network: Strapi's logins hash passwords, slow on a loaded 2-core machine. */
const CHECK_MS = 60_000;
const KNOWN_NEWER_KEYS = /Unknown key '(RestartSteps|RestartMaxDelaySec)' in section \[Service\], ignoring\.$/;

function ipv6LoopbackWorks(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

describe('production install (infra/ on PostgreSQL, systemd units, Debian nginx with TLS)', () => {
  let root: string;
  let database: TemporaryDatabase;
  let secrets: InstallationSecrets;
  let layout: ProductionLayout;
  let ports: { http: number; https: number; cms: number; preview: number };
  let reloadWatcher: FSWatcher | undefined;
  const processes: ManagedProcess[] = [];
  const output: string[] = [];
  let cms: ManagedProcess;
  let tenants: Tenant[];
  const startedAt = Date.now();

  /** A unit's process, as systemd runs it: its command, directory and environment, restarted on crash. */
  async function fromUnit(unit: string): Promise<ManagedProcess> {
    const { argv, cwd, env } = await serviceCommand(join(UNITS, unit), layout.paths);
    const managed = new ManagedProcess({
      name: unit,
      argv,
      cwd,
      // systemd starts a unit with its own environment, not its caller's.
      env: () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? root, ...env }),
      restart: true,
      restartBackoff: { initialMs: 1_000, maxMs: 5_000 },
      output: (line) => output.push(line),
    });
    processes.push(managed);
    return managed;
  }

  const secure = (host: string, path: string, extra: { localAddress?: string; method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> =>
    getSecure({ port: ports.https, host, path, ca: layout.certificate, ...extra });
  const sitesOf = () => tenants.flatMap((tenant) => tenant.sites.map((site) => ({ tenant: tenant.code, ...site })));
  const recentOutput = () => output.slice(-40).join('\n');
  /** `until`, telling on failure what the services said last. */
  const waitFor = (check: () => Promise<boolean>, what: string, timeoutMs: number) =>
    until(check, what, timeoutMs).catch((error: Error) => {
      throw new Error(`${error.message}\n${recentOutput()}`);
    });
  const phase = (what: string) => output.push(`[test] ${what} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  beforeAll(async () => {
    requireNginx();
    root = await mkdtemp(join(tmpdir(), 'portal-production-'));
    // nginx's workers run unprivileged and read the releases, as www-data does in production.
    await chmod(root, 0o755);
    ports = { http: await freePort(), https: await freePort(), cms: await freePort(), preview: await freePort() };
    database = await createTemporaryDatabase();
    ({ secrets } = await loadOrCreateSecrets(join(root, 'secrets.json'), {}));
    const { ADMIN_EMAIL, ADMIN_PASSWORD, PUBLISHER_TOKEN, ...cmsSecrets } = secrets;
    layout = await renderProductionLayout({
      root,
      ports,
      editorAddress: EDITOR_ADDRESS,
      ipv6: await ipv6LoopbackWorks(),
      env: {
        ...cmsSecrets,
        PUBLISHER_TOKEN,
        PORT: String(ports.cms),
        CMS_URL: `http://127.0.0.1:${ports.cms}`,
        PUBLIC_URL: `https://${CMS_HOST}:${ports.https}`,
        DATABASE_URL: database.env.DATABASE_URL!,
        // Production starts empty and an editor creates the portals; the test seeds the demo ones.
        SEED_DEMO_CONTENT: 'true',
        PORTAL_BASE_DOMAIN: PRODUCTION_DOMAIN,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        // The admin panel bundle takes 2 GB to build; the CMS's API is what is checked here.
        SERVE_ADMIN_PANEL: 'false',
        // Links in the portals name the test's HTTPS port (production: 443, the default).
        PORTAL_PUBLIC_PORT: String(ports.https),
        PUBLISHER_QUIET_MS: '300',
        PUBLISHER_POLL_MS: '300',
      },
    });

    await ensureCmsBuilt({ withAdmin: false, env: process.env, log: (line) => output.push(line) });
    cms = await fromUnit('portal-cms.service');
    cms.start();
    await waitFor(async () => (await fetch(`http://127.0.0.1:${ports.cms}/_health`)).ok, 'the CMS answers', 240_000);
    phase('the CMS answers');

    (await fromUnit('portal-nginx-routes.service')).start();
    const nginx = new ManagedProcess({ name: 'nginx', argv: [NGINX, ...layout.nginxControl], cwd: root, env: () => process.env, restart: true, output: (line) => output.push(line) });
    processes.push(nginx);
    nginx.start();
    reloadWatcher = await watchForReloads();
    (await fromUnit('portal-publisher.service')).start();

    const outbox = new OutboxClient({ cmsUrl: `http://127.0.0.1:${ports.cms}`, token: PUBLISHER_TOKEN });
    await waitFor(async () => Boolean((tenants = await outbox.tenants()).length), 'the CMS lists the portals', 120_000);
    for (const site of sitesOf()) {
      await waitFor(async () => (await secure(site.host, site.pathPrefix)).status === 200, `${site.host}${site.pathPrefix} served over HTTPS`, 480_000);
    }
    phase('every portal is served over HTTPS');
  }, 900_000);

  afterAll(async () => {
    reloadWatcher?.close();
    await Promise.all(processes.map((managed) => managed.stop()));
    await database?.drop();
    if (root) await rm(root, { recursive: true, force: true });
    console.log(output.filter((line) => line.startsWith('[test]')).join('\n'));
  }, 60_000);

  /**
   * What portal-nginx-reload.path and its service do: on a change in the directory the path unit
   * watches, `nginx -t`, then a reload (systemctl stands for `nginx -s reload` here).
   */
  async function watchForReloads(): Promise<FSWatcher> {
    const [watched] = unitSettings(await readFile(join(UNITS, 'portal-nginx-reload.path'), 'utf8'), 'Path').get('PathChanged') ?? [];
    if (!watched) throw new Error('portal-nginx-reload.path has no PathChanged');
    let timer: NodeJS.Timeout | undefined;
    return watch(mapPath(watched.replace(/\/$/, ''), layout.paths), () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const check = spawnSync(NGINX, [...layout.nginxControl, '-t', '-q'], { encoding: 'utf8' });
        if (check.status !== 0) return output.push(`[nginx-reload] nginx -t refused: ${check.stderr}`);
        spawnSync(NGINX, [...layout.nginxControl, '-s', 'reload']);
      }, 100);
    });
  }

  it('systemd-analyze verify accepts the units', () => {
    // From Debian's systemd package (.ci/run installs it where the image lacks it).
    const units = ['portal-cms.service', 'portal-publisher.service', 'portal-nginx-routes.service', 'portal-nginx-reload.path', 'portal-nginx-reload.service', 'portal-preview.service', 'portal-backup.service', 'portal-backup.timer'];
    const verify = spawnSync('systemd-analyze', ['verify', ...units], { cwd: UNITS, encoding: 'utf8' });
    if (verify.error) throw new Error(`systemd-analyze is missing: apt-get install -y systemd (${verify.error.message})`);
    const complaints = verify.stderr.split('\n').filter((line) => line && !KNOWN_NEWER_KEYS.test(line));
    expect(complaints).toEqual([]);
    expect(verify.status).toBe(0);
  }, CHECK_MS);

  it('serves every portal host its live release over HTTPS with the security headers', async () => {
    for (const site of sitesOf()) {
      const answer = await secure(site.host, site.pathPrefix);
      const where = `${site.host}${site.pathPrefix}`;
      expect(answer.status, where).toBe(200);
      expect(answer.body, where).toBe(await readFile(join(layout.sitesDir, site.tenant, 'current', site.locale, 'index.html'), 'utf8'));
      expect(answer.headers, where).toMatchObject({ ...SECURITY_HEADERS, 'cache-control': 'public, max-age=60' });
      expect(answer.headers['content-security-policy'], where).toMatch(/^default-src 'self';.*frame-ancestors 'none'/);
      // A page the portal lacks: its own 404 page, with the same headers (`always`).
      const missing = await secure(site.host, `${site.pathPrefix}khong-co-trang-nay/`);
      expect(missing.status, where).toBe(404);
      expect(missing.headers, where).toMatchObject(SECURITY_HEADERS);
    }
  }, CHECK_MS);

  it('sends content-hashed files cacheable for a year and pages for a minute', async () => {
    const site = sitesOf()[0]!;
    const assets = await readdir(join(layout.sitesDir, site.tenant, 'current', site.locale, '_astro'));
    const asset = assets.find((name) => name.endsWith('.css') || name.endsWith('.js'));
    expect(asset).toBeDefined();
    const answer = await secure(site.host, `${site.pathPrefix}_astro/${asset}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await secure(site.host, site.pathPrefix)).headers['cache-control']).toBe('public, max-age=60');
  }, CHECK_MS);

  it('redirects http to https on the same host and path, and answers 404 for hosts no portal claims', async () => {
    const site = sitesOf()[0]!;
    const plain = await get(ports.http, site.host, '/tin-tuc/?trang=2');
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe(`https://${site.host}/tin-tuc/?trang=2`);
    const unknown = await secure(`khong-ai-dung.${PRODUCTION_DOMAIN}`, '/');
    expect(unknown.status).toBe(404);
    expect((await secure(`khong-ai-dung.${PRODUCTION_DOMAIN}`, '/_health')).body).toBe('ok\n');
  }, CHECK_MS);

  it('proxies the CMS only on its admin host, only for the editors’ network, telling it the request was HTTPS', async () => {
    const health = await secure(CMS_HOST, '/_health', { localAddress: EDITOR_ADDRESS });
    expect(health.status, health.body).toBe(204);
    expect((await secure(CMS_HOST, '/_health')).status).toBe(403);
    // On a portal host the CMS's paths are the portal's (static, read-only): nothing reaches Strapi.
    const site = sitesOf()[0]!;
    expect((await secure(site.host, '/admin/login', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(405);
    expect((await secure(site.host, '/api/tenants')).status).toBe(404);

    // Strapi marks the session cookie Secure only when it trusts the proxy's X-Forwarded-Proto.
    const login = JSON.stringify({ email: secrets.ADMIN_EMAIL, password: secrets.ADMIN_PASSWORD });
    const json = { 'content-type': 'application/json' };
    const proxied = await secure(CMS_HOST, '/admin/login', { localAddress: EDITOR_ADDRESS, method: 'POST', body: login, headers: json });
    expect(proxied.status, proxied.body).toBe(200);
    // The CMS's host has its security headers from Strapi itself (strapi::security), through nginx.
    expect(proxied.headers).toMatchObject({ 'strict-transport-security': 'max-age=31536000; includeSubDomains', 'x-content-type-options': 'nosniff' });
    expect(String(proxied.headers['set-cookie'])).toMatch(/strapi_admin_refresh=.*;\s*secure/i);
    const direct = await fetch(`http://127.0.0.1:${ports.cms}/admin/login`, { method: 'POST', body: login, headers: json });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('set-cookie')).not.toMatch(/;\s*secure/i);
  }, CHECK_MS);

  it('rotates the build journal with infra/logrotate/portal, and the publisher writes on in the new file', async () => {
    const journal = mapPath('/var/lib/portal/publisher/builds.jsonl', layout.paths);
    const before = await readFile(journal, 'utf8');
    expect(before.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(tenants.length);
    const rotate = spawnSync('logrotate', ['--force', '--state', join(root, 'logrotate.state'), layout.logrotateConfig], { encoding: 'utf8' });
    if (rotate.error) throw new Error(`logrotate is missing: apt-get install -y logrotate (${rotate.error.message})`);
    expect(rotate.stderr).toBe('');
    expect(rotate.status).toBe(0);
    expect(await readFile(`${journal}.1`, 'utf8')).toBe(before);
    expect(await readFile(journal, 'utf8')).toBe('');
  }, CHECK_MS);

  it('a publish through the CMS goes live over HTTPS through nginx', async () => {
    const publishStartedAt = Date.now();
    const admin = new CmsAdminClient(`http://127.0.0.1:${ports.cms}`);
    await admin.login(secrets.ADMIN_EMAIL, secrets.ADMIN_PASSWORD);
    const tenant = tenants[0]!;
    const site = tenant.sites.find((candidate) => candidate.locale === 'vi')!;
    const slug = `cai-dat-san-xuat-${Date.now()}`;
    const documentId = await admin.createDraft(ARTICLE, 'vi', { title: 'Kiểm tra cài đặt sản xuất', slug, tenant: { connect: [{ documentId: await admin.tenantDocumentId(tenant.code) }] } });
    const path = `${site.pathPrefix}tin-tuc/${slug}/`;
    expect((await secure(site.host, path)).status).toBe(404);
    await admin.publish(ARTICLE, documentId, 'vi');
    await waitFor(async () => (await secure(site.host, path)).status === 200, `the article is live on https://${site.host}${path}`, 240_000);
    const live = await secure(site.host, path);
    expect(live.body).toContain('Kiểm tra cài đặt sản xuất');
    expect(live.headers).toMatchObject(SECURITY_HEADERS);
    // Its build is recorded in the journal logrotate left (the publisher opens it per line).
    const journal = mapPath('/var/lib/portal/publisher/builds.jsonl', layout.paths);
    const records = async () => (await readFile(journal, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildRecord);
    await waitFor(async () => (await records()).some((build) => build.tenantCode === tenant.code && build.status === 'succeeded'), 'the publish is in the new build journal', 30_000);
    output.push(`[test] publish live over HTTPS after ${((Date.now() - publishStartedAt) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('keeps serving every portal with the CMS killed', async () => {
    await cms.kill('SIGKILL');
    // Kept down (systemd would restart it): the portals must not need it.
    await cms.stop();
    for (const site of sitesOf()) expect((await secure(site.host, site.pathPrefix)).status, `${site.host}${site.pathPrefix}`).toBe(200);
    expect((await secure(CMS_HOST, '/_health', { localAddress: EDITOR_ADDRESS })).status).toBe(502);
    phase('the whole run');
  }, CHECK_MS);
});
