#!/usr/bin/env node
// `pnpm seed:scale --tenants N --docs M`: adds N synthetic portals (communes unless --kind says
// otherwise) and M trilingual documents (legal documents and news) to an installation; with
// `--into CODE` instead of --tenants, adds the documents to that existing portal, as a bulk import
// would. It loads the CMS in this process on the installation's database; the outbox records
// every publish, so a running publisher rebuilds the portals.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TENANT_KINDS, type TenantKind } from '@portal/contract';
import { installationCmsEnv, loadCmsInProcess } from './in-process-cms.js';
import { REPO_ROOT } from './paths.js';
import { seedScale, type ScalePortals } from './scale-seeder.js';

const USAGE = `usage: pnpm seed:scale --tenants N --docs M [--kind KIND]
       pnpm seed:scale --into CODE --docs M
  --tenants N   synthetic portals to add (1–500)
  --kind KIND   what they are: ${TENANT_KINDS.join(', ')} (default commune)
  --into CODE   add the documents to this existing portal instead
  --docs M      documents to add over them, 7 in 10 legal documents, the rest news, each in vi, en, km (1–1000000)
The target is the installation in PORTAL_STATE_DIR (default var/), or the PostgreSQL database
named by DATABASE_CLIENT=postgres and DATABASE_URL / DATABASE_HOST… with that installation's secrets.`;

function fail(message: string, code = 2): never {
  console.error(`[seed:scale] ${message}`);
  process.exit(code);
}

function count(value: string | undefined, name: string, max: number): number {
  if (value === undefined) fail(`--${name} is required\n${USAGE}`);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) fail(`--${name} must be a whole number from 1 to ${max}, not "${value}"\n${USAGE}`);
  return number;
}

function portalsOf(args: { tenants?: string; kind?: string; into?: string }): ScalePortals {
  if (args.into !== undefined) {
    if (args.tenants !== undefined || args.kind !== undefined) fail(`--into adds to one existing portal: it takes neither --tenants nor --kind\n${USAGE}`);
    return { into: args.into };
  }
  const kind = args.kind ?? 'commune';
  if (!(TENANT_KINDS as readonly string[]).includes(kind)) fail(`--kind must be one of ${TENANT_KINDS.join(', ')}, not "${kind}"\n${USAGE}`);
  return { add: count(args.tenants, 'tenants', 500), kind: kind as TenantKind };
}

let args: { tenants?: string; docs?: string; kind?: string; into?: string };
try {
  args = parseArgs({ options: { tenants: { type: 'string' }, docs: { type: 'string' }, kind: { type: 'string' }, into: { type: 'string' } }, strict: true }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const portals = portalsOf(args);
const documents = count(args.docs, 'docs', 1_000_000);

const stateDir = resolve(process.env.PORTAL_STATE_DIR ?? join(REPO_ROOT, 'var'));
const secretsFile = join(stateDir, 'secrets.json');
if (!existsSync(secretsFile)) {
  fail(`no installation in ${stateDir}: start one with \`npm start\` first (it creates the database and secrets), or set PORTAL_STATE_DIR`, 1);
}
const postgres = process.env.DATABASE_CLIENT === 'postgres';
if (!postgres && !existsSync(join(stateDir, 'cms', 'data.db'))) fail(`${stateDir} has no CMS database yet: run \`npm start\` once first`, 1);

const cmsUrl = `http://127.0.0.1:${process.env.CMS_PORT ?? 1337}`;
const running = await fetch(`${cmsUrl}/_health`).then((response) => response.ok, () => false);
console.log(`[seed:scale] writing to ${postgres ? 'PostgreSQL (DATABASE_* environment)' : join(stateDir, 'cms', 'data.db')}`);
console.log(
  running
    ? `[seed:scale] the CMS at ${cmsUrl} is running: its publisher will rebuild the portals as the events arrive`
    : `[seed:scale] no CMS answers at ${cmsUrl}: the portals are built when the installation next starts`,
);

const cms = await loadCmsInProcess(installationCmsEnv(stateDir, JSON.parse(readFileSync(secretsFile, 'utf8'))));
try {
  const result = await seedScale(cms, {
    portals,
    documents,
    baseDomain: process.env.PORTAL_BASE_DOMAIN ?? 'vinhlong.localhost',
    concurrency: postgres ? 4 : 1,
    progress: (line) => console.log(`[seed:scale] ${line}`),
  });
  console.log(
    `[seed:scale] done: ${result.tenantCodes.length} tenants, ${result.legalDocuments} legal documents, ${result.articles} news items, ` +
      `${result.entries} entries in ${result.seconds.toFixed(1)} s (${(result.entries / result.seconds).toFixed(1)} entries/s)`,
  );
} catch (error) {
  // Each batch is its own transaction: what was committed stays, and is already in the outbox.
  console.error(`[seed:scale] stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await cms.destroy();
}
