import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneBuildLogs } from './build-logs.js';

describe('pruneBuildLogs', () => {
  let dir: string | undefined;
  afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

  it('keeps the newest logs by release id and deletes the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'build-logs-'));
    const ids = ['20261207T101010000Z-0003-aaaa', '20261207T090000000Z-0001-bbbb', '20261207T093000000Z-0002-cccc'];
    for (const id of ids) await writeFile(join(dir, `${id}.log`), id);
    expect(await pruneBuildLogs(dir, 2)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['20261207T093000000Z-0002-cccc.log', '20261207T101010000Z-0003-aaaa.log']);
    expect(await pruneBuildLogs(dir, 2)).toBe(0);
  });

  it('does nothing for a tenant without logs', async () => {
    expect(await pruneBuildLogs(join(tmpdir(), 'no-such-tenant-logs'), 5)).toBe(0);
  });
});
