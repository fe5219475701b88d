#!/usr/bin/env node
// `npm run bench:province`: a whole province on one machine. Seeds a synthetic province (main
// portal, departments, communes; every document in vi, en, km), builds it, bulk-imports into one
// portal, then publishes one item after another across the portals, while a reader requests
// every portal's home page every 100 ms from nginx (as production serves them) and from the
// development server, and /proc is sampled for memory. Prints the figures with the
// machine and writes them to bench-results/ as JSON, so runs compare.
import { chmod, readdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { Locale, PublishBuildView } from '@portal/contract';
import type { ServedRoute } from '@portal/static-server';
import { describeMachine, machineLine, newsItemUrl, percentile, seconds, untilServed } from './bench-support.js';
import { buildsSince } from './build-history.js';
import type { CmsAdminClient } from './cms-admin-client.js';
import { createDisposableStack } from './disposable-stack.js';
import { requireNginx, startNginx, type NginxServer } from './nginx-server.js';
import { REPO_ROOT } from './paths.js';
import { createTemporaryDatabase } from './postgres-database.js';
import { MemorySampler, type MemoryFigures } from './process-memory.js';
import { provincePlan, SIZE_CLASSES, TARGETS, type PortalGroup } from './province-plan.js';
import { printProvinceReport, workersLabel, writeProvinceResults, type ClassFigures, type ProvinceResults, type PublishFigure } from './province-report.js';
import { runSeedScale } from './seed-scale-process.js';
import { ServingProbe } from './serving-probe.js';
import type { Stack } from './stack.js';

const ARTICLE = 'api::article.article';
/** The stream publishes in the province's first language and in Khmer, the script that costs the build most. */
const STREAM_LOCALES: readonly Locale[] = ['vi', 'km'];
const STREAM_TEXT: Record<string, { title: string; body: string }> = {
  vi: { title: 'Tin đo hiệu năng số', body: 'Nội dung đo thời gian từ lúc xuất bản đến lúc trang công khai phục vụ bài viết.' },
  km: { title: 'ព័ត៌មានវាស់ល្បឿនលេខ', body: 'ខ្លឹមសារសម្រាប់វាស់រយៈពេលពីការបោះពុម្ពផ្សាយរហូតដល់ទំព័រសាធារណៈបង្ហាញអត្ថបទ។' },
};

const USAGE = `usage: npm run bench:province -- [--scale F] [--publishes N] [--database postgres|sqlite] [--workers N]
  --scale F        fraction of the full province: 1 = main portal with 10,000 documents, 30 departments
                   with 1,000, 100 communes with 100, bulk import of 3,400 (default 1; 0.02 is a few minutes)
  --publishes N    publishes per portal size class in the stream, alternately vi and km (default 6)
  --database D     postgres (default; a temporary database at TEST_POSTGRES_URL or 127.0.0.1:5432) or sqlite
  --workers N      builds the publisher runs at once (PUBLISHER_WORKERS; above 1 needs postgres; default the publisher's)`;

function fail(message: string): never {
  console.error(`[bench:province] ${message}\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  let values: { scale?: string; publishes?: string; database?: string; workers?: string };
  try {
    values = parseArgs({ options: { scale: { type: 'string' }, publishes: { type: 'string' }, database: { type: 'string' }, workers: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  const scale = Number(values.scale ?? 1);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) fail(`--scale must be a number above 0 and at most 1, not "${values.scale}"`);
  const publishes = Number(values.publishes ?? 6);
  if (!Number.isInteger(publishes) || publishes < 1 || publishes > 1_000) fail(`--publishes must be a whole number from 1 to 1000, not "${values.publishes}"`);
  const database = values.database ?? 'postgres';
  if (database !== 'postgres' && database !== 'sqlite') fail(`--database must be postgres or sqlite, not "${database}"`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 16)) fail(`--workers must be a whole number from 1 to 16, not "${values.workers}"`);
  if (workers !== undefined && workers > 1 && database !== 'postgres') fail('--workers above 1 needs --database postgres (the publisher shares builds through a queue in PostgreSQL)');
  return { scale, publishes, database, workers };
}

/** nginx over the stack's releases, as production serves them. Its workers run unprivileged: the state directory must let them through. */
async function startNginxOn(stack: Stack): Promise<NginxServer> {
  await chmod(stack.options.stateDir, 0o755);
  return startNginx(stack.sitesDir, join(stack.options.stateDir, 'nginx-front'));
}

/** Runs seed:scale, showing its own lines; the CMS's log lines are kept for a failure report. */
async function seed(stack: Stack, args: string[]): Promise<void> {
  const code = await runSeedScale(stack, args, (line) => (line.startsWith('[seed:scale]') ? console.log(`  ${line}`) : keepOutput(line)));
  if (code !== 0) throw new Error(`seed:scale ${args.join(' ')} exited with ${code}`);
}

/** Pages in a portal's live release: every language's HTML files. */
async function livePages(stack: Stack, tenantCode: string): Promise<number> {
  const files = await readdir(join(stack.sitesDir, tenantCode, 'current'), { recursive: true }).catch(() => [] as string[]);
  return files.filter((file) => file.endsWith('.html')).length;
}

/** Waits until a portal has no pending events and no build running: everything published is live. */
async function untilSettled(stack: Stack, admin: CmsAdminClient, tenantCode: string, since: Date, timeoutMs: number): Promise<PublishBuildView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = (await stack.outbox().pendingTenants()).some((tenant) => tenant.tenantCode === tenantCode);
    const builds = await buildsSince(admin, since, tenantCode);
    if (!pending && builds.length > 0 && builds.every((build) => build.status !== 'building')) return builds;
    if (Date.now() > deadline) throw new Error(`${tenantCode} still had unpublished changes after ${timeoutMs / 1000} s`);
    await sleep(1_000);
  }
}

/** Publishes a new article in `locale` on the portal and times it until its page is served. */
async function publishAndWait(stack: Stack, admin: CmsAdminClient, route: ServedRoute, tenantDocumentId: string, n: number): Promise<number> {
  const text = STREAM_TEXT[route.locale] ?? STREAM_TEXT.vi!;
  const slug = `bench-${Date.now()}-${n}`;
  const documentId = await admin.createDraft(ARTICLE, route.locale, {
    title: `${text.title} ${n}`,
    slug,
    body: text.body,
    tenant: { connect: [{ documentId: tenantDocumentId }] },
  });
  const publishedAt = Date.now();
  await admin.publish(ARTICLE, documentId, route.locale);
  return untilServed(stack, newsItemUrl(stack, route, slug), publishedAt, { timeoutMs: 1_800_000 });
}

const options = parseOptions();
requireNginx();
const plan = provincePlan(options.scale);
const machine = describeMachine();
const loadAverageAtStart = loadavg().map((load) => Number(load.toFixed(2)));
const databaseName = options.database === 'postgres' ? 'PostgreSQL' : 'SQLite';
const recentOutput: string[] = [];
const keepOutput = (line: string) => {
  if (recentOutput.push(line) > 200) recentOutput.shift();
};
const postgres = options.database === 'postgres' ? await createTemporaryDatabase() : undefined;
const { stack, dispose } = await createDisposableStack('bench-province', {
  seedDemoContent: false,
  cmsEnv: postgres?.env ?? {},
  publisherEnv: options.workers ? { PUBLISHER_WORKERS: String(options.workers) } : {},
  output: keepOutput,
});
let nginx: NginxServer | undefined;
const memory = new MemorySampler({ publisher: () => stack.publisher.pid, server: () => stack.staticServer.pid, cms: () => stack.cms.pid });

try {
  console.log(`province benchmark, scale ${options.scale}, ${databaseName}, ${workersLabel(options.workers ?? null)}`);
  console.log(`${machineLine(machine)}; load average ${loadAverageAtStart.join(', ')} (other work on the machine skews every figure)`);
  for (const group of plan.groups) console.log(`  ${group.sizeClass.padEnd(10)} ${group.portals} × ${group.documentsEach} documents (vi, en, km)`);
  memory.start();

  console.log('\nseeding the province into a fresh CMS…');
  await stack.startCms();
  const seedingStartedAt = Date.now();
  for (const group of plan.groups) {
    await seed(stack, ['--tenants', String(group.portals), '--kind', group.kind, '--docs', String(group.portals * group.documentsEach)]);
  }
  const seedingMs = Date.now() - seedingStartedAt;
  const tenants = await stack.outbox().tenants();
  const portalsOf = (group: PortalGroup) => tenants.filter((tenant) => tenant.kind === group.kind).map((tenant) => tenant.code);
  const classOf = new Map(plan.groups.flatMap((group) => portalsOf(group).map((code) => [code, group.sizeClass] as const)));

  console.log(`seeded in ${seconds(seedingMs)}; building all ${tenants.length} portals…`);
  const firstBuildsStartedAt = Date.now();
  stack.startPortals();
  const routes = await stack.waitForAllSites(6 * 3_600_000);
  const firstBuildsMs = Date.now() - firstBuildsStartedAt;
  console.log(`all portals live after ${seconds(firstBuildsMs)}`);

  // Every portal's home page, asked of both servers: production's nginx and the development server.
  const homePages = routes.map((route) => ({ host: route.host, path: route.pathPrefix }));
  nginx = await startNginxOn(stack);
  const probes = { nginx: new ServingProbe(nginx.port, homePages), development: new ServingProbe(stack.options.portalPort, homePages) };
  probes.nginx.start();
  probes.development.start();
  const admin = await stack.admin();

  const importGroup = plan.groups.find((group) => group.sizeClass === 'department')!;
  const importInto = portalsOf(importGroup)[0]!;
  console.log(`\nbulk import: ${plan.bulkImportDocuments} documents into ${importInto}…`);
  const importStartedAt = new Date();
  await seed(stack, ['--into', importInto, '--docs', String(plan.bulkImportDocuments)]);
  const importRanMs = Date.now() - importStartedAt.getTime();
  const importBuilds = await untilSettled(stack, admin, importInto, importStartedAt, 6 * 3_600_000);
  const importLiveMs = Math.max(...importBuilds.map((build) => new Date(build.finishedAt!).getTime())) - importStartedAt.getTime();
  console.log(`  import ran ${seconds(importRanMs)}, all of it live after ${seconds(importLiveMs)}, ${importBuilds.length} builds`);

  console.log(`\npublish stream: ${options.publishes} publishes per size class, alternately ${STREAM_LOCALES.join(' and ')}, one at a time…`);
  const publishes: PublishFigure[] = [];
  const tenantDocumentIds = new Map<string, string>();
  for (let n = 0; n < options.publishes * plan.groups.length; n += 1) {
    const group = plan.groups[n % plan.groups.length]!;
    const round = Math.floor(n / plan.groups.length);
    const codes = portalsOf(group);
    const tenantCode = codes[round % codes.length]!;
    const locale = STREAM_LOCALES[round % STREAM_LOCALES.length]!;
    const route = routes.find((candidate) => candidate.tenantCode === tenantCode && candidate.locale === locale)!;
    if (!tenantDocumentIds.has(tenantCode)) tenantDocumentIds.set(tenantCode, await admin.tenantDocumentId(tenantCode));
    const ms = await publishAndWait(stack, admin, route, tenantDocumentIds.get(tenantCode)!, n + 1);
    publishes.push({ sizeClass: group.sizeClass, tenantCode, locale, ms });
    console.log(`  ${String(n + 1).padStart(3)} ${group.sizeClass.padEnd(10)} ${tenantCode.padEnd(14)} ${locale}  live after ${seconds(ms)}`);
  }

  const serving = { nginx: await probes.nginx.stop(), development: await probes.development.stop(), pages: routes.length };
  const memoryFigures: MemoryFigures = await memory.stop();
  const allBuilds = await buildsSince(admin, new Date(0));
  const pagesOf = Object.fromEntries(await Promise.all(plan.groups.map(async (group) => [group.sizeClass, await livePages(stack, portalsOf(group)[0]!)] as const)));

  const classes = SIZE_CLASSES.map((sizeClass): ClassFigures => {
    const group = plan.groups.find((candidate) => candidate.sizeClass === sizeClass)!;
    const ofClass = publishes.filter((publish) => publish.sizeClass === sizeClass);
    const latencies = ofClass.map((publish) => publish.ms);
    const builds = memoryFigures.builds.filter((build) => classOf.get(build.tenantCode) === sizeClass);
    const durations = allBuilds.filter((build) => classOf.get(build.tenantCode) === sizeClass && build.finishedAt).map((build) => new Date(build.finishedAt!).getTime() - new Date(build.startedAt).getTime());
    return {
      sizeClass,
      portals: group.portals,
      documentsEach: group.documentsEach,
      pagesEach: pagesOf[sizeClass]!,
      publishes: latencies.length,
      publishToLiveP50Ms: percentile(latencies, 50),
      publishToLiveP95Ms: percentile(latencies, 95),
      publishToLiveP50MsByLocale: Object.fromEntries(STREAM_LOCALES.map((locale) => [locale, percentile(ofClass.filter((publish) => publish.locale === locale).map((publish) => publish.ms), 50)])),
      builds: durations.length,
      buildP50Ms: percentile(durations, 50),
      buildPeakBytes: Math.max(0, ...builds.map((build) => build.peakBytes)),
    };
  });

  const results: ProvinceResults = {
    date: new Date().toISOString(),
    command: `npm run bench:province -- ${process.argv.slice(2).join(' ')}`.trim(),
    scale: options.scale,
    database: databaseName,
    buildWorkers: options.workers ?? null,
    machine,
    loadAverage: { start: loadAverageAtStart, end: loadavg().map((load) => Number(load.toFixed(2))) },
    groups: plan.groups,
    seeding: { documents: plan.groups.reduce((sum, group) => sum + group.portals * group.documentsEach, 0), ms: seedingMs },
    firstBuilds: { portals: tenants.length, ms: firstBuildsMs },
    bulkImport: { documents: plan.bulkImportDocuments, portal: importInto, builds: importBuilds.length, failedBuilds: importBuilds.filter((build) => build.status === 'failed').length, importRanMs, liveMs: importLiveMs },
    classes,
    publishes,
    serving,
    memory: memoryFigures,
    builds: { total: allBuilds.length, failed: allBuilds.filter((build) => build.status === 'failed').length },
    targets: TARGETS,
  };
  printProvinceReport(results);
  console.log(`figures written to ${await writeProvinceResults(results, join(REPO_ROOT, 'bench-results'))}`);
} catch (error) {
  console.error(`[bench:province] ${(error as Error).message}\nlast lines of the stack's output:\n${recentOutput.slice(-60).join('\n')}`);
  process.exitCode = 1;
} finally {
  await memory.stop().catch(() => undefined);
  await nginx?.stop();
  await dispose();
  await postgres?.drop();
}
