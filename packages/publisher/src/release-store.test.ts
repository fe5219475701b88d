import { mkdtemp, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReleaseStore } from './release-store.js';

async function storeWithRelease(content: string) {
  const store = new ReleaseStore(await mkdtemp(join(tmpdir(), 'releases-')));
  const release = await store.prepare('snv');
  await writeFile(join(release.dir, 'index.html'), content);
  return { store, release };
}

describe('ReleaseStore', () => {
  it('serves nothing from a build until it is activated, then switches the current link', async () => {
    const { store, release } = await storeWithRelease('one');
    expect(await store.currentId('snv')).toBeUndefined();
    await store.activate('snv', release);
    expect(await store.currentId('snv')).toBe(release.id);
    expect(await readFile(join(store.currentLink('snv'), 'index.html'), 'utf8')).toBe('one');
    expect(await readlink(store.currentLink('snv'))).toBe(join('releases', release.id));
  });

  it('keeps the live release when a later build is discarded', async () => {
    const { store, release } = await storeWithRelease('one');
    await store.activate('snv', release);
    const failed = await store.prepare('snv');
    await writeFile(join(failed.dir, 'index.html'), 'half');
    await store.discard(failed);
    expect(await readFile(join(store.currentLink('snv'), 'index.html'), 'utf8')).toBe('one');
  });

  it('prunes old releases but never the live one', async () => {
    const { store, release } = await storeWithRelease('one');
    await store.activate('snv', release);
    const ids = [release.id];
    for (let n = 0; n < 4; n += 1) {
      const next = await store.prepare('snv');
      await store.activate('snv', next);
      ids.push(next.id);
    }
    await store.prune('snv', 2);
    expect((await readdir(join(store.tenantDir('snv'), 'releases'))).sort()).toEqual(ids.slice(-2).sort());
  });

  it('removes the partial build a crash left behind when the tenant is built next', async () => {
    const { store, release } = await storeWithRelease('one');
    await store.activate('snv', release);
    const crashed = await store.prepare('snv');
    await mkdir(join(crashed.dir, 'vi'), { recursive: true });
    const next = await store.prepare('snv');
    expect((await readdir(join(store.tenantDir('snv'), 'releases'))).sort()).toEqual([release.id, `${next.id}.partial`].sort());
  });

  it('takes a deleted tenant offline', async () => {
    const { store, release } = await storeWithRelease('one');
    await store.activate('snv', release);
    await store.takeDown('snv');
    expect(await store.currentId('snv')).toBeUndefined();
  });
});
