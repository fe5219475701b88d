#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT } from './paths.js';
import { isPortFree } from './free-port.js';
import type { CrashReport } from './managed-process.js';
import { Stack } from './stack.js';

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`[stack] ${name} must be a port number`);
    process.exit(2);
  }
  return value;
}

/** PORTAL_ALERT_COMMAND runs (in a shell) on every crash of a service, told which and how by its environment. */
function alertCommand(command: string | undefined) {
  if (!command) return undefined;
  return (crash: CrashReport) => {
    const env = { ...process.env, PORTAL_ALERT_SERVICE: crash.name, PORTAL_ALERT_EXIT: crash.exit, PORTAL_ALERT_CRASHES_IN_A_ROW: String(crash.crashesInARow) };
    spawn(command, { shell: true, env, stdio: 'inherit' }).on('error', (error) => console.error(`[stack] PORTAL_ALERT_COMMAND failed: ${error.message}`));
  };
}

const command = process.argv[2] ?? 'start';
const cmsPort = port('CMS_PORT', 1337);
const portalPort = port('PORTAL_PORT', 8080);
const previewPort = port('PORTAL_PREVIEW_PORT', 8090);
if (command !== 'start') {
  console.error(`[stack] unknown command "${command}"; usage: cli.js start`);
  process.exit(2);
}

for (const [name, value] of [['CMS_PORT', cmsPort], ['PORTAL_PORT', portalPort], ['PORTAL_PREVIEW_PORT', previewPort]] as const) {
  if (!(await isPortFree(value))) {
    console.error(`[stack] port ${value} is already in use (another \`npm start\`?). Stop it, or choose another port with ${name}=…`);
    process.exit(2);
  }
}

const stack = new Stack({
  stateDir: resolve(process.env.PORTAL_STATE_DIR ?? resolve(REPO_ROOT, 'var')),
  cmsPort,
  portalPort,
  previewPort,
  withAdmin: process.env.SERVE_ADMIN_PANEL !== 'false',
  seedDemoContent: process.env.SEED_DEMO_CONTENT !== 'false',
  baseDomain: process.env.PORTAL_BASE_DOMAIN ?? 'vinhlong.localhost',
  onCrash: alertCommand(process.env.PORTAL_ALERT_COMMAND),
});


let stopping: Promise<void> | undefined;
const shutDown = () => {
  // Ctrl-C reaches this process twice (from the terminal and from the toolchain wrapper).
  stopping ??= (async () => {
    console.log('[stack] stopping…');
    await stack.stop();
    console.log('[stack] stopped');
    process.exit(0);
  })();
};
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);

try {
  await stack.start();
  console.log(`[stack] CMS admin: ${stack.cmsUrl}/admin`);
  console.log(`[stack] previews of drafts ("Xem trước" in the admin): ${stack.previewUrl}`);
  console.log('[stack] waiting for the first build of every portal…');
  const routes = await stack.waitForAllSites();
  console.log('[stack] portals:');
  for (const route of [...routes].sort((a, b) => a.tenantCode.localeCompare(b.tenantCode) || a.locale.localeCompare(b.locale))) {
    console.log(`[stack]   ${route.tenantCode.padEnd(12)} ${route.locale}  ${stack.portalUrl(route)}`);
  }
  console.log('[stack] publish in the CMS and the portal rebuilds; Ctrl-C stops everything.');
} catch (error) {
  console.error(`[stack] ${(error as Error).message}`);
  await stack.stop();
  process.exit(1);
}
