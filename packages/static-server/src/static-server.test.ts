import { mkdir, mkdtemp, rename, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE, type ReleaseRedirect, type TenantSite } from '@portal/contract';
import { StaticServer } from './static-server.js';

async function release(sitesDir: string, tenantCode: string, sites: TenantSite[], id = 'r1', redirects?: ReleaseRedirect[]) {
  const dir = join(sitesDir, tenantCode, 'releases', id);
  for (const site of sites) {
    await mkdir(join(dir, site.locale, 'tin-tuc', 'x'), { recursive: true });
    await writeFile(join(dir, site.locale, 'index.html'), `home ${tenantCode} ${site.locale}${id === 'r1' ? '' : ` ${id}`}`);
    await writeFile(join(dir, site.locale, 'tin-tuc', 'x', 'index.html'), `article ${tenantCode} ${site.locale}`);
    await writeFile(join(dir, site.locale, '404.html'), `not found ${tenantCode} ${site.locale}`);
    await mkdir(join(dir, site.locale, 'pagefind'), { recursive: true });
    await writeFile(join(dir, site.locale, 'pagefind', 'pagefind-entry.json'), `index ${tenantCode} ${site.locale}`);
  }
  await writeFile(join(dir, RELEASE_MANIFEST_FILE), JSON.stringify({ tenantCode, builtAt: new Date().toISOString(), sites, redirects }));
  // Goes live as the publisher's ReleaseStore does it: a fresh link renamed over `current`.
  await symlink(join('releases', id), join(sitesDir, tenantCode, `.current-${id}`));
  await rename(join(sitesDir, tenantCode, `.current-${id}`), join(sitesDir, tenantCode, 'current'));
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function get(port: number, host: string, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    httpRequest({ port, host: '127.0.0.1', path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

describe('StaticServer', () => {
  let server: StaticServer;
  let port: number;
  let sitesDir: string;

  beforeAll(async () => {
    sitesDir = await mkdtemp(join(tmpdir(), 'sites-'));
    await release(sitesDir, 'vinhlong', [
      { locale: 'vi', host: 'vinhlong.localhost', pathPrefix: '/', name: 'Vĩnh Long' },
      { locale: 'en', host: 'english.vinhlong.localhost', pathPrefix: '/', name: 'Vinh Long' },
    ]);
    await release(
      sitesDir,
      'snv',
      [
        { locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/', name: 'Sở Nội vụ' },
        { locale: 'km', host: 'snv.vinhlong.localhost', pathPrefix: '/km/', name: 'មន្ទីរមហាផ្ទៃ' },
      ],
      'r1',
      [
        { locale: 'km', from: 'tin-tuc/ten-cu/', to: 'tin-tuc/x/' },
        { locale: 'km', from: 'tin-tuc/ten-truoc-nua/', to: 'tin-tuc/x/' },
      ],
    );
    await mkdir(join(sitesDir, 'never-built'));
    server = new StaticServer({ sitesDir, log: () => undefined });
    port = await server.listen(0);
  });
  afterAll(() => server.close());

  it('serves each language from its own host or path prefix', async () => {
    expect((await get(port, 'english.vinhlong.localhost:8080', '/')).body).toBe('home vinhlong en');
    expect((await get(port, 'vinhlong.localhost', '/tin-tuc/x/')).body).toBe('article vinhlong vi');
    expect((await get(port, 'snv.vinhlong.localhost', '/km/tin-tuc/x/')).body).toBe('article snv km');
    expect((await get(port, 'snv.vinhlong.localhost', '/tin-tuc/x/')).body).toBe('article snv vi');
  });

  it('serves every portal’s search index under every portal host, and nothing else there', async () => {
    expect((await get(port, 'vinhlong.localhost', '/_portal-search/snv/km/pagefind-entry.json')).body).toBe('index snv km');
    expect((await get(port, 'snv.vinhlong.localhost', '/_portal-search/vinhlong/en/pagefind-entry.json')).body).toBe('index vinhlong en');
    expect((await get(port, 'vinhlong.localhost', '/_portal-search/snv/en/pagefind-entry.json')).status).toBe(404);
    expect((await get(port, 'vinhlong.localhost', '/_portal-search/snv/vi/../index.html')).status).toBe(404);
    expect((await get(port, 'vinhlong.localhost', '/_portal-search/snv/vi/%2e%2e/index.html')).status).toBe(404);
    expect((await get(port, 'unknown.example', '/_portal-search/snv/vi/pagefind-entry.json')).status).toBe(404);
  });

  it('answers with the tenant’s own 404 page in the right language', async () => {
    const response = await get(port, 'snv.vinhlong.localhost', '/km/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.body).toBe('not found snv km');
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await get(port, 'snv.vinhlong.localhost', '/km');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/km/');
    expect((await get(port, 'snv.vinhlong.localhost', '/tin-tuc/x')).headers.location).toBe('/tin-tuc/x/');
  });

  it('keeps every redirect on the requested host, however the path is written', async () => {
    const attempts = ['/%2Fevil.example%2F..%2Ftin-tuc', '//evil.example/../tin-tuc', '/%5Cevil.example%2F..%2Ftin-tuc', '/%2F%2Fevil.example/x/../../tin-tuc'];
    for (const path of attempts) {
      const response = await get(port, 'vinhlong.localhost', path);
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe('/tin-tuc/');
    }
    expect((await get(port, 'snv.vinhlong.localhost', '/km//tin-tuc/x?q=1')).headers.location).toBe('/km/tin-tuc/x/?q=1');
    expect((await get(port, 'vinhlong.localhost', '//evil.example/x')).status).toBe(404);
  });

  it('moves the old news addresses permanently to tin-tuc/, in every language, keeping the query', async () => {
    const moves = [
      ['vinhlong.localhost', '/articles/', '/tin-tuc/'],
      ['vinhlong.localhost', '/articles', '/tin-tuc/'],
      ['english.vinhlong.localhost', '/articles/2/', '/tin-tuc/2/'],
      ['snv.vinhlong.localhost', '/km/articles/x/?q=1', '/km/tin-tuc/x/?q=1'],
      ['snv.vinhlong.localhost', '/km/articles/rss.xml', '/km/tin-tuc/rss.xml'],
    ];
    for (const [host, path, location] of moves) {
      const response = await get(port, host!, path!);
      expect([path, response.status, response.headers.location]).toEqual([path, 301, location]);
    }
    expect((await get(port, 'snv.vinhlong.localhost', '/km/tin-tuc/x/?q=1')).body).toBe('article snv km');
  });

  it('keeps the moved addresses’ redirects on the requested host, however the path is written', async () => {
    const moves = [
      ['//evil.example/../articles/x/', '/tin-tuc/x/'],
      ['/%2F%2Fevil.example/..%2F..%2Farticles/', '/tin-tuc/'],
      ['/articles/%2F%2Fevil.example/', '/tin-tuc/evil.example/'],
      ['/articles//%5Cevil.example/', '/tin-tuc/%5Cevil.example/'],
      ['/articles/%0d%0aSet-Cookie:%20a=b', '/tin-tuc/%0D%0ASet-Cookie%3A%20a%3Db'],
    ];
    for (const [path, location] of moves) {
      const response = await get(port, 'vinhlong.localhost', path!);
      expect([path, response.status, response.headers.location, response.headers['set-cookie']]).toEqual([path, 301, location, undefined]);
    }
  });

  it('answers a renamed item’s previous addresses with 301 to its page, in its language only', async () => {
    const moves = [
      ['/km/tin-tuc/ten-cu/', '/km/tin-tuc/x/'],
      ['/km/tin-tuc/ten-cu', '/km/tin-tuc/x/'],
      ['/km/tin-tuc/ten-truoc-nua/?q=1', '/km/tin-tuc/x/?q=1'],
      ['/km/tin-tuc/ten-truoc-nua/index.html', '/km/tin-tuc/x/'],
    ];
    for (const [path, location] of moves) {
      const response = await get(port, 'snv.vinhlong.localhost', path!);
      expect([path, response.status, response.headers.location]).toEqual([path, 301, location]);
    }
    expect((await get(port, 'snv.vinhlong.localhost', '/tin-tuc/ten-cu/')).status).toBe(404);
  });

  it('never serves files outside the release, however the path is written', async () => {
    for (const path of ['/../../snv/releases/r1/portal-release.json', '/%2e%2e/%2e%2e/secrets.json', '/..%2fportal-release.json']) {
      const response = await get(port, 'vinhlong.localhost', path);
      expect(response.body).not.toContain('tenantCode');
      expect(response.status).not.toBe(200);
    }
  });

  it('serves a switched release at once, and a new portal within moments, without re-reading release trees', async () => {
    await release(sitesDir, 'snv', [
      { locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/', name: 'Sở Nội vụ' },
      { locale: 'km', host: 'snv.vinhlong.localhost', pathPrefix: '/km/', name: 'មន្ទីរមហាផ្ទៃ' },
    ], 'r2');
    expect((await get(port, 'snv.vinhlong.localhost', '/km/')).body).toBe('home snv km r2');
    await release(sitesDir, 'newcomer', [{ locale: 'vi', host: 'newcomer.vinhlong.localhost', pathPrefix: '/', name: 'Mới' }]);
    const response = await until(() => get(port, 'newcomer.vinhlong.localhost', '/'), (answer) => answer.status === 200);
    expect(response.body).toBe('home newcomer vi');
  });

  it('refuses unknown hosts and writes, and sets security headers', async () => {
    expect((await get(port, 'attacker.example', '/')).status).toBe(404);
    const response = await get(port, 'vinhlong.localhost', '/');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers /_health with 200 on any host, portal or not', async () => {
    for (const host of ['vinhlong.localhost', 'attacker.example', '']) {
      const response = await get(port, host, '/_health');
      expect(response).toMatchObject({ status: 200, body: 'ok' });
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});
