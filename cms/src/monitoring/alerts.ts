import { spawn } from 'node:child_process';
import { describePortalProblem, problemKey, type PortalAlert, type PortalProblem } from '@portal/contract';

export interface AlertChannels {
  /** PORTAL_ALERT_COMMAND: the shell command the supervisor also runs on crashes. */
  command?: string;
  /** PORTAL_ALERT_WEBHOOK: receives each alert as JSON. */
  webhook?: string;
  log: (message: string) => void;
}

const WEBHOOK_TIMEOUT_MS = 10_000;
const COMMAND_TIMEOUT_MS = 60_000;

function runCommand(command: string, alert: PortalAlert, log: AlertChannels['log']): Promise<void> {
  const env = {
    ...process.env,
    PORTAL_ALERT_SERVICE: 'portal-cms',
    PORTAL_ALERT_STATE: alert.state,
    PORTAL_ALERT_KIND: alert.kind,
    PORTAL_ALERT_KEY: alert.key,
    PORTAL_ALERT_MESSAGE: alert.message,
  };
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env, stdio: 'ignore', timeout: COMMAND_TIMEOUT_MS });
    child.on('error', (error) => {
      log(`PORTAL_ALERT_COMMAND failed for ${alert.key}: ${error.message}`);
      resolve();
    });
    child.on('exit', (code, signal) => {
      if (code !== 0) log(`PORTAL_ALERT_COMMAND exited with ${signal ?? code} for ${alert.key}`);
      resolve();
    });
  });
}

async function postWebhook(url: string, alert: PortalAlert, log: AlertChannels['log']): Promise<void> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alert),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (!response.ok) log(`PORTAL_ALERT_WEBHOOK answered ${response.status} for ${alert.key}`);
  } catch (error) {
    log(`PORTAL_ALERT_WEBHOOK unreachable for ${alert.key}: ${(error as Error).message}`);
  }
}

/** Sends an alert on every configured channel; a channel that fails is logged, never thrown. */
export async function deliverAlert(alert: PortalAlert, channels: AlertChannels): Promise<void> {
  await Promise.all([
    channels.command ? runCommand(channels.command, alert, channels.log) : undefined,
    channels.webhook ? postWebhook(channels.webhook, alert, channels.log) : undefined,
  ]);
}

function alertOf(state: PortalAlert['state'], problem: PortalProblem, at: Date): PortalAlert {
  const message = `${describePortalProblem(problem, 'vi')} / ${describePortalProblem(problem, 'en')}`;
  return { state, key: problemKey(problem), kind: problem.kind, message: state === 'resolved' ? `Đã hết / Resolved: ${message}` : message, problem, at: at.toISOString() };
}

/**
 * Turns successive lists of problems into alerts: one when a problem appears, one when it is
 * gone. Remembers in memory only, so after a restart a problem still present alerts once more.
 */
export class AlertTracker {
  readonly #firing = new Map<string, PortalProblem>();

  changes(problems: readonly PortalProblem[], at: Date): PortalAlert[] {
    const current = new Map(problems.map((problem) => [problemKey(problem), problem]));
    const alerts: PortalAlert[] = [];
    for (const [key, problem] of current) {
      if (!this.#firing.has(key)) alerts.push(alertOf('firing', problem, at));
    }
    for (const [key, problem] of this.#firing) {
      if (!current.has(key)) alerts.push(alertOf('resolved', problem, at));
    }
    this.#firing.clear();
    for (const [key, problem] of current) this.#firing.set(key, problem);
    return alerts;
  }
}
