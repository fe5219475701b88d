#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { OutboxClient } from './outbox-client.js';
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

function milliseconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`[publisher] ${name} must be a number of milliseconds, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

const defaultSiteDir = resolve(fileURLToPath(import.meta.url), '../../../../site');
const siteDir = process.env.PORTAL_SITE_DIR ?? defaultSiteDir;
const cmsUrl = required('CMS_URL');
const token = required('PUBLISHER_TOKEN');
// An operator can wrap the build (nice, memory limits) by giving a shell command instead.
const customCommand = process.env.PUBLISHER_BUILD_COMMAND;

const publisher = new Publisher({
  client: new OutboxClient({ cmsUrl, token }),
  releases: new ReleaseStore(required('PORTAL_SITES_DIR')),
  stateDir: required('PUBLISHER_STATE_DIR'),
  buildCommand: {
    argv: customCommand ? ['sh', '-c', customCommand] : [process.execPath, join(siteDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    cwd: siteDir,
    env: { CMS_URL: cmsUrl, CMS_TOKEN: token },
    timeoutMs: milliseconds('PUBLISHER_BUILD_TIMEOUT_MS', 15 * 60_000),
  },
  scheduler: {
    quietMs: milliseconds('PUBLISHER_QUIET_MS', 1_000),
    maxWaitMs: milliseconds('PUBLISHER_MAX_WAIT_MS', 10_000),
    retryInitialMs: milliseconds('PUBLISHER_RETRY_INITIAL_MS', 2_000),
    retryMaxMs: milliseconds('PUBLISHER_RETRY_MAX_MS', 5 * 60_000),
  },
  pollIntervalMs: milliseconds('PUBLISHER_POLL_MS', 1_000),
  keepReleases: milliseconds('PUBLISHER_KEEP_RELEASES', 3),
  keepLogs: milliseconds('PUBLISHER_KEEP_LOGS', 100),
  refreshCheckMs: milliseconds('PUBLISHER_REFRESH_CHECK_MS', 60_000),
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
