import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ManagedProcessOptions {
  name: string;
  argv: readonly string[];
  cwd: string;
  /** Read at every start, so settings decided after construction (secrets) reach restarts too. */
  env: () => NodeJS.ProcessEnv;
  /** Restart after an unexpected exit, as a process supervisor would (systemd in production). */
  restart: boolean;
  /** The wait before a restart: `initialMs` after a first crash, doubling with each crash in a row up to `maxMs`. */
  restartBackoff?: { initialMs: number; maxMs: number };
  /** Told of every unexpected exit, e.g. to alert an operator: a log line alone is easily missed. */
  onCrash?: (crash: CrashReport) => void;
  output?: (line: string) => void;
}

export interface CrashReport {
  name: string;
  /** "code 1" or the signal, e.g. "SIGKILL". */
  exit: string;
  /** Crashes without a stable run (STABLE_RUN_MS) in between, this one included. */
  crashesInARow: number;
  /** When it is started again; undefined when it is not restarted. */
  restartInMs: number | undefined;
}

const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 30_000 };
/** A service that ran this long before crashing is restarted as quickly as after a first crash. */
const STABLE_RUN_MS = 60_000;

/**
 * A child service with prefixed output, restart on crash, and a graceful stop. A crashing service
 * is restarted for as long as it keeps crashing, at most `maxMs` apart: giving up would leave the
 * portals dark until someone noticed.
 */
export class ManagedProcess {
  readonly #options: ManagedProcessOptions;
  #child: ChildProcess | undefined;
  #stopping = false;
  #startedAt = 0;
  #crashesInARow = 0;
  #restartTimer: NodeJS.Timeout | undefined;
  #exited: Promise<void> = Promise.resolve();

  constructor(options: ManagedProcessOptions) {
    this.#options = options;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  start(): void {
    const [program, ...args] = this.#options.argv;
    if (!program) throw new Error(`${this.#options.name}: empty command`);
    const output = this.#options.output ?? ((line: string) => console.log(line));
    this.#stopping = false;
    this.#startedAt = Date.now();
    const child = spawn(program, args, { cwd: this.#options.cwd, env: this.#options.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => output(`[${this.#options.name}] ${line}`));
    }
    this.#exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        resolve();
        if (this.#stopping || child !== this.#child) return;
        this.#crashed(signal ?? `code ${code}`, output);
      });
    });
  }

  /** Kills the process without letting it clean up, as a crash or an OOM kill would. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.#child?.kill(signal);
    return this.#exited;
  }

  async stop(graceMs = 10_000): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.#exited;
    clearTimeout(timer);
  }

  #crashed(exit: string, output: (line: string) => void): void {
    const { initialMs, maxMs } = this.#options.restartBackoff ?? DEFAULT_BACKOFF;
    const ranStably = Date.now() - this.#startedAt >= STABLE_RUN_MS;
    this.#crashesInARow = ranStably ? 1 : this.#crashesInARow + 1;
    const restartInMs = this.#options.restart ? Math.min(maxMs, initialMs * 2 ** (this.#crashesInARow - 1)) : undefined;
    const name = this.#options.name;
    const next = restartInMs === undefined ? 'not restarted' : `restarting in ${restartInMs / 1000} s (crash ${this.#crashesInARow} in a row; waits double up to ${maxMs / 1000} s, restarts never stop)`;
    output(`[${name}] exited unexpectedly (${exit}); ${next}`);
    this.#options.onCrash?.({ name, exit, crashesInARow: this.#crashesInARow, restartInMs });
    if (restartInMs === undefined) return;
    this.#restartTimer = setTimeout(() => {
      if (!this.#stopping) this.start();
    }, restartInMs);
  }
}
