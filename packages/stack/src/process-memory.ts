import { readdir, readFile } from 'node:fs/promises';

// Peak memory of the stack's processes, read from /proc (Linux). A build is short-lived and its
// memory climbs and falls between two samples, so each process's own high-water mark (VmHWM) is
// read rather than its current size: no peak is missed, whenever it happened.

/** The environment variable the publisher names a build's portal with. */
const BUILD_TENANT_VARIABLE = 'PORTAL_TENANT';

export interface BuildMemory {
  tenantCode: string;
  /** Sum of the high-water marks of the build's processes (Astro, Pagefind…): an upper bound of its peak. */
  peakBytes: number;
}

export interface MemoryFigures {
  /** One entry per build process tree seen, in the order they started. */
  builds: BuildMemory[];
  /** Every build running at once, summed: what the machine had to hold. */
  peakAllBuildsBytes: number;
  serverPeakBytes: number;
  publisherPeakBytes: number;
  cmsPeakBytes: number;
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  /** Clock ticks since boot: with the pid, names one process even when pids are reused. */
  startTime: string;
}

async function readProcesses(): Promise<ProcessEntry[]> {
  const entries: ProcessEntry[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => undefined);
    if (!stat) continue;
    // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    entries.push({ pid: Number(name), ppid: Number(fields[1]), startTime: fields[19]! });
  }
  return entries;
}

async function highWaterBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

async function buildTenantOf(pid: number): Promise<string | undefined> {
  const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
  const entry = environ.split('\0').find((variable) => variable.startsWith(`${BUILD_TENANT_VARIABLE}=`));
  return entry?.slice(BUILD_TENANT_VARIABLE.length + 1);
}

export interface WatchedPids {
  publisher(): number | undefined;
  server(): number | undefined;
  cms(): number | undefined;
}

/**
 * Samples the publisher's descendants, the static server and the CMS every `intervalMs`. A
 * build is the tree under the publisher's descendant that carries the build's portal in its
 * environment, however the publisher runs it (directly, through a shell, through a worker).
 */
export class MemorySampler {
  readonly #pids: WatchedPids;
  readonly #intervalMs: number;
  /** Per build root ("pid:startTime"): its portal and each of its processes' high-water mark. */
  readonly #builds = new Map<string, { tenantCode: string; processes: Map<string, number> }>();
  readonly #tenantOf = new Map<string, string | null>();
  #peakAllBuilds = 0;
  #server = 0;
  #publisher = 0;
  #cms = 0;
  #timer: NodeJS.Timeout | undefined;
  #sampling: Promise<void> = Promise.resolve();

  constructor(pids: WatchedPids, intervalMs = 500) {
    this.#pids = pids;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    this.#timer = setInterval(() => {
      this.#sampling = this.#sampling.then(() => this.#sample()).catch(() => undefined);
    }, this.#intervalMs);
  }

  async stop(): Promise<MemoryFigures> {
    clearInterval(this.#timer);
    await this.#sampling;
    await this.#sample();
    return {
      builds: [...this.#builds.values()].map(({ tenantCode, processes }) => ({ tenantCode, peakBytes: [...processes.values()].reduce((sum, bytes) => sum + bytes, 0) })),
      peakAllBuildsBytes: this.#peakAllBuilds,
      serverPeakBytes: this.#server,
      publisherPeakBytes: this.#publisher,
      cmsPeakBytes: this.#cms,
    };
  }

  async #sample(): Promise<void> {
    const processes = await readProcesses();
    const children = new Map<number, ProcessEntry[]>();
    for (const entry of processes) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
    const [server, publisher, cms] = [this.#pids.server(), this.#pids.publisher(), this.#pids.cms()];
    if (server) this.#server = Math.max(this.#server, await highWaterBytes(server));
    if (cms) this.#cms = Math.max(this.#cms, await highWaterBytes(cms));
    if (!publisher) return;
    this.#publisher = Math.max(this.#publisher, await highWaterBytes(publisher));

    let allBuilds = 0;
    const visit = async (entry: ProcessEntry, build: string | undefined): Promise<void> => {
      const key = `${entry.pid}:${entry.startTime}`;
      let owner = build;
      if (!owner) {
        if (!this.#tenantOf.has(key)) this.#tenantOf.set(key, (await buildTenantOf(entry.pid)) ?? null);
        const tenantCode = this.#tenantOf.get(key);
        if (tenantCode) {
          owner = key;
          if (!this.#builds.has(key)) this.#builds.set(key, { tenantCode, processes: new Map() });
        }
      }
      if (owner) {
        const bytes = await highWaterBytes(entry.pid);
        const tree = this.#builds.get(owner)!.processes;
        tree.set(key, Math.max(tree.get(key) ?? 0, bytes));
        allBuilds += bytes;
      }
      for (const child of children.get(entry.pid) ?? []) await visit(child, owner);
    };
    for (const child of children.get(publisher) ?? []) await visit(child, undefined);
    this.#peakAllBuilds = Math.max(this.#peakAllBuilds, allBuilds);
  }
}
