import type { BuildFailureView, PublishBuildView } from './publish-status.js';

/** The CMS's monitoring endpoints: health for anyone who can reach the CMS, metrics with a bearer token. */
export const PORTAL_STATUS_API = {
  /** JSON `PortalHealth`: 200 when nothing is wrong, 503 naming each problem. No content, no secrets. */
  health: '/api/portal-status/health',
  /** Prometheus text format; `Authorization: Bearer <METRICS_TOKEN or PUBLISHER_TOKEN>`. */
  metrics: '/api/portal-status/metrics',
} as const;

/** When a condition becomes a problem (and an alert). Set from the CMS's environment, see docs/operations.md. */
export interface AlertThresholds {
  buildFailingMinutes: number;
  outboxMinutes: number;
  /** A live release older than this missed its daily refresh. */
  releaseHours: number;
  diskFreePercent: number;
}

export type PortalProblem =
  /** The portal's builds have failed since `since`: visitors see an older version. */
  | { kind: 'build-failing'; tenantCode: string; since: string; seconds: number }
  /** Publishes wait unbuilt: the publisher is down, stuck, or cannot keep up. */
  | { kind: 'outbox-backlog'; tenantCodes: string[]; pendingEvents: number; oldestPendingSeconds: number }
  /** The live release was built before the daily refresh should have replaced it. */
  | { kind: 'release-stale'; tenantCode: string; liveSince: string; seconds: number }
  | { kind: 'disk-filling'; path: string; freeRatio: number };

export type PortalProblemKind = PortalProblem['kind'];
export const PORTAL_PROBLEM_KINDS: readonly PortalProblemKind[] = ['build-failing', 'outbox-backlog', 'release-stale', 'disk-filling'];

/** What the CMS sends to PORTAL_ALERT_WEBHOOK (POST, JSON) when a problem starts (`firing`) and when it is gone (`resolved`). */
export interface PortalAlert {
  state: 'firing' | 'resolved';
  key: string;
  kind: PortalProblemKind;
  /** Vietnamese, then English. */
  message: string;
  problem: PortalProblem;
  at: string;
}

/** What an alert is about: it fires when a problem with this key appears and resolves when it is gone. */
export function problemKey(problem: PortalProblem): string {
  switch (problem.kind) {
    case 'build-failing':
    case 'release-stale':
      return `${problem.kind}:${problem.tenantCode}`;
    case 'outbox-backlog':
      return problem.kind;
    case 'disk-filling':
      return `${problem.kind}:${problem.path}`;
  }
}

export interface TenantHealth {
  tenantCode: string;
  pendingEvents: number;
  oldestPendingAt: string | null;
  lastBuild: PublishBuildView | null;
  /** The portal's current run of failed builds, if any. */
  failure: BuildFailureView | null;
  /** When its last build went live; null when none ever did. */
  liveSince: string | null;
}

export interface DiskHealth {
  path: string;
  freeBytes: number;
  totalBytes: number;
  freeRatio: number;
}

/** Everything the IT status page shows. */
export interface PortalStatus {
  checkedAt: string;
  thresholds: AlertThresholds;
  tenants: TenantHealth[];
  disks: DiskHealth[];
  problems: PortalProblem[];
}

export interface PortalHealth {
  status: 'ok' | 'failing';
  checkedAt: string;
  problems: PortalProblem[];
}

function duration(seconds: number, lang: 'vi' | 'en'): string {
  const minutes = Math.floor(seconds / 60);
  const [day, hour, minute] = lang === 'vi' ? ['ngày', 'giờ', 'phút'] : ['d', 'h', 'min'];
  if (minutes < 1) return lang === 'vi' ? 'dưới 1 phút' : 'under 1 min';
  if (minutes < 60) return `${minutes} ${minute}`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} ${hour} ${minutes % 60} ${minute}`;
  return `${Math.floor(minutes / 1440)} ${day}`;
}

/** One line for the status page and alert messages; IT staff read Vietnamese first, English for vendors. */
export function describePortalProblem(problem: PortalProblem, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  switch (problem.kind) {
    case 'build-failing':
      return vi
        ? `Cổng "${problem.tenantCode}" dựng lỗi liên tục ${duration(problem.seconds, lang)}: người xem vẫn thấy phiên bản trước.`
        : `Portal "${problem.tenantCode}" has failed to build for ${duration(problem.seconds, lang)}: visitors still see the previous version.`;
    case 'outbox-backlog':
      return vi
        ? `${problem.pendingEvents} thay đổi chờ xuất bản, cũ nhất đã chờ ${duration(problem.oldestPendingSeconds, lang)} (cổng: ${problem.tenantCodes.join(', ')}): trình xuất bản ngừng hoặc quá tải.`
        : `${problem.pendingEvents} changes wait to be published, the oldest for ${duration(problem.oldestPendingSeconds, lang)} (portals: ${problem.tenantCodes.join(', ')}): the publisher is down or behind.`;
    case 'release-stale':
      return vi
        ? `Cổng "${problem.tenantCode}" không được dựng lại hằng ngày: phiên bản đang chạy đã ${duration(problem.seconds, lang)}.`
        : `Portal "${problem.tenantCode}" missed its daily refresh: the live release is ${duration(problem.seconds, lang)} old.`;
    case 'disk-filling':
      return vi
        ? `Ổ đĩa chứa ${problem.path} chỉ còn trống ${(problem.freeRatio * 100).toFixed(1)}%.`
        : `The disk holding ${problem.path} has only ${(problem.freeRatio * 100).toFixed(1)}% free.`;
  }
}
