#!/usr/bin/env node
// The whole test suite, as `npm test` and CI run it: build and typecheck everything, then each
// workspace's tests in turn (unit tests first, the end-to-end suite last), then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportsDir = join(root, '.tmp', 'test-reports');
const pnpm = process.env.PORTAL_PNPM ?? 'pnpm';

const VITEST_SUITES = ['packages/contract', 'packages/publisher', 'packages/static-server', 'packages/stack', 'packages/working-days', 'packages/search-text', 'site', 'cms'];

function run(command, args, options = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}${options.cwd ? `   (in ${options.cwd.replace(`${root}/`, '')})` : ''}`);
  return spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options }).status === 0;
}

function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file) {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const startedAt = Date.now();
/** Seconds each step took, printed at the end: where CI's time goes. */
const durations = [];
const timed = (name, step) => {
  const stepStartedAt = Date.now();
  const result = step();
  durations.push([name, Math.round((Date.now() - stepStartedAt) / 1000)]);
  return result;
};

if (!timed('build and typecheck', () => run(pnpm, ['exec', 'turbo', 'run', 'build', 'typecheck', '--output-logs=errors-only']))) {
  console.log('\nbuild or typecheck failed: no tests were run\ntests: 0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];
const suites = [
  ...VITEST_SUITES.map((dir) => ({
    name: dir,
    report: join(reportsDir, `${dir.replace('/', '-')}.json`),
    command: (report) => [pnpm, ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: join(root, dir) }],
    counts: vitestCounts,
  })),
  {
    name: 'e2e',
    report: join(reportsDir, 'e2e.json'),
    command: (report) => [pnpm, ['exec', 'playwright', 'test'], { cwd: join(root, 'e2e'), env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } }],
    counts: playwrightCounts,
  },
];

for (const suite of suites) {
  const [command, args, options] = suite.command(suite.report);
  const ok = timed(suite.name, () => run(command, args, options));
  let counts;
  try {
    counts = suite.counts(suite.report);
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 }; // the runner died before reporting
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  if (counts.passed + counts.failed === 0) counts.failed = 1; // a suite that ran nothing is a failure
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  if (counts.failed > 0) failedSuites.push(suite.name);
}

/**
 * A failed browser test leaves the page as Playwright saw it (an accessibility snapshot) in a
 * file; CI keeps only what is printed, so print the part that shows the page, briefly.
 */
function printFailedPages() {
  const results = join(root, 'e2e', 'test-results');
  if (!existsSync(results)) return;
  for (const dir of readdirSync(results)) {
    const file = join(results, dir, 'error-context.md');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const page = text.slice(text.indexOf('```yaml'), text.indexOf('# Test source')).split('\n');
    const shown = page.filter((line) => !/^\s*- (img|separator)\b/.test(line)).slice(-120);
    console.log(`\n── page when "${dir}" failed (last ${shown.length} lines of e2e/test-results/${dir}/error-context.md) ──\n${shown.join('\n')}`);
  }
}
if (failedSuites.includes('e2e')) printFailedPages();

console.log('\nseconds per step:');
for (const [name, seconds] of durations) console.log(`  ${String(seconds).padStart(5)}  ${name}`);
console.log(`  ${String(Math.round((Date.now() - startedAt) / 1000)).padStart(5)}  in all`);
console.log(`\nsuites with failures: ${failedSuites.length ? failedSuites.join(', ') : 'none'}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length ? 1 : 0);
