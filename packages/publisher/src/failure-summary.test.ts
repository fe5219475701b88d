import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureReport, firstMeaningfulLines } from './failure-summary.js';
import { BuildFailedError } from './tenant-builder.js';

const ASTRO_CONTENT_FAILURE = [
  '\u001b[2m10:41:07\u001b[22m \u001b[34m[content]\u001b[39m Syncing content',
  '\u001b[2m10:41:09\u001b[22m [portal-legalDocuments] 212 unchanged',
  '\u001b[31m10:41:09 [ERROR]\u001b[39m [ContractMismatchError] The CMS\'s legalDocuments vi/k1x2 ("Quyết định 12") does not match the content contract: **legalDocuments → vi/k1x2** data does not match collection schema.',
  '',
  '  **issueDate**: Invalid input: expected string, received null',
  '  Hint:',
  '    See https://docs.astro.build/en/guides/content-collections/',
  '  Stack trace:',
  '    at parseOrRefuse (file:///srv/site/src/loaders/replace-entries.ts:59:11)',
].join('\n');

describe('firstMeaningfulLines', () => {
  it('keeps the error message and its fields, without colours, hints or stack trace', () => {
    expect(firstMeaningfulLines(ASTRO_CONTENT_FAILURE)).toBe(
      [
        'The CMS\'s legalDocuments vi/k1x2 ("Quyết định 12") does not match the content contract: **legalDocuments → vi/k1x2** data does not match collection schema.',
        '  **issueDate**: Invalid input: expected string, received null',
      ].join('\n'),
    );
  });

  it('leads with the operating system refusing the build, such as a full disk, however the tool reports it', () => {
    const log = [
      '10:41:09 [build] Building static entrypoints...',
      '✗ Build failed in 511ms',
      '10:41:10 [ERROR] [UNHANDLEABLE_ERROR] An unhandled error occurred',
      '  Stack trace:',
      "  ENOSPC: no space left on device, write '/var/lib/portal/sites/snv/releases/x.partial/vi/index.html'",
      '    at async writeFile (node:internal/fs/promises:1:1)',
    ].join('\n');
    expect(firstMeaningfulLines(log)).toBe("ENOSPC: no space left on device, write '/var/lib/portal/sites/snv/releases/x.partial/vi/index.html'");
  });

  it('leads with a system error the tool printed bare, before the last lines of the log', () => {
    const log = [
      '17:59:15 [build] Rearranging server assets...',
      "EXDEV: cross-device link not permitted, rename '/opt/portal/site/.astro/.prerender/_astro/a.svg' -> '/var/lib/portal/sites/snv/releases/x.partial/_astro/a.svg'",
      '  Location:',
      '    /opt/portal/node_modules/astro/dist/core/build/static-build.js:252:5',
    ].join('\n');
    expect(firstMeaningfulLines(log)).toMatch(/^EXDEV: cross-device link not permitted, rename /);
  });

    it('falls back to the last lines of a log without an error line', () => {
    expect(firstMeaningfulLines('a\nb\n\nKilled\n')).toBe('a\nb\nKilled');
  });
});

describe('failureReport', () => {
  it('gives the log’s error, then how the build ended', async () => {
    const logFile = join(await mkdtemp(join(tmpdir(), 'failure-')), 'build.log');
    await writeFile(logFile, ASTRO_CONTENT_FAILURE);
    const report = await failureReport(new BuildFailedError(`build of snv exited with code 1; log: ${logFile}`, logFile));
    expect(report).toMatch(/^The CMS's legalDocuments vi\/k1x2/);
    expect(report).toMatch(/\*\*issueDate\*\*: Invalid input/);
    expect(report.endsWith(`(build of snv exited with code 1; log: ${logFile})`)).toBe(true);
    expect(report).not.toMatch(/Stack trace|replace-entries\.ts/);
  });

  it('gives the message of any other failure', async () => {
    expect(await failureReport(new Error('CMS unreachable at http://cms: ECONNREFUSED'))).toBe('CMS unreachable at http://cms: ECONNREFUSED');
  });
});
