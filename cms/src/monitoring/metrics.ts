import { PORTAL_PROBLEM_KINDS, type PortalStatus } from '@portal/contract';

type Labels = Record<string, string>;

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const sample = (name: string, labels: Labels, value: number) =>
  `${name}{${Object.entries(labels).map(([key, label]) => `${key}="${escapeLabel(label)}"`).join(',')}} ${value}`;

function gauge(name: string, help: string, samples: Array<[Labels, number]>): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples.map(([labels, value]) => sample(name, labels, value))];
}

const secondsSince = (since: string, now: number) => Math.max(0, Math.floor((now - Date.parse(since)) / 1000));

/** The status in Prometheus's text exposition format (version 0.0.4). */
export function prometheusMetrics(status: PortalStatus): string {
  const now = Date.parse(status.checkedAt);
  const perTenant = (value: (tenant: PortalStatus['tenants'][number]) => number | undefined): Array<[Labels, number]> =>
    status.tenants.flatMap((tenant) => {
      const measured = value(tenant);
      return measured === undefined ? [] : [[{ tenant: tenant.tenantCode }, measured]];
    });
  return [
    ...gauge('portal_outbox_pending_events', 'Published changes of the portal waiting for a build.', perTenant((tenant) => tenant.pendingEvents)),
    ...gauge('portal_outbox_oldest_pending_seconds', 'Age of the portal\'s oldest change waiting for a build (0 when none waits).', perTenant((tenant) => (tenant.oldestPendingAt ? secondsSince(tenant.oldestPendingAt, now) : 0))),
    ...gauge('portal_build_failing_seconds', 'How long the portal\'s builds have been failing (absent when its latest finished build went live).', perTenant((tenant) => (tenant.failure ? secondsSince(tenant.failure.since, now) : undefined))),
    ...gauge('portal_release_age_seconds', 'Age of the portal\'s live release (absent when none is live).', perTenant((tenant) => (tenant.liveSince ? secondsSince(tenant.liveSince, now) : undefined))),
    ...gauge('portal_disk_free_ratio', 'Free share (0 to 1) of the disk holding the path.', status.disks.map((disk) => [{ path: disk.path }, Number(disk.freeRatio.toFixed(4))])),
    ...gauge('portal_problems', 'Problems by kind, as on the health endpoint and in alerts.', PORTAL_PROBLEM_KINDS.map((kind) => [{ kind }, status.problems.filter((problem) => problem.kind === kind).length])),
    '',
  ].join('\n');
}
