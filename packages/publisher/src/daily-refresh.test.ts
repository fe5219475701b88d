import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE } from '@portal/contract';
import { builtBeforeToday, staleSites } from './daily-refresh.js';
import { ReleaseStore } from './release-store.js';

describe('builtBeforeToday', () => {
  it('turns at midnight in Vietnam, not at midnight UTC', () => {
    // 16:59 UTC is 23:59 in Vietnam; 17:01 UTC is already the next day there.
    expect(builtBeforeToday('2026-11-24T16:59:00Z', new Date('2026-11-24T17:01:00Z'))).toBe(true);
    expect(builtBeforeToday('2026-11-24T17:01:00Z', new Date('2026-11-24T23:59:00Z'))).toBe(false);
  });

  it('treats an unreadable build time as out of date', () => {
    expect(builtBeforeToday('yesterday', new Date())).toBe(true);
  });
});

describe('staleSites', () => {
  let sitesDir: string | undefined;
  afterEach(async () => sitesDir && rm(sitesDir, { recursive: true, force: true }));

  async function liveRelease(releases: ReleaseStore, tenantCode: string, builtAt: string): Promise<void> {
    const release = await releases.prepare(tenantCode);
    await mkdir(release.dir, { recursive: true });
    const site = { locale: 'vi', host: `${tenantCode}.example.test`, pathPrefix: '/', name: tenantCode };
    await writeFile(join(release.dir, RELEASE_MANIFEST_FILE), JSON.stringify({ tenantCode, builtAt, sites: [site] }));
    await mkdir(join(release.dir, 'vi'), { recursive: true });
    await writeFile(join(release.dir, 'vi', 'index.html'), 'home');
    await releases.activate(tenantCode, release);
  }

  it('lists live portals built on an earlier Vietnamese day, and skips those without a release', async () => {
    sitesDir = await mkdtemp(join(tmpdir(), 'refresh-'));
    const releases = new ReleaseStore(sitesDir);
    await liveRelease(releases, 'snv', '2026-11-24T10:00:00Z');
    await liveRelease(releases, 'chauthanh', '2026-11-25T01:00:00Z');
    const now = new Date('2026-11-25T03:00:00Z');
    expect(await staleSites(['snv', 'chauthanh', 'khong-co'], releases, now)).toEqual([{ tenantCode: 'snv', reason: 'its live release was built on an earlier day' }]);
  });

  it('lists a live release damaged on disk, whenever it was built: a truncated manifest, a missing home page', async () => {
    sitesDir = await mkdtemp(join(tmpdir(), 'refresh-'));
    const releases = new ReleaseStore(sitesDir);
    const now = new Date('2026-11-25T03:00:00Z');
    for (const code of ['snv', 'chauthanh', 'vinhlong']) await liveRelease(releases, code, '2026-11-25T01:00:00Z');
    await writeFile(join(releases.currentLink('snv'), RELEASE_MANIFEST_FILE), '{"tenantCode":"sn');
    await rm(join(releases.currentLink('chauthanh'), 'vi', 'index.html'));
    expect(await staleSites(['snv', 'chauthanh', 'vinhlong'], releases, now)).toEqual([
      { tenantCode: 'snv', reason: `live release has no valid ${RELEASE_MANIFEST_FILE}; rebuilding it` },
      { tenantCode: 'chauthanh', reason: 'live release lacks vi/index.html; rebuilding it' },
    ]);
  });
});
