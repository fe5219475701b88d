import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allowRenameAcrossFilesystems } from '../src/integrations/cross-device-rename';

// /dev/shm is a tmpfs, the temporary directory is on the root filesystem: a rename between them
// is refused with EXDEV, as between a checkout in /opt and releases on a data disk.
const OTHER_FILESYSTEM = '/dev/shm';

describe('allowRenameAcrossFilesystems', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('moves a directory to another filesystem, which a plain rename refuses', async () => {
    const from = await mkdtemp(join(OTHER_FILESYSTEM, 'staging-'));
    const out = await mkdtemp(join(tmpdir(), 'release-'));
    dirs.push(from, out);
    expect((await stat(from)).dev).not.toBe((await stat(out)).dev);
    await mkdir(join(from, '_astro'));
    await writeFile(join(from, '_astro', 'emblem.svg'), '<svg/>');
    const unpatched = await rename(join(from, '_astro'), join(out, '_astro')).catch((error: NodeJS.ErrnoException) => error.code);
    expect(unpatched).toBe('EXDEV');

    allowRenameAcrossFilesystems();
    const { promises } = await import('node:fs');
    await promises.rename(join(from, '_astro'), join(out, '_astro'));
    expect(await readFile(join(out, '_astro', 'emblem.svg'), 'utf8')).toBe('<svg/>');
    expect(existsSync(join(from, '_astro'))).toBe(false);
  });

  it('still fails on every other error', async () => {
    const { promises } = await import('node:fs');
    const missing = join(tmpdir(), 'no-such-file-for-rename');
    await expect(promises.rename(missing, `${missing}-2`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
