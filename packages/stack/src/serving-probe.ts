import { percentile } from './bench-support.js';
import { get } from './http-probe.js';

/** An answer slower than this counts as not answered: a reader has given up on it. */
const ANSWERED_WITHIN_MS = 1_000;

export interface ServingFigures {
  requests: number;
  /** Answered 200 within a second. */
  answered: number;
  availabilityPercent: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The first few requests that were not answered in time, for the report. */
  failures: string[];
}

/** A page to request: its host (as a browser names it) and path. */
export interface ProbedPage {
  host: string;
  path: string;
}

/**
 * A reader's browser during a benchmark: requests the given pages of the server on `port` in
 * turn, one every `intervalMs` whether or not the previous answer came (a stalled server must not
 * slow the probe down and hide its own stall), timing every answer.
 */
export class ServingProbe {
  readonly #port: number;
  readonly #pages: readonly ProbedPage[];
  readonly #intervalMs: number;
  readonly #latencies: number[] = [];
  readonly #failures: string[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #requests = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(port: number, pages: readonly ProbedPage[], intervalMs = 100) {
    if (pages.length === 0) throw new Error('the serving probe needs at least one page to request');
    this.#port = port;
    this.#pages = pages;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    this.#timer = setInterval(() => this.#request(this.#pages[this.#requests % this.#pages.length]!), this.#intervalMs);
  }

  async stop(): Promise<ServingFigures> {
    clearInterval(this.#timer);
    await Promise.all(this.#inFlight);
    const answered = this.#latencies.filter((ms) => ms < ANSWERED_WITHIN_MS).length;
    return {
      requests: this.#requests,
      answered,
      availabilityPercent: this.#requests ? (100 * answered) / this.#requests : NaN,
      p50Ms: percentile(this.#latencies, 50),
      p99Ms: percentile(this.#latencies, 99),
      maxMs: this.#latencies.length ? Math.max(...this.#latencies) : NaN,
      failures: this.#failures,
    };
  }

  #request(page: ProbedPage): void {
    this.#requests += 1;
    const url = `${page.host}${page.path}`;
    const startedAt = performance.now();
    const done = get(this.#port, page.host, page.path)
      .then(
        ({ status }) => {
          const ms = performance.now() - startedAt;
          if (status === 200) this.#latencies.push(ms);
          else this.#fail(`${url}: ${status} after ${ms.toFixed(0)} ms`);
          if (status === 200 && ms >= ANSWERED_WITHIN_MS) this.#fail(`${url}: 200 after ${ms.toFixed(0)} ms`);
        },
        (error: Error) => this.#fail(`${url}: ${error.message}`),
      )
      .finally(() => this.#inFlight.delete(done));
    this.#inFlight.add(done);
  }

  #fail(line: string): void {
    if (this.#failures.length < 10) this.#failures.push(line);
  }
}
