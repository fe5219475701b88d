import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE, type Tenant } from '@portal/contract';
import type { BuildRecord } from '@portal/publisher';
import type { CmsAdminClient } from './cms-admin-client.js';
import { createDisposableStack, type DisposableStack } from './disposable-stack.js';
import { get, keepRequesting, until, type ProbeTarget } from './http-probe.js';
import { requireNginx, startNginx, type NginxServer } from './nginx-server.js';
import { CMS_DIR } from './paths.js';
import type { Stack } from './stack.js';

/**
 * Fault drills on one real installation (Strapi on SQLite, the publisher building real Astro
 * sites, Debian's nginx serving them with the production configuration), while readers request
 * every portal continuously. Each drill breaks something the way production breaks, then checks
 * what readers got, what the outbox holds, and that the installation converged without a person.
 * The drills share the installation and run in order; each leaves it converged for the next.
 */

const ARTICLE = 'api::article.article';
const requireFromCms = createRequire(`${CMS_DIR}/package.json`);
/** A page answered whole: Astro pages end with the closing tag. */
const WHOLE_PAGE = /<\/html>\s*$/;
const CONVERGE_MS = 150_000;
/**
 * The drills publish on the main portal: a department's item is also shown there, so publishing
 * one would cost two builds per drill and prove nothing more.
 */
const MAIN_PORTAL = 'vinhlong';

