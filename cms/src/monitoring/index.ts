import type { Core } from '@strapi/strapi';
import type { PortalStatus } from '@portal/contract';
import { addAdminRoutes, refuseRequest } from '../admin-routes';
import { isProvincialAdmin } from '../tenancy/membership';
import { AlertTracker, deliverAlert } from './alerts';
import { metricsToken } from './metrics-credentials';
import { portalStatus } from './status';
import { alertThresholds } from './thresholds';

export { prometheusMetrics } from './metrics';
export { isMetricsReader } from './metrics-credentials';

const DEFAULT_CHECK_SECONDS = 60;

/** The status now, by the thresholds the environment sets. */
export const currentPortalStatus = (strapi: Core.Strapi): Promise<PortalStatus> => portalStatus(strapi, alertThresholds());

function checkSeconds(): number {
  const raw = process.env.PORTAL_ALERT_CHECK_SECONDS?.trim();
  const seconds = raw ? Number(raw) : DEFAULT_CHECK_SECONDS;
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error(`PORTAL_ALERT_CHECK_SECONDS must be a number of 1 or more (got "${raw}")`);
  return seconds;
}

/**
 * Checks the monitoring settings at start (a typo must not silence alerts until 2 a.m.) and adds
 * `GET /admin/monitoring/status`: the data of the IT status page (at `/admin/portal-status`), for the provincial administrator only.
 */
export function registerMonitoring(strapi: Core.Strapi): void {
  alertThresholds();
  checkSeconds();
  metricsToken();
  addAdminRoutes(strapi, 'portal-status', [
    {
      method: 'GET',
      path: '/monitoring/status',
      handler: async (ctx) => {
        if (!isProvincialAdmin(ctx.state.user)) {
          refuseRequest('forbidden', 'Chỉ quản trị viên cấp tỉnh xem được tình trạng hệ thống.', 'Only the provincial administrator sees the system status.');
        }
        ctx.body = { data: await currentPortalStatus(strapi) };
      },
    },
  ]);
}

let alerting: { timer: NodeJS.Timeout } | undefined;

/**
 * Every PORTAL_ALERT_CHECK_SECONDS, turns new and vanished problems into alerts through
 * PORTAL_ALERT_COMMAND and/or PORTAL_ALERT_WEBHOOK. Without either, nothing runs.
 */
export function startAlerting(strapi: Core.Strapi): void {
  const channels = {
    command: process.env.PORTAL_ALERT_COMMAND?.trim() || undefined,
    webhook: process.env.PORTAL_ALERT_WEBHOOK?.trim() || undefined,
    log: (message: string) => strapi.log.error(`[monitoring] ${message}`),
  };
  if (!channels.command && !channels.webhook) {
    strapi.log.info('[monitoring] no PORTAL_ALERT_COMMAND or PORTAL_ALERT_WEBHOOK: alerts are off');
    return;
  }
  const tracker = new AlertTracker();
  let checking = false;
  const check = async () => {
    if (checking) return; // a slow database must not pile checks up
    checking = true;
    try {
      const status = await currentPortalStatus(strapi);
      for (const alert of tracker.changes(status.problems, new Date(status.checkedAt))) {
        strapi.log.warn(`[monitoring] ${alert.state}: ${alert.message}`);
        await deliverAlert(alert, channels);
      }
    } catch (error) {
      strapi.log.error(`[monitoring] status check failed: ${(error as Error).message}`);
    } finally {
      checking = false;
    }
  };
  alerting = { timer: setInterval(check, checkSeconds() * 1000) };
  void check();
}

export function stopAlerting(): void {
  if (alerting) clearInterval(alerting.timer);
  alerting = undefined;
}
