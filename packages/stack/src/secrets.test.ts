import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passwordProblems } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateSecrets } from './secrets.js';

describe('loadOrCreateSecrets', () => {
  let dir: string | undefined;
  afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

  it('generates an admin password that the CMS password policy accepts, every time', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-'));
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { secrets } = await loadOrCreateSecrets(join(dir, `s${attempt}.json`), {});
      expect(passwordProblems(secrets.ADMIN_PASSWORD, { email: secrets.ADMIN_EMAIL, firstname: 'Quản trị', lastname: 'Hệ thống' })).toEqual([]);
    }
  });

  it('keeps the secrets of the first start, private to the owner, and lets the environment win', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-'));
    const file = join(dir, 'secrets.json');
    const first = await loadOrCreateSecrets(file, {});
    const second = await loadOrCreateSecrets(file, { ADMIN_EMAIL: 'it@vinhlong.gov.vn' });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.secrets).toEqual({ ...first.secrets, ADMIN_EMAIL: 'it@vinhlong.gov.vn' });
    expect(JSON.parse(await readFile(file, 'utf8')).ADMIN_EMAIL).toBe('admin@portal.example');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
