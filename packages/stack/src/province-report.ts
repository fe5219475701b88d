import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '@portal/contract';
import { machineLine, seconds, type Machine } from './bench-support.js';
import type { MemoryFigures } from './process-memory.js';
import type { PortalGroup, SizeClass } from './province-plan.js';
import { TARGETS } from './province-plan.js';
import type { ServingFigures } from './serving-probe.js';

export interface PublishFigure {
  sizeClass: SizeClass;
  tenantCode: string;
  locale: Locale;
  /** From the publish call until the static server answered the new page. */
  ms: number;
}

export interface ClassFigures {
  sizeClass: SizeClass;
  portals: number;
  documentsEach: number;
  /** HTML pages of one portal of the class, all its languages, at the end of the run. */
  pagesEach: number;
  publishes: number;
  publishToLiveP50Ms: number;
  publishToLiveP95Ms: number;
  publishToLiveP50MsByLocale: Record<string, number>;
  /** Every build of the class's portals during the run, first builds included. */
  builds: number;
  buildP50Ms: number;
  buildPeakBytes: number;
}

/** Everything a run measured, as written to bench-results/ for comparing runs. */
export interface ProvinceResults {
  date: string;
  command: string;
  scale: number;
  database: string;
  /** PUBLISHER_WORKERS as given; null: the publisher's default. */
  buildWorkers: number | null;
  machine: Machine;
  loadAverage: { start: number[]; end: number[] };
  groups: PortalGroup[];
  seeding: { documents: number; ms: number };
  firstBuilds: { portals: number; ms: number };
  bulkImport: { documents: number; portal: string; builds: number; failedBuilds: number; importRanMs: number; liveMs: number };
  classes: ClassFigures[];
  publishes: PublishFigure[];
  /** The same reader's requests to each server over the same live releases. */
  serving: { nginx: ServingFigures; development: ServingFigures; pages: number };
  memory: MemoryFigures;
  builds: { total: number; failed: number };
  targets: typeof TARGETS;
}

export const workersLabel = (workers: number | null): string => (workers ? `${workers} build workers` : "the publisher's default build workers");
const bytes = (value: number) => (value >= 2 ** 30 ? `${(value / 2 ** 30).toFixed(2)} GiB` : `${(value / 2 ** 20).toFixed(0)} MiB`);
const verdict = (met: boolean, target: string) => `${target}: ${met ? 'met' : 'NOT met'}`;
const column = (text: string | number, width: number) => String(text).padStart(width);

/** The table at the end of a run: each figure beside its target. */
export function printProvinceReport(results: ProvinceResults): void {
  const { bulkImport, serving, memory } = results;
  const locales = Object.keys(results.classes[0]?.publishToLiveP50MsByLocale ?? {});
  const line = (label: string, text: string) => console.log(`${label.padEnd(20)}${text}`);
  console.log(`\n${'='.repeat(110)}`);
  console.log(`province benchmark, scale ${results.scale}, ${results.database}, ${workersLabel(results.buildWorkers)}`);
  console.log(`${machineLine(results.machine)}; load average ${results.loadAverage.start.join(', ')} at the start, ${results.loadAverage.end.join(', ')} at the end`);
  console.log('targets are stated for the full province (scale 1); at a smaller scale they only show the direction\n');
  line('seeding', `${results.seeding.documents} documents (each in vi, en, km) in ${seconds(results.seeding.ms)}; first builds of ${results.firstBuilds.portals} portals ${seconds(results.firstBuilds.ms)}`);
  line(
    'bulk import',
    `${bulkImport.documents} documents into ${bulkImport.portal}: ${bulkImport.builds} builds (${bulkImport.failedBuilds} failed), all live ${seconds(bulkImport.liveMs)} after it began   ` +
      verdict(bulkImport.builds <= TARGETS.bulkImportBuilds, `target ≤ ${TARGETS.bulkImportBuilds} builds`),
  );
  line('publish→live', `${'class'.padEnd(10)} ${column('portals', 7)} ${column('docs', 6)} ${column('pages', 6)} ${column('publishes', 9)} ${column('p50', 9)} ${column('p95', 9)} ${locales.map((locale) => column(`${locale} p50`, 9)).join(' ')} ${column('build p50', 9)} ${column('build peak', 10)}`);
  for (const row of results.classes) {
    const goal = TARGETS.publishToLiveP95Ms[row.sizeClass];
    line(
      '',
      `${row.sizeClass.padEnd(10)} ${column(row.portals, 7)} ${column(row.documentsEach, 6)} ${column(row.pagesEach, 6)} ${column(row.publishes, 9)} ${column(seconds(row.publishToLiveP50Ms), 9)} ${column(seconds(row.publishToLiveP95Ms), 9)} ` +
        `${locales.map((locale) => column(seconds(row.publishToLiveP50MsByLocale[locale]!), 9)).join(' ')} ${column(seconds(row.buildP50Ms), 9)} ${column(bytes(row.buildPeakBytes), 10)}` +
        (goal ? `   ${verdict(row.publishToLiveP95Ms <= goal, `target p95 ≤ ${goal / 1000} s`)}` : ''),
    );
  }
  for (const [server, figures] of [['nginx', serving.nginx], ['dev server', serving.development]] as const) {
    line(
      server === 'nginx' ? 'serving' : '',
      `${server.padEnd(10)} ${figures.requests} requests over ${serving.pages} portal home pages: ${figures.availabilityPercent.toFixed(2)}% answered < 1 s, p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, max ${figures.maxMs.toFixed(0)} ms   ` +
        verdict(figures.availabilityPercent >= TARGETS.servingAvailabilityPercent && figures.p99Ms < TARGETS.servingP99Ms, `target 100%, p99 < ${TARGETS.servingP99Ms} ms`),
    );
    for (const failure of figures.failures) line('', `not answered in time: ${failure}`);
  }
  const largest = Math.max(0, ...results.classes.map((row) => row.buildPeakBytes));
  line(
    'peak memory (RSS)',
    `largest build ${bytes(largest)}, all builds at once ${bytes(memory.peakAllBuildsBytes)}, static server ${bytes(memory.serverPeakBytes)}, publisher ${bytes(memory.publisherPeakBytes)}, CMS ${bytes(memory.cmsPeakBytes)}   ` +
      verdict(largest <= TARGETS.buildPeakBytes, `target build ≤ ${bytes(TARGETS.buildPeakBytes)}`),
  );
  line('builds', `${results.builds.total} in all, ${results.builds.failed} failed`);
}

/** Writes the run's figures as JSON into `dir`; answers the file's path. */
export async function writeProvinceResults(results: ProvinceResults, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `province-${results.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
