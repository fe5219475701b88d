import type { AlertThresholds } from '@portal/contract';

const DEFAULTS: Record<keyof AlertThresholds, { variable: string; value: number }> = {
  buildFailingMinutes: { variable: 'PORTAL_ALERT_BUILD_FAILING_MINUTES', value: 30 },
  outboxMinutes: { variable: 'PORTAL_ALERT_OUTBOX_MINUTES', value: 15 },
  // A portal is rebuilt once a day (publisher's daily refresh); two hours of slack for a busy night.
  releaseHours: { variable: 'PORTAL_ALERT_RELEASE_HOURS', value: 26 },
  diskFreePercent: { variable: 'PORTAL_ALERT_DISK_FREE_PERCENT', value: 10 },
};

/** The thresholds from the environment; a value that is not a number of zero or more stops the CMS at start, naming the variable. */
export function alertThresholds(env: NodeJS.ProcessEnv = process.env): AlertThresholds {
  const thresholds = {} as AlertThresholds;
  for (const [key, { variable, value }] of Object.entries(DEFAULTS) as Array<[keyof AlertThresholds, { variable: string; value: number }]>) {
    const raw = env[variable]?.trim();
    const parsed = raw ? Number(raw) : value;
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${variable} must be a number of zero or more (got "${raw}")`);
    thresholds[key] = parsed;
  }
  return thresholds;
}
