import { performance } from 'node:perf_hooks';

/**
 * Wall-clock time of each step of one build, in the order the steps ran. The publisher prints
 * them on its one line per build, so the step that grows with a portal is visible without
 * reading Astro's log: the first phase runs from the build process's start.
 */
export class BuildPhases {
  readonly #durations = new Map<string, number>();
  #since = 0;

  /** Ends the phase running since the previous mark (or since the process started) under `name`. */
  mark(name: string): void {
    const now = performance.now();
    this.#durations.set(name, (this.#durations.get(name) ?? 0) + (now - this.#since));
    this.#since = now;
  }

  /** Milliseconds per phase, rounded, in the order the phases first ran. */
  durations(): Record<string, number> {
    return Object.fromEntries([...this.#durations].map(([name, ms]) => [name, Math.round(ms)]));
  }
}
