import { percentile } from './bench-support.js';
import type { Stack } from './stack.js';

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

/**
 * A reader's browser during a benchmark: requests the given pages in turn, one every
 * `intervalMs` whether or not the previous answer came (a stalled server must not slow the
 * probe down and hide its own stall), timing every answer.
 */
export class ServingProbe {
  readonly #stack: Stack;
  readonly #urls: readonly string[];
  readonly #intervalMs: number;
  readonly #latencies: number[] = [];
  readonly #failures: string[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #requests = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(stack: Stack, urls: readonly string[], intervalMs = 100) {
    if (urls.length === 0) throw new Error('the serving probe needs at least one page to request');
    this.#stack = stack;
    this.#urls = urls;
    this.#intervalMs = intervalMs;
  }

  start(): void {
    this.#timer = setInterval(() => this.#request(this.#urls[this.#requests % this.#urls.length]!), this.#intervalMs);
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

  #request(url: string): void {
    this.#requests += 1;
    const startedAt = performance.now();
    const done = this.#stack
      .fetchPage(url, 5_000)
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