describe('fault drills', () => {
  let installation: DisposableStack;
  let stack: Stack;
  let nginx: NginxServer;
  let admin: CmsAdminClient;
  let tenants: Tenant[];
  const output: string[] = [];
  const mounts: string[] = [];

  beforeAll(async () => {
    requireNginx();
    installation = await createDisposableStack('drills', {
      publisherEnv: {
        PUBLISHER_QUIET_MS: '300',
        PUBLISHER_POLL_MS: '300',
        PUBLISHER_RETRY_INITIAL_MS: '1000',
        PUBLISHER_RETRY_MAX_MS: '4000',
        // How soon a damaged live release is noticed (production: every minute).
        PUBLISHER_REFRESH_CHECK_MS: '1000',
      },
      output: (line) => output.push(line),
    });
    stack = installation.stack;
    // nginx's workers run unprivileged, as in production: the releases must be readable.
    await chmod(stack.options.stateDir, 0o755);
    await stack.start();
    await stack.waitForAllSites(300_000);
    nginx = await startNginx(stack.sitesDir, await mkdtemp(join(stack.options.stateDir, 'nginx-')));
    tenants = await stack.outbox().tenants();
    admin = await stack.admin();
    for (const tenant of tenants) await until(async () => (await page(tenant.code, '')).status === 200, `${tenant.code} served by nginx`);
  }, 400_000);

  afterAll(async () => {
    await nginx?.stop();
    await stack?.stop();
    for (const mount of mounts.reverse()) spawnSync('umount', ['-l', mount]);
    await installation?.dispose();
  });

  function siteOf(tenantCode: string) {
    const site = tenants.find((tenant) => tenant.code === tenantCode)?.sites.find((candidate) => candidate.locale === 'vi');
    if (!site) throw new Error(`tenant ${tenantCode} has no vi site`);
    return site;
  }

  /** A page of a tenant's Vietnamese site, through nginx. */
  function page(tenantCode: string, path: string) {
    const site = siteOf(tenantCode);
    return get(nginx.port, site.host, `${site.pathPrefix}${path}`);
  }

  /** Every portal's home page, which must be answered whole throughout a drill. */
  function homePages(except: string[] = []): ProbeTarget[] {
    return tenants.filter((tenant) => !except.includes(tenant.code)).map((tenant) => ({ host: siteOf(tenant.code).host, path: siteOf(tenant.code).pathPrefix, body: WHOLE_PAGE }));
  }

  async function draftArticle(tenantCode: string, title: string) {
    const slug = `dien-tap-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const tenant = { connect: [{ documentId: await admin.tenantDocumentId(tenantCode) }] };
    const documentId = await admin.createDraft(ARTICLE, 'vi', { title, slug, tenant });
    return { documentId, tenantCode, path: `tin-tuc/${slug}/` };
  }

  /** Straight from the CMS database: is the article published, and what does the outbox hold for it. */
  function databaseState(documentId: string) {
    const Database = requireFromCms('better-sqlite3');
    const db = new Database(join(stack.options.stateDir, 'cms', 'data.db'), { readonly: true });
    try {
      const published = db.prepare('SELECT count(*) AS n FROM articles WHERE document_id = ? AND published_at IS NOT NULL').get(documentId).n > 0;
      const events = db.prepare("SELECT count(*) AS n FROM publish_events WHERE target_document_id = ? AND action = 'publish'").get(documentId).n as number;
      const unacknowledged = db.prepare('SELECT count(*) AS n FROM publish_events WHERE target_document_id = ? AND acknowledged_at IS NULL').get(documentId).n as number;
      return { published, events, unacknowledged };
    } finally {
      db.close();
    }
  }

  async function builds(): Promise<BuildRecord[]> {
    const text = await readFile(join(stack.publisherStateDir, 'builds.jsonl'), 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildRecord);
  }

  async function partialBuilds(): Promise<string[]> {
    const found: string[] = [];
    for (const tenant of tenants) {
      const names = await readdir(join(stack.sitesDir, tenant.code, 'releases')).catch(() => [] as string[]);
      found.push(...names.filter((name) => name.endsWith('.partial')).map((name) => `${tenant.code}/${name}`));
    }
    return found;
  }

  /** The article is live and its events acknowledged: the publish went all the way through. */
  async function convergedOn(article: { documentId: string; tenantCode: string; path: string }, what: string) {
    await until(async () => (await page(article.tenantCode, article.path)).status === 200, `${what}: the article is live`, CONVERGE_MS);
    await until(async () => databaseState(article.documentId).unacknowledged === 0, `${what}: its outbox events are acknowledged`, CONVERGE_MS);
  }

  const recentOutput = () => output.slice(-40).join('\n');

  it('writes one line per build with its figures, and build logs without warnings', async () => {
    const firstBuilds = (await builds()).filter((build) => build.status === 'succeeded');
    expect(firstBuilds.map((build) => build.tenantCode).sort()).toEqual(tenants.map((tenant) => tenant.code).sort());
    for (const build of firstBuilds) {
      const log = (await readFile(build.logFile, 'utf8')).replace(/\u001b\[[0-9;]*m/g, '');
      // Astro warns once per page or per empty collection when the site reads content carelessly.
      const warnings = log.split('\n').filter((line) => /\[WARN\]|warning/i.test(line));
      expect(warnings, build.logFile).toEqual([]);
      const lines = output.filter((line) => line.includes(` ${build.tenantCode} is live: release ${build.buildId} `));
      expect(lines, build.tenantCode).toHaveLength(1);
      expect(lines[0]).toMatch(/\(CMS build \d+\), \d+ pages, \d site\(s\), \d+ event\(s\), \d+\.\d s; phases: start \d+\.\d s(, [a-z]+ \d+\.\d s)+$/);
    }
  });

  it('a: the publisher killed mid-build leaves the last good release served; restarted, it builds the pending events', async () => {
    const article = await draftArticle(MAIN_PORTAL, 'Diễn tập: publisher bị dừng giữa bản dựng');
    const readers = keepRequesting(nginx.port, homePages());
    await admin.publish(ARTICLE, article.documentId, 'vi');
    const runningBuilds = () => readdir(join(stack.publisherStateDir, 'running')).catch(() => [] as string[]);
    await until(async () => (await runningBuilds()).includes(`${MAIN_PORTAL}.pid`), 'a build is running', 60_000);
    await sleep(1_500);
    await stack.publisher.kill('SIGKILL');

    expect((await page(MAIN_PORTAL, article.path)).status).toBe(404);
    const state = databaseState(article.documentId);
    expect(state.published).toBe(true);
    expect(state.unacknowledged).toBeGreaterThan(0);

    // The supervisor restarts the publisher; it reaps the orphaned build, removes its partial release and rebuilds.
    await convergedOn(article, 'after the publisher restart');
    expect(await partialBuilds()).toEqual([]);
    const { answered, problems } = await readers.stop();
    expect(problems, recentOutput()).toEqual([]);
    expect(answered).toBeGreaterThan(20);
  }, 240_000);

  it('b: the CMS killed during publish requests loses no publish: each is stored with its outbox event or not at all', async () => {
    const articles = await Promise.all([1, 2, 3, 4].map((n) => draftArticle(MAIN_PORTAL, `Diễn tập: CMS bị dừng khi xuất bản ${n}`)));
    const readers = keepRequesting(nginx.port, homePages());
    // Staggered so that the kill lands before, during and after the transactions.
    const attempts = articles.map((article, n) =>
      sleep(n * 25).then(() => admin.publish(ARTICLE, article.documentId, 'vi').then(() => 'accepted' as const, () => 'broken off' as const)),
    );
    await sleep(60);
    await stack.cms.kill('SIGKILL');
    const answers = await Promise.all(attempts);
    await stack.waitForCms(120_000);

    for (const [n, article] of articles.entries()) {
      const state = databaseState(article.documentId);
      // Both or neither: a published article without its event would never reach the portal.
      expect(state.events > 0, `article ${n} (${answers[n]}): published ${state.published} with ${state.events} event(s)`).toBe(state.published);
      if (answers[n] === 'accepted') expect(state.published).toBe(true);
    }
    // The editor publishes again what did not get through; everything goes live.
    admin = await stack.admin();
    for (const article of articles) {
      if (!databaseState(article.documentId).published) await admin.publish(ARTICLE, article.documentId, 'vi');
    }
    for (const article of articles) await convergedOn(article, 'after the CMS restart');
    const { problems } = await readers.stop();
    expect(problems, recentOutput()).toEqual([]);
  }, 300_000);

  it('c: a full disk fails the build with the reason, keeps the live release, and converges once space is back', async () => {
    const tenantCode = MAIN_PORTAL;
    const releasesDir = join(stack.sitesDir, tenantCode, 'releases');
    // The tenant's releases move onto a small filesystem with room for what is there and little more.
    // Blocks, not bytes: every small file takes a whole block on tmpfs too.
    const usedKiB = Number(spawnSync('du', ['-sk', releasesDir], { encoding: 'utf8' }).stdout.split('\t')[0]);
    const small = await mkdtemp(join(stack.options.stateDir, 'small-disk-'));
    mount(['-t', 'tmpfs', '-o', `size=${usedKiB + 1024}k,mode=0755`, 'tmpfs', small], small);
    expect(spawnSync('cp', ['-a', `${releasesDir}/.`, small]).status).toBe(0);
    mount(['--bind', small, releasesDir], releasesDir);
    const liveBefore = await readFile(join(stack.sitesDir, tenantCode, 'current', RELEASE_MANIFEST_FILE), 'utf8');

    const readers = keepRequesting(nginx.port, homePages());
    const failedBefore = (await builds()).filter((build) => build.status === 'failed').length;
    const article = await draftArticle(tenantCode, 'Diễn tập: đĩa đầy');
    await admin.publish(ARTICLE, article.documentId, 'vi');
    await until(async () => (await builds()).filter((build) => build.status === 'failed').length > failedBefore, 'the failed build is recorded', 120_000);

    const failed = (await builds()).filter((build) => build.status === 'failed').at(-1)!;
    expect(failed.tenantCode).toBe(tenantCode);
    expect(failed.error, failed.error).toMatch(/^ENOSPC: no space left on device/);
    expect(output.join('\n')).toMatch(new RegExp(`build of ${tenantCode} failed after [\\d.]+ s, the previous release stays live; [^:]*: ENOSPC: no space left on device`));
    expect(await readFile(join(stack.sitesDir, tenantCode, 'current', RELEASE_MANIFEST_FILE), 'utf8')).toBe(liveBefore);
    expect((await page(tenantCode, article.path)).status).toBe(404);
    expect(databaseState(article.documentId).unacknowledged).toBeGreaterThan(0);

    // Space is back: the retries converge without anyone asking.
    mount(['-o', 'remount,size=256m', small]);
    await convergedOn(article, 'once space is back');
    expect(await partialBuilds()).toEqual([]);
    const { problems } = await readers.stop();
    expect(problems, recentOutput()).toEqual([]);
  }, 300_000);

  it('d: a damaged live release leaves the other portals untouched, and the publisher rebuilds it without a publish', async () => {
    const tenantCode = 'snv';
    const live = join(stack.sitesDir, tenantCode, 'current');
    const readers = keepRequesting(nginx.port, homePages([tenantCode]));
    const buildsBefore = (await builds()).length;
    const articlesDir = join(live, 'vi', 'tin-tuc');
    const names = (await readdir(articlesDir)).sort();
    const article = (await Promise.all(names.map(async (name) => ((await stat(join(articlesDir, name, 'index.html')).catch(() => undefined))?.isFile() ? name : undefined)))).find(Boolean)!;
    expect((await page(tenantCode, `tin-tuc/${article}/`)).status).toBe(200);

    await truncate(join(live, RELEASE_MANIFEST_FILE), 20);
    await rm(join(live, 'vi', 'tin-tuc', article, 'index.html'));
    // Meanwhile the server keeps the routes it read when the release went live: the rest of the
    // portal is served, the lost page answers the portal's 404.
    expect((await page(tenantCode, '')).status).toBe(200);
    expect((await page(tenantCode, `tin-tuc/${article}/`)).status).toBe(404);
    expect((await stack.fetchPage(`${stack.portalUrl(siteOf(tenantCode))}tin-tuc/${article}/`)).status).toBe(404);

    await until(async () => (await page(tenantCode, `tin-tuc/${article}/`)).status === 200, 'the damaged release is rebuilt', CONVERGE_MS);
    expect(output.join('\n')).toContain(`refreshing ${tenantCode}: live release has no valid ${RELEASE_MANIFEST_FILE}; rebuilding it`);
    const repair = (await builds()).slice(buildsBefore).find((build) => build.tenantCode === tenantCode);
    expect(repair?.status).toBe('succeeded');
    expect(JSON.parse(await readFile(join(live, RELEASE_MANIFEST_FILE), 'utf8'))).toMatchObject({ tenantCode });
    const { problems } = await readers.stop();
    expect(problems, recentOutput()).toEqual([]);
  }, 240_000);

  it('e: everything killed at once, right after a publish, converges without a person', async () => {
    const article = await draftArticle(MAIN_PORTAL, 'Diễn tập: khởi động lại toàn bộ');
    await admin.publish(ARTICLE, article.documentId, 'vi');
    await Promise.all([stack.cms.kill('SIGKILL'), stack.publisher.kill('SIGKILL'), stack.staticServer.kill('SIGKILL'), killNginx()]);

    await stack.waitForCms(120_000);
    await convergedOn(article, 'after restarting everything');
    for (const tenant of tenants) {
      expect((await page(tenant.code, '')).body, tenant.code).toMatch(WHOLE_PAGE);
      expect((await stack.fetchPage(`${stack.portalUrl(siteOf(tenant.code))}`)).status, tenant.code).toBe(200);
    }
    expect(databaseState(article.documentId)).toMatchObject({ published: true, unacknowledged: 0 });
    expect(await partialBuilds()).toEqual([]);
  }, 300_000);

  /** nginx's master and its workers, as systemd kills a unit's whole control group. */
  async function killNginx() {
    const master = nginx.process.pid;
    if (!master) throw new Error('nginx is not running');
    const workers = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
    const children: number[] = [];
    for (const pid of workers) {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      // Fields after the parenthesised command: state, then the parent's pid.
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === master) children.push(Number(pid));
    }
    for (const pid of children) process.kill(pid, 'SIGKILL');
    await nginx.process.kill('SIGKILL');
  }

  function mount(args: string[], remember?: string) {
    const result = spawnSync('mount', args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`mount ${args.join(' ')}: ${result.stderr} (the drill needs root)`);
    if (remember) mounts.push(remember);
  }
});
