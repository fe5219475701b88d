import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE, type ReleaseRedirect, type TenantSite } from '@portal/contract';
import { ReleaseStore } from '@portal/publisher';
import { freePort } from './free-port.js';
import { get, keepRequesting, until, type ProbeTarget } from './http-probe.js';
import { ManagedProcess } from './managed-process.js';
import { startNginx, requireNginx } from './nginx-server.js';
import { REPO_ROOT, STATIC_SERVER_CLI } from './paths.js';

/**
 * Serving never stalls. Several portals are requested continuously while a
 * 20,000-file release of another portal is written and switched; not one answer may fail or take
 * more than a second. Run against the development server and against nginx with the production
 * policy (infra/nginx/portal-static.conf) and generated routing, as production runs them.
 */

const BULK_FILES = 20_000;
const SLOW_MS = 1_000;

const site = (code: string, locale: TenantSite['locale'], pathPrefix = '/'): TenantSite => ({ locale, host: `${code}.vinhlong.localhost`, pathPrefix, name: code });
const SMALL_PORTALS = ['alpha', 'beta', 'gamma'].map((code) => ({ code, sites: [site(code, 'vi')] }));
const BIG_PORTAL = { code: 'big', sites: [site('big', 'vi'), site('big', 'en', '/en/')] };
const NEWCOMER = { code: 'newcomer', sites: [site('newcomer', 'vi')] };

/** Writes and switches a release as the publisher does (ReleaseStore), with `bulkFiles` extra pages. */
async function publish(store: ReleaseStore, portal: { code: string; sites: TenantSite[]; redirects?: ReleaseRedirect[] }, label: string, bulkFiles = 0) {
  const release = await store.prepare(portal.code);
  for (const { locale } of portal.sites) {
    const root = join(release.dir, locale);
    const files: Record<string, string> = {
      'index.html': `home ${portal.code} ${locale} ${label}`,
      '404.html': `not found ${portal.code} ${locale}`,
      'tin-tuc/x/index.html': `article ${portal.code} ${locale}`,
      '_astro/site.3f2a91c.css': 'body{}',
      'pagefind/pagefind-entry.json': `{"tenant":"${portal.code}"}`,
      [`pagefind/fragment/${locale}_5b2319b.pf_fragment`]: 'fragment',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    }
  }
  const perDirectory = 100;
  for (let first = 0; first < bulkFiles; first += perDirectory) {
    const dir = join(release.dir, 'vi', 'bulk', String(first / perDirectory));
    await mkdir(dir, { recursive: true });
    await Promise.all(Array.from({ length: Math.min(perDirectory, bulkFiles - first) }, (_, i) => writeFile(join(dir, `${first + i}.html`), `page ${first + i}`)));
  }
  await writeFile(join(release.dir, RELEASE_MANIFEST_FILE), JSON.stringify({ tenantCode: portal.code, builtAt: new Date().toISOString(), sites: portal.sites, redirects: portal.redirects }));
  await store.activate(portal.code, release);
}

const TARGETS: ProbeTarget[] = [
  ...SMALL_PORTALS.flatMap(({ code }) => [
    { host: `${code}.vinhlong.localhost`, path: '/', body: `home ${code} vi r1` },
    { host: `${code}.vinhlong.localhost`, path: '/tin-tuc/x/', body: `article ${code} vi` },
  ]),
  { host: 'big.vinhlong.localhost', path: '/en/tin-tuc/x/', body: 'article big en' },
];

interface ServerUnderTest {
  port: number;
  /** How often the server's configuration was reloaded; only nginx has one. */
  reloads?: () => number;
  stop(): Promise<void>;
}

async function startDevelopmentServer(sitesDir: string): Promise<ServerUnderTest> {
  const port = await freePort();
  const server = new ManagedProcess({
    name: 'static-server',
    argv: [process.execPath, STATIC_SERVER_CLI],
    cwd: REPO_ROOT,
    env: () => ({ ...process.env, PORTAL_SITES_DIR: sitesDir, PORTAL_PORT: String(port) }),
    restart: true,
    output: () => undefined,
  });
  server.start();
  return { port, stop: () => server.stop() };
}

const servers: Array<[string, (sitesDir: string, workDir: string) => Promise<ServerUnderTest>]> = [
  ['the development server', startDevelopmentServer],
  ['nginx with the production configuration', startNginx],
];

