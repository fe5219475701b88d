import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCms } from './cms-under-test';
import { ARTICLE } from './admin-fixtures';
import { buildPortal, type PortalBuild } from './portal-build';

const TENANT = 'chauthanh';
const NOTICE = 'api::outage-notice.outage-notice';

interface Build extends PortalBuild {
  /** Output files Astro copied from the previous build, e.g. `/vi/tin-tuc/x/index.html`. */
  reused: Set<string>;
  /** Output files Astro rendered in this build. */
  rendered: Set<string>;
}

/** Astro logs each generated file on one line, ending in its render time or in "(restored)". */
function generatedFiles(log: string): Pick<Build, 'reused' | 'rendered'> {
  const reused = new Set<string>();
  const rendered = new Set<string>();
  // eslint-disable-next-line no-control-regex
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const match = /[├└]─ (\/\S+\.html) \((restored|cached|\+[^)]*)\)/.exec(line);
    if (match) (match[2] === 'restored' || match[2] === 'cached' ? reused : rendered).add(match[1]!);
  }
  return { reused, rendered };
}

describe('incremental portal builds on the real CMS', () => {
  const cms = useCms('sqlite');
  const cacheDir = join(tmpdir(), `incremental-cache-${process.pid}-${Date.now()}`);
  const slugs = { changed: `tin-thay-doi-${Date.now()}`, kept: `tin-giu-nguyen-${Date.now()}`, removed: `tin-go-xuong-${Date.now()}` };
  const ids: Record<keyof typeof slugs, string> = { changed: '', kept: '', removed: '' };
  const builds: Build[] = [];

  /**
   * One build of the tenant into a fresh release directory, as the publisher runs it, on the
   * cache kept between builds, or on an empty cache (a full build) when given a fresh one.
   */
  async function build(cache = cacheDir): Promise<Build> {
    const built = await buildPortal(cms, TENANT, cache);
    const result = { ...built, ...generatedFiles(built.log) };
    builds.push(result);
    return result;
  }
  const fullBuildCaches: string[] = [];
  async function fullBuild(): Promise<Build> {
    const cache = await mkdtemp(join(tmpdir(), 'incremental-full-cache-'));
    fullBuildCaches.push(cache);
    return build(cache);
  }
  afterAll(async () => {
    await Promise.all([cacheDir, ...fullBuildCaches, ...builds.map((result) => result.outDir)].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const succeeded = (result: Build) => expect(result.exitCode, result.log.slice(-4000)).toBe(0);
  const page = (result: Build, path: string, locale = 'vi') => readFile(join(result.outDir, locale, path, 'index.html'), 'utf8');

  /**
   * Every file of a release by path, as a digest of its bytes; the manifest without the figures
   * that differ from one build to the next (when it was built and how long each phase took).
   */
  async function releaseTree(outDir: string): Promise<Record<string, string>> {
    const tree: Record<string, string> = {};
    for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      let bytes: Buffer | string = await readFile(path);
      if (entry.name === 'portal-release.json' && entry.parentPath === outDir) {
        const { builtAt: _builtAt, phases: _phases, ...manifest } = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
        bytes = JSON.stringify(manifest);
      }
      tree[path.slice(outDir.length)] = createHash('sha256').update(bytes).digest('hex');
    }
    return tree;
  }

  beforeAll(async () => {
    const tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
    for (const key of ['removed', 'kept', 'changed'] as const) {
      ids[key] = await cms.admin.createDraft(ARTICLE, 'vi', { title: `Tin kiểm thử ${slugs[key]}`, slug: slugs[key], body: 'Nội dung.', tenant });
      await cms.admin.publish(ARTICLE, ids[key], 'vi');
    }
  });

  it('renders everything the first time, and reuses every page when nothing changed', async () => {
    const first = await build();
    succeeded(first);
    expect(first.reused.size).toBe(0);
    expect(first.rendered).toContain(`/vi/tin-tuc/${slugs.kept}/index.html`);

    const second = await build();
    succeeded(second);
    // Every page is keyed, and the keys are stable across build processes.
    expect([...second.rendered]).toEqual([]);
    expect(second.reused).toEqual(first.rendered);
    expect(await page(second, `tin-tuc/${slugs.kept}`)).toBe(await page(first, `tin-tuc/${slugs.kept}`));
  }, 600_000);

  it('renders a changed item’s page and the listings that list it again, and reuses the others', async () => {
    await cms.admin.saveDraft(ARTICLE, ids.changed, 'vi', { title: `Tin đã sửa ${slugs.changed}` });
    await cms.admin.publish(ARTICLE, ids.changed, 'vi');
    const result = await build();
    succeeded(result);
    expect(result.rendered).toContain(`/vi/tin-tuc/${slugs.changed}/index.html`);
    expect(result.rendered).toContain('/vi/tin-tuc/index.html');
    expect(result.rendered).toContain('/vi/index.html');
    expect(result.reused).toContain(`/vi/tin-tuc/${slugs.kept}/index.html`);
    expect(result.reused).toContain(`/en/index.html`);
    expect(await page(result, `tin-tuc/${slugs.changed}`)).toContain(`Tin đã sửa ${slugs.changed}`);
    expect(await page(result, 'tin-tuc')).toContain(`Tin đã sửa ${slugs.changed}`);
    // A reused page is a link to the cache's copy, and rendering a page again replaces that copy
    // rather than writing into it: the earlier release (live until now) still shows the old title.
    const keptFile = (outDir: string) => join(outDir, 'vi', 'tin-tuc', slugs.kept, 'index.html');
    expect((await stat(keptFile(result.outDir))).ino).toBe((await stat(keptFile(join(cacheDir, 'dist')))).ino);
    const earlier = builds.at(-2)!;
    expect(earlier.reused).toContain(`/vi/tin-tuc/${slugs.changed}/index.html`);
    expect(await page(earlier, `tin-tuc/${slugs.changed}`)).not.toContain('Tin đã sửa');
  }, 600_000);

  it('renders every page again when the shared layout changes (an outage banner)', async () => {
    const now = Date.now();
    const title = `Bảo trì hệ thống ${now}`;
    const notice = await cms.admin.createDraft(NOTICE, 'vi', {
      title,
      outageKind: 'emergency',
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 2 * 86_400_000).toISOString(),
      affectedServices: 'Cổng tạm ngừng.',
      tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] },
    });
    await cms.admin.publish(NOTICE, notice, 'vi');
    const result = await build();
    succeeded(result);
    expect([...result.reused].filter((file) => file.startsWith('/vi/'))).toEqual([]);
    expect(await page(result, `tin-tuc/${slugs.kept}`)).toContain(title);
  }, 600_000);

  it('drops a removed item’s page; the release check still reads reused pages, catches a link to it, and the retry renders afresh', async () => {
    await cms.admin.unpublish(ARTICLE, ids.removed, 'vi');
    const result = await build();
    succeeded(result);
    expect(existsSync(join(result.outDir, 'vi', 'tin-tuc', slugs.removed))).toBe(false);
    expect(existsSync(join(cacheDir, 'dist', 'vi', 'tin-tuc', slugs.removed, 'index.html'))).toBe(false);
    expect(result.rendered).toContain('/vi/tin-tuc/index.html');
    expect(await page(result, 'tin-tuc')).not.toContain(slugs.removed);
    expect(result.reused).toContain(`/vi/tin-tuc/${slugs.kept}/index.html`);

    // A reused page that still linked to the removed one (as a page whose key missed a change
    // would) fails the release rather than going live with a broken link.
    const removedLink = `href="/tin-tuc/${slugs.removed}/"`;
    expect(await page(builds[0]!, 'tin-tuc')).toContain(removedLink);
    const cachedCopy = join(cacheDir, 'dist', 'vi', 'tin-tuc', slugs.kept, 'index.html');
    const original = await readFile(cachedCopy, 'utf8');
    // A new file, as Astro keeps a copy: writing into this one would change the releases linked to it.
    await rm(cachedCopy);
    await writeFile(cachedCopy, original.replace('</main>', `<a ${removedLink}>cũ</a></main>`));
    const stale = await build();
    expect(stale.reused).toContain(`/vi/tin-tuc/${slugs.kept}/index.html`);
    expect(stale.exitCode).not.toBe(0);
    expect(stale.log).toContain(`links to /tin-tuc/${slugs.removed}/, which the release does not serve`);

    // A refused release is not built from copies again: the retry renders every page and goes through.
    const retry = await build();
    succeeded(retry);
    expect([...retry.reused]).toEqual([]);
    expect(await page(retry, `tin-tuc/${slugs.kept}`)).not.toContain(removedLink);
  }, 600_000);

  it('gives the same release as a full build when an article is added, changed, translated or removed', async () => {
    const added = { slug: `tin-moi-${Date.now()}`, id: '' };
    const tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
    const cases: Array<[string, () => Promise<void>]> = [
      [
        'added',
        async () => {
          added.id = await cms.admin.createDraft(ARTICLE, 'vi', { title: `Tin mới ${added.slug}`, slug: added.slug, body: 'Nội dung mới.', tenant });
          await cms.admin.publish(ARTICLE, added.id, 'vi');
        },
      ],
      [
        'changed',
        async () => {
          await cms.admin.saveDraft(ARTICLE, added.id, 'vi', { title: `Tin mới đã sửa ${added.slug}` });
          await cms.admin.publish(ARTICLE, added.id, 'vi');
        },
      ],
      [
        'translated',
        async () => {
          await cms.admin.saveDraft(ARTICLE, added.id, 'en', { title: `News ${added.slug}`, slug: added.slug, body: 'New content.', tenant });
          await cms.admin.publish(ARTICLE, added.id, 'en');
        },
      ],
      ['removed', () => cms.admin.unpublish(ARTICLE, added.id, 'vi')],
    ];
    for (const [change, apply] of cases) {
      await apply();
      const incremental = await build();
      succeeded(incremental);
      const full = await fullBuild();
      succeeded(full);
      expect(incremental.reused.size, change).toBeGreaterThan(0);
      expect(full.reused.size, change).toBe(0);
      expect(await releaseTree(incremental.outDir), change).toEqual(await releaseTree(full.outDir));
    }
    const translatedBuild = builds.at(-4)!;
    expect(await page(translatedBuild, `tin-tuc/${added.slug}`, 'en')).toContain(`News ${added.slug}`);
  }, 1_800_000);
});
