import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_RELEASE_LINK, RELEASE_MANIFEST_FILE, releaseManifestSchema } from '@portal/contract';
import { freePort, get, ManagedProcess, REPO_ROOT, STATIC_SERVER_CLI, until } from '@portal/stack';
import { ARTICLE } from './admin-fixtures';
import { useCms } from './cms-under-test';
import { buildPortal, type PortalBuild } from './portal-build';

const TENANT = 'chauthanh';

/**
 * A published article renamed twice, built into a real release and served by the development
 * server: both earlier addresses answer 301 to the present one, which alone is in the sitemap.
 */
describe('a renamed item keeps its old addresses working on the built portal', () => {
  const cms = useCms('sqlite');
  const stamp = Date.now();
  const slugs = { first: `tin-ten-dau-${stamp}`, second: `tin-ten-giua-${stamp}`, present: `tin-ten-moi-${stamp}` };
  let release: PortalBuild;
  let sitesDir: string;
  let server: ManagedProcess | undefined;
  let port: number;

  beforeAll(async () => {
    const tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
    const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin sẽ được đổi địa chỉ', slug: slugs.first, body: 'Nội dung.', tenant });
    await cms.admin.publish(ARTICLE, documentId, 'vi');
    for (const slug of [slugs.second, slugs.present]) {
      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { slug });
      await cms.admin.publish(ARTICLE, documentId, 'vi');
    }
    release = await buildPortal(cms, TENANT, await mkdtemp(join(tmpdir(), 'renamed-cache-')));
    expect(release.exitCode, release.log.slice(-4000)).toBe(0);

    sitesDir = await mkdtemp(join(tmpdir(), 'renamed-sites-'));
    await mkdir(join(sitesDir, TENANT));
    await symlink(release.outDir, join(sitesDir, TENANT, LIVE_RELEASE_LINK));
    port = await freePort();
    server = new ManagedProcess({
      name: 'static-server',
      argv: [process.execPath, STATIC_SERVER_CLI],
      cwd: REPO_ROOT,
      env: () => ({ ...process.env, PORTAL_SITES_DIR: sitesDir, PORTAL_PORT: String(port) }),
      restart: false,
      output: () => undefined,
    });
    server.start();
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all([sitesDir, release?.outDir].filter(Boolean).map((dir) => rm(dir!, { recursive: true, force: true })));
  });

  it('lists both earlier addresses in the release, each leading straight to the present page', async () => {
    const manifest = releaseManifestSchema.parse(JSON.parse(await readFile(join(release.outDir, RELEASE_MANIFEST_FILE), 'utf8')));
    const present = `tin-tuc/${slugs.present}/`;
    expect(manifest.redirects?.filter((redirect) => redirect.to === present)).toEqual([
      { locale: 'vi', from: `tin-tuc/${slugs.first}/`, to: present },
      { locale: 'vi', from: `tin-tuc/${slugs.second}/`, to: present },
    ]);
    const root = join(release.outDir, 'vi');
    const sitemapFiles = (await readdir(root)).filter((name) => name.startsWith('sitemap') && name.endsWith('.xml'));
    const sitemaps = (await Promise.all(sitemapFiles.map((name) => readFile(join(root, name), 'utf8')))).join('\n');
    expect(sitemaps).toContain(`/tin-tuc/${slugs.present}/`);
    expect(sitemaps).not.toContain(slugs.first);
    expect(sitemaps).not.toContain(slugs.second);
  });

  it('answers the earlier addresses with 301 to the present one on the same host', async () => {
    const manifest = releaseManifestSchema.parse(JSON.parse(await readFile(join(release.outDir, RELEASE_MANIFEST_FILE), 'utf8')));
    const site = manifest.sites.find((candidate) => candidate.locale === 'vi')!;
    const present = `${site.pathPrefix}tin-tuc/${slugs.present}/`;
    await until(async () => (await get(port, site.host, present)).status === 200, 'the built portal served');
    for (const slug of [slugs.first, slugs.second]) {
      const answer = await get(port, site.host, `${site.pathPrefix}tin-tuc/${slug}/?utm=x`);
      expect([slug, answer.status, answer.headers.location]).toEqual([slug, 301, `${present}?utm=x`]);
    }
    expect((await get(port, site.host, present)).body).toContain('Tin sẽ được đổi địa chỉ');
  });
});
