import { statfs } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { AlertThresholds, DiskHealth, PortalProblem, PortalStatus, TenantHealth } from '@portal/contract';
import { TENANT_UID } from '../content-model';

const secondsBetween = (since: string, now: Date) => Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 1000));

/** The disks the platform fills: the CMS's uploads and, on a single-machine install, the portals' releases. */
async function diskHealth(strapi: Core.Strapi): Promise<DiskHealth[]> {
  const paths = [strapi.dirs.static.public, process.env.PORTAL_SITES_DIR].filter((path): path is string => Boolean(path));
  const disks: DiskHealth[] = [];
  for (const path of paths) {
    try {
      const { bavail, blocks, bsize } = await statfs(path);
      disks.push({ path, freeBytes: bavail * bsize, totalBytes: blocks * bsize, freeRatio: blocks > 0 ? bavail / blocks : 0 });
    } catch (error) {
      strapi.log.warn(`[monitoring] cannot read the free space of ${path}: ${(error as Error).message}`);
    }
  }
  return disks;
}

function problemsOf(tenants: readonly TenantHealth[], disks: readonly DiskHealth[], thresholds: AlertThresholds, now: Date): PortalProblem[] {
  const problems: PortalProblem[] = [];
  for (const tenant of tenants) {
    if (tenant.failure && secondsBetween(tenant.failure.since, now) >= thresholds.buildFailingMinutes * 60) {
      problems.push({ kind: 'build-failing', tenantCode: tenant.tenantCode, since: tenant.failure.since, seconds: secondsBetween(tenant.failure.since, now) });
    }
  }
  const backedUp = tenants.filter((tenant) => tenant.oldestPendingAt && secondsBetween(tenant.oldestPendingAt, now) >= thresholds.outboxMinutes * 60);
  if (backedUp.length > 0) {
    problems.push({
      kind: 'outbox-backlog',
      tenantCodes: backedUp.map((tenant) => tenant.tenantCode),
      pendingEvents: backedUp.reduce((sum, tenant) => sum + tenant.pendingEvents, 0),
      oldestPendingSeconds: Math.max(...backedUp.map((tenant) => secondsBetween(tenant.oldestPendingAt!, now))),
    });
  }
  for (const tenant of tenants) {
    if (tenant.liveSince && secondsBetween(tenant.liveSince, now) >= thresholds.releaseHours * 3600) {
      problems.push({ kind: 'release-stale', tenantCode: tenant.tenantCode, liveSince: tenant.liveSince, seconds: secondsBetween(tenant.liveSince, now) });
    }
  }
  for (const disk of disks) {
    if (disk.freeRatio * 100 < thresholds.diskFreePercent) problems.push({ kind: 'disk-filling', path: disk.path, freeRatio: disk.freeRatio });
  }
  return problems;
}

/**
 * The platform as IT staff need it at 2 a.m.: per portal the outbox and the builds, the disks,
 * and what is wrong by the thresholds. Portals that no longer exist count only while events wait for them.
 */
export async function portalStatus(strapi: Core.Strapi, thresholds: AlertThresholds, now = new Date()): Promise<PortalStatus> {
  const [tenantRows, backlog, builds, disks] = await Promise.all([
    strapi.db.query(TENANT_UID).findMany({ select: ['code'], orderBy: { code: 'asc' } }) as Promise<Array<{ code: string }>>,
    (strapi.service('api::publish-event.publish-event') as any).backlog() as Promise<Array<{ tenantCode: string; pendingEvents: number; oldestPendingAt: string }>>,
    (strapi.service('api::publish-build.publish-build') as any).overview() as Promise<Array<Omit<TenantHealth, 'pendingEvents' | 'oldestPendingAt'>>>,
    diskHealth(strapi),
  ]);
  const codes = [...new Set([...tenantRows.map((row) => row.code), ...backlog.map((row) => row.tenantCode)])].sort();
  const pendingByTenant = new Map(backlog.map((row) => [row.tenantCode, row]));
  const buildsByTenant = new Map(builds.map((row) => [row.tenantCode, row]));
  const tenants = codes.map((tenantCode): TenantHealth => {
    const pending = pendingByTenant.get(tenantCode);
    const built = buildsByTenant.get(tenantCode);
    return {
      tenantCode,
      pendingEvents: pending?.pendingEvents ?? 0,
      oldestPendingAt: pending?.oldestPendingAt ?? null,
      lastBuild: built?.lastBuild ?? null,
      failure: built?.failure ?? null,
      liveSince: built?.liveSince ?? null,
    };
  });
  return { checkedAt: now.toISOString(), thresholds, tenants, disks, problems: problemsOf(tenants, disks, thresholds, now) };
}
