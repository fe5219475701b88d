import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST_FILE } from '@portal/contract';
import { BuildFailedError, buildTenant } from './tenant-builder.js';

async function request() {
  const dir = await mkdtemp(join(tmpdir(), 'builder-'));
  return { tenantCode: 'snv', outDir: dir, cacheDir: join(dir, '.cache'), logFile: join(dir, 'logs', 'build.log') };
}

const shell = (script: string, timeoutMs = 10_000) => ({ argv: ['sh', '-c', script], cwd: tmpdir(), env: {}, timeoutMs });
const manifest = JSON.stringify({ tenantCode: 'snv', builtAt: new Date().toISOString(), sites: [{ locale: 'vi', host: 'snv.localhost', pathPrefix: '/', name: 'Sở Nội vụ' }] });

describe('buildTenant', () => {
  it('passes the tenant and output directory to the build and accepts a valid manifest', async () => {
    const req = await request();
    await buildTenant(shell(`echo building $PORTAL_TENANT; printf '%s' '${manifest}' > "$PORTAL_OUT_DIR/${RELEASE_MANIFEST_FILE}"`), req);
    expect(await readFile(req.logFile, 'utf8')).toContain('building snv');
  });

  it('fails with the log when the build exits non-zero', async () => {
    const req = await request();
    const failure = buildTenant(shell('echo "GraphQL error: boom" >&2; exit 3'), req);
    await expect(failure).rejects.toThrow(BuildFailedError);
    await expect(failure).rejects.toThrow(/exited with code 3/);
    expect(await readFile(req.logFile, 'utf8')).toContain('GraphQL error: boom');
  });

  it('fails when the build claims success but wrote no manifest', async () => {
    await expect(buildTenant(shell('exit 0'), await request())).rejects.toThrow(/no valid portal-release.json/);
  });

  it('kills a hung build and everything it started', async () => {
    const req = await request();
    const started = Date.now();
    await expect(buildTenant(shell('sleep 30 & sleep 30', 300), req)).rejects.toThrow(/timed out/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
