import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deletes a tenant's oldest build logs beyond the newest `keep`, so the logs directory stays
 * bounded however often a portal is published. Log files are named by release id, and release
 * ids sort in creation order. Returns how many were deleted.
 */
export async function pruneBuildLogs(tenantLogDir: string, keep: number): Promise<number> {
  const logs = (await readdir(tenantLogDir).catch(() => [] as string[])).filter((name) => name.endsWith('.log')).sort();
  const old = logs.slice(0, Math.max(0, logs.length - keep));
  await Promise.all(old.map((name) => rm(join(tenantLogDir, name), { force: true })));
  return old.length;
}
