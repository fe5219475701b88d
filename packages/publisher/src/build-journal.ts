import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface BuildRecord {
  tenantCode: string;
  /** The release id. */
  buildId: string;
  /** The build as the CMS records it, when the build got as far as claiming its events. */
  cmsBuildId?: number;
  status: 'succeeded' | 'failed' | 'taken-down';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** The pending events the build claimed (all of its tenant's when it started). */
  eventCount: number;
  logFile: string;
  error?: string;
}

/** Append-only record of every build, one JSON object per line, for operators and benchmarks. */
export class BuildJournal {
  constructor(readonly file: string) {}

  async append(record: BuildRecord): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(record)}\n`);
  }

  async read(): Promise<BuildRecord[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BuildRecord);
  }
}
