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
  output?: (line: string) => void;
}

/** A child service with prefixed output, restart on crash, and a graceful stop. */
export class ManagedProcess {
  readonly #options: ManagedProcessOptions;
  #child: ChildProcess | undefined;
  #stopping = false;
  #restarts: number[] = [];
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
    const child = spawn(program, args, { cwd: this.#options.cwd, env: this.#options.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => output(`[${this.#options.name}] ${line}`));
    }
    this.#exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        resolve();
        if (this.#stopping || child !== this.#child) return;
        output(`[${this.#options.name}] exited unexpectedly (${signal ?? `code ${code}`})`);
        if (this.#options.restart) this.#restartLater(output);
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
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.#exited;
    clearTimeout(timer);
  }

  #restartLater(output: (line: string) => void): void {
    const now = Date.now();
    this.#restarts = this.#restarts.filter((at) => now - at < 60_000).concat(now);
    if (this.#restarts.length > 5) {
      output(`[${this.#options.name}] crashed 5 times within a minute; not restarting it again`);
      return;
    }
    setTimeout(() => {
      if (!this.#stopping) this.start();
    }, 1_000 * this.#restarts.length);
  }
}
