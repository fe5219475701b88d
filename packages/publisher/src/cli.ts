#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { BuildQueue } from './build-queue.js';
import { InProcessBuildQueue } from './in-process-queue.js';
import { OutboxClient } from './outbox-client.js';
import { PgBossBuildQueue, queueDatabaseUrl } from './pg-boss-queue.js';
import { Publisher } from './publisher.js';
import { ReleaseStore } from './release-store.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`[publisher] ${name} must be set`);
    process.exit(2);
  }
  return value;
}

function numberSetting(name: string, fallback: number, description: string, isValid: (value: number) => boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!isValid(value)) {
    console.error(`[publisher] ${name} must be ${description}, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

const milliseconds = (name: string, fallback: number) =>
  numberSetting(name, fallback, 'a number of milliseconds', (value) => Number.isFinite(value) && value >= 0);
const wholeNumber = (name: string, fallback: number, minimum: number) =>
  numberSetting(name, fallback, `a whole number of at least ${minimum}`, (value) => Number.isInteger(value) && value >= minimum);

const defaultSiteDir = resolve(fileURLToPath(import.meta.url), '../../../../site');
const siteDir = process.env.PORTAL_SITE_DIR ?? defaultSiteDir;
const cmsUrl = required('CMS_URL');
const token = required('PUBLISHER_TOKEN');
// An operator can wrap the build (nice, memory limits) by giving a shell command instead.
const customCommand = process.env.PUBLISHER_BUILD_COMMAND;
const buildTimeoutMs = milliseconds('PUBLISHER_BUILD_TIMEOUT_MS', 15 * 60_000);
const pollIntervalMs = milliseconds('PUBLISHER_POLL_MS', 1_000);
const retryInitialMs = milliseconds('PUBLISHER_RETRY_INITIAL_MS', 2_000);
const retryMaxMs = milliseconds('PUBLISHER_RETRY_MAX_MS', 5 * 60_000);

/**
 * On PostgreSQL (production) builds are jobs of pg-boss in the CMS's database, so publishers on
 * several machines share them; the SQLite default builds in this process with no extra service.
 */
function buildQueue(): BuildQueue {
  const kind = process.env.PUBLISHER_QUEUE || (process.env.DATABASE_CLIENT === 'postgres' ? 'pg-boss' : 'in-process');
  const workers = wholeNumber('PUBLISHER_WORKERS', 1, 1);
  if (kind === 'in-process') {
    if (workers > 1) {
      console.error('[publisher] PUBLISHER_WORKERS above 1 needs the pg-boss queue (PUBLISHER_QUEUE=pg-boss, on PostgreSQL)');
      process.exit(2);
    }
    return new InProcessBuildQueue();
  }
  if (kind !== 'pg-boss') {
    console.error(`[publisher] PUBLISHER_QUEUE must be "in-process" or "pg-boss", not "${kind}"`);
    process.exit(2);
  }
  const connectionString = queueDatabaseUrl(process.env);
  if (!connectionString) {
    console.error('[publisher] the pg-boss queue needs PUBLISHER_QUEUE_DATABASE_URL or DATABASE_URL (the CMS database)');
    process.exit(2);
  }
  return new PgBossBuildQueue({
    connectionString,
    workers,
    retryLimit: wholeNumber('PUBLISHER_RETRY_LIMIT', 10, 0),
    retryInitialMs,
    retryMaxMs,
    heartbeatSeconds: wholeNumber('PUBLISHER_HEARTBEAT_SECONDS', 30, 10),
    // A build is killed at its timeout; claiming and reporting get two more minutes.
    expireInSeconds: Math.ceil(buildTimeoutMs / 1000) + 120,
    pollingIntervalSeconds: Math.max(0.5, pollIntervalMs / 1000),
    monitorIntervalSeconds: wholeNumber('PUBLISHER_QUEUE_MONITOR_SECONDS', 15, 1),
    log: (message) => console.log(`[publisher] ${message}`),
  });
}

const publisher = new Publisher({
  client: new OutboxClient({ cmsUrl, token }),
  releases: new ReleaseStore(required('PORTAL_SITES_DIR')),
  stateDir: required('PUBLISHER_STATE_DIR'),
  buildCommand: {
    argv: customCommand ? ['sh', '-c', customCommand] : [process.execPath, join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    cwd: siteDir,
    env: { CMS_URL: cmsUrl, CMS_TOKEN: token },
    timeoutMs: buildTimeoutMs,
  },
  scheduler: {
    quietMs: milliseconds('PUBLISHER_QUIET_MS', 1_000),
    maxWaitMs: milliseconds('PUBLISHER_MAX_WAIT_MS', 10_000),
    retryInitialMs,
    retryMaxMs,
  },
  pollIntervalMs,
  keepReleases: wholeNumber('PUBLISHER_KEEP_RELEASES', 3, 1),
  keepLogs: wholeNumber('PUBLISHER_KEEP_LOGS', 100, 1),
  refreshCheckMs: milliseconds('PUBLISHER_REFRESH_CHECK_MS', 60_000),
  queue: buildQueue(),
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('[publisher] stopping');
    void publisher.stop().then(() => process.exit(0));
  });
}
publisher.start().catch((error) => {
  console.error('[publisher] stopped on an unexpected error:', error);
  process.exit(1);
});