describe.each(servers)('serving with %s', (_name, startServer) => {
  let workDir: string;
  let store: ReleaseStore;
  let server: ServerUnderTest;

  beforeAll(async () => {
    if (startServer === startNginx) requireNginx();
    workDir = await mkdtemp(join(tmpdir(), 'serving-'));
    // nginx's workers run as an unprivileged user, as in production: the releases must be readable.
    await chmod(workDir, 0o755);
    store = new ReleaseStore(join(workDir, 'sites'));
    for (const portal of [...SMALL_PORTALS, BIG_PORTAL]) await publish(store, portal, 'r1');
    server = await startServer(store.sitesDir, workDir);
    await until(async () => (await get(server.port, 'alpha.vinhlong.localhost', '/')).status === 200, 'server ready');
  });

  afterAll(async () => {
    await server?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('answers every request promptly while a 20,000-file release is written and switched, and picks up a new portal', async () => {
    const reloadsBefore = server.reloads?.();
    const load = keepRequesting(server.port, TARGETS, { slowMs: SLOW_MS });
    await publish(store, BIG_PORTAL, 'r2', BULK_FILES);
    const switchedAt = Date.now();
    await until(async () => (await get(server.port, 'big.vinhlong.localhost', '/')).body === 'home big vi r2', 'the switched release served', SLOW_MS);
    expect(Date.now() - switchedAt).toBeLessThan(SLOW_MS);
    expect((await get(server.port, 'big.vinhlong.localhost', `/bulk/199/${BULK_FILES - 1}.html`)).body).toBe(`page ${BULK_FILES - 1}`);

    await publish(store, NEWCOMER, 'r1');
    await until(async () => (await get(server.port, 'newcomer.vinhlong.localhost', '/')).body === 'home newcomer vi r1', 'the new portal served', 10_000);
    await sleep(500);
    const { answered, problems } = await load.stop();
    expect(problems).toEqual([]);
    expect(answered).toBeGreaterThan(100);
    // The switch needed no reload; the new portal's host needed exactly one.
    if (reloadsBefore !== undefined) expect(server.reloads?.()).toBe(reloadsBefore + 1);
  }, 110_000);

  it('keeps every redirect on the requested host, however the path is written', async () => {
    const host = 'alpha.vinhlong.localhost';
    for (const path of ['/%2Fevil.example%2F..%2Ftin-tuc', '//evil.example/../tin-tuc', '/%5Cevil.example%2F..%2Ftin-tuc', '/tin-tuc']) {
      const answer = await get(server.port, host, path);
      expect([path, answer.status, answer.headers.location]).toEqual([path, 301, '/tin-tuc/']);
    }
    for (const path of ['//evil.example/x', '/%2F%2Fevil.example', '/%5C%5Cevil.example/', '/\\evil.example/']) {
      const { location } = (await get(server.port, host, path)).headers;
      expect(location === undefined || /^\/(?![/\\])/.test(String(location)), `${path} → ${location}`).toBe(true);
    }
    expect((await get(server.port, 'big.vinhlong.localhost', '/en')).headers.location).toBe('/en/');
  });

  it('moves the old news addresses permanently to tin-tuc/, in every language, keeping the rest and the query', async () => {
    const moves = [
      ['alpha.vinhlong.localhost', '/articles/', '/tin-tuc/'],
      ['alpha.vinhlong.localhost', '/articles', '/tin-tuc/'],
      ['alpha.vinhlong.localhost', '/articles/x/', '/tin-tuc/x/'],
      ['big.vinhlong.localhost', '/en/articles/x/?q=1', '/en/tin-tuc/x/?q=1'],
      ['big.vinhlong.localhost', '/en/articles?q=1', '/en/tin-tuc/?q=1'],
      ['big.vinhlong.localhost', '/en/articles/2/', '/en/tin-tuc/2/'],
      ['big.vinhlong.localhost', '/en/articles/rss.xml', '/en/tin-tuc/rss.xml'],
    ];
    for (const [host, path, location] of moves) {
      const answer = await get(server.port, host!, path!);
      expect([host, path, answer.status, answer.headers.location]).toEqual([host, path, 301, location]);
    }
    expect((await get(server.port, 'big.vinhlong.localhost', '/en/tin-tuc/x/?q=1')).body).toBe('article big en');
  });

  it('keeps the moved addresses’ redirects on the requested host, whatever the rest of the path says', async () => {
    for (const path of ['//evil.example/../articles/x/', '/articles//evil.example/', '/articles/%2F%2Fevil.example/', '/articles/%5Cevil.example/', '/articles/%0d%0aSet-Cookie:%20a=b', '/%2F%2Fevil.example/..%2Farticles/x/']) {
      const answer = await get(server.port, 'alpha.vinhlong.localhost', path);
      expect([path, answer.status, answer.headers['set-cookie']]).toEqual([path, 301, undefined]);
      expect(String(answer.headers.location), path).toMatch(/^\/tin-tuc\/[^\r\n]*$/);
    }
  });

  it('answers a renamed item’s previous addresses with 301 to its present one, once the release that renamed it is live', async () => {
    const renamed = {
      ...BIG_PORTAL,
      redirects: [
        // A chain of renames: every earlier slug leads straight to the present page.
        { locale: 'en' as const, from: 'tin-tuc/first-name/', to: 'tin-tuc/x/' },
        { locale: 'en' as const, from: 'tin-tuc/second-name/', to: 'tin-tuc/x/' },
        { locale: 'vi' as const, from: 'van-ban/ten-cu/', to: 'tin-tuc/x/' },
      ],
    };
    const reloadsBefore = server.reloads?.();
    await publish(store, renamed, 'r3');
    const host = 'big.vinhlong.localhost';
    await until(async () => (await get(server.port, host, '/en/tin-tuc/first-name/')).status === 301, 'the renamed page redirected', 10_000);
    const moves = [
      ['/en/tin-tuc/first-name/', '/en/tin-tuc/x/'],
      ['/en/tin-tuc/second-name/?q=1', '/en/tin-tuc/x/?q=1'],
      ['/en/tin-tuc/second-name', '/en/tin-tuc/x/'],
      ['/en/tin-tuc/second-name/index.html', '/en/tin-tuc/x/'],
      ['/van-ban/ten-cu/', '/tin-tuc/x/'],
    ];
    for (const [path, location] of moves) {
      const answer = await get(server.port, host, path!);
      expect([path, answer.status, answer.headers.location]).toEqual([path, 301, location]);
    }
    // Redirects belong to their language, and other addresses are untouched.
    expect((await get(server.port, host, '/tin-tuc/first-name/')).status).toBe(404);
    expect((await get(server.port, host, '/en/tin-tuc/x/')).body).toBe('article big en');
    // nginx learns them by one reload; a later release without them forgets them the same way.
    if (reloadsBefore !== undefined) expect(server.reloads?.()).toBe(reloadsBefore + 1);
    await publish(store, BIG_PORTAL, 'r4');
    await until(async () => (await get(server.port, host, '/en/tin-tuc/first-name/')).status === 404, 'the redirect withdrawn', 10_000);
  });

  it('routes by host and prefix, serves the search network and each portal’s 404 page, with the same headers', async () => {
    expect((await get(server.port, 'big.vinhlong.localhost', '/en/')).body).toMatch(/^home big en/);
    expect((await get(server.port, 'big.vinhlong.localhost', '/_portal-search/alpha/vi/pagefind-entry.json')).body).toBe('{"tenant":"alpha"}');
    expect((await get(server.port, 'big.vinhlong.localhost', '/_portal-search/alpha/en/pagefind-entry.json')).status).toBe(404);
    const missing = await get(server.port, 'big.vinhlong.localhost', '/en/no-such-page/');
    expect([missing.status, missing.body]).toEqual([404, 'not found big en']);
    expect((await get(server.port, 'unknown.example', '/')).status).toBe(404);
    expect((await get(server.port, 'alpha.vinhlong.localhost', '/', 'POST')).status).toBe(405);
    for (const path of ['/../../portal-release.json', '/%2e%2e/%2e%2e/alpha/current/portal-release.json', '/_portal-search/alpha/vi/..%2f..%2fportal-release.json']) {
      const answer = await get(server.port, 'alpha.vinhlong.localhost', path);
      expect([path, answer.status === 200 || answer.body.includes('tenantCode')]).toEqual([path, false]);
    }

    const page = await get(server.port, 'alpha.vinhlong.localhost', '/');
    expect(page.headers['cache-control']).toBe('public, max-age=60');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const immutable = 'public, max-age=31536000, immutable';
    expect((await get(server.port, 'big.vinhlong.localhost', '/en/_astro/site.3f2a91c.css')).headers['cache-control']).toBe(immutable);
    expect((await get(server.port, 'big.vinhlong.localhost', '/_portal-search/alpha/vi/fragment/vi_5b2319b.pf_fragment')).headers['cache-control']).toBe(immutable);
  });
});
