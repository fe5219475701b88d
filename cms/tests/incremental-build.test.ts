import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
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

  /** One build of the tenant, as the publisher runs it, on a cache kept between builds. */
  async function build(): Promise<Build> {
    const built = await buildPortal(cms, TENANT, cacheDir);
    const result = { ...built, ...generatedFiles(built.log) };
    builds.push(result);
    return result;
  }
  afterAll(async () => {
    await Promise.all([cacheDir, ...builds.map((result) => result.outDir)].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const succeeded = (result: Build) => expect(result.exitCode, result.log.slice(-4000)).toBe(0);
  const page = (result: Build, path: string) => readFile(join(result.outDir, 'vi', path, 'index.html'), 'utf8');

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
});
