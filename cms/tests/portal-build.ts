import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@portal/stack';
import type { CmsUnderTest } from './cms-under-test';

const SITE_DIR = join(REPO_ROOT, 'site');

export interface PortalBuild {
  exitCode: number | null;
  log: string;
  outDir: string;
}

/** One build of a tenant into a fresh release directory, as the publisher runs it, on `cacheDir` (kept between builds). */
export async function buildPortal(cms: CmsUnderTest, tenantCode: string, cacheDir: string): Promise<PortalBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'portal-release-'));
  let log = '';
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [join(SITE_DIR, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        CMS_URL: cms.stack.cmsUrl,
        CMS_TOKEN: cms.stack.secrets.PUBLISHER_TOKEN,
        PORTAL_TENANT: tenantCode,
        PORTAL_OUT_DIR: outDir,
        PORTAL_CACHE_DIR: cacheDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { exitCode, log, outDir };
}
