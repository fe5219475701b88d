import { availableParallelism, cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServedRoute } from '@portal/static-server';
import type { Stack } from './stack.js';

// What every benchmark prints alike: the machine it ran on, percentiles, and the wait for a
// published page to be served.

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
}

export function describeMachine(): Machine {
  return { cores: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)), node: process.versions.node };
}

export function machineLine(machine: Machine = describeMachine()): string {
  return `machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}`;
}

/** The nearest-rank percentile: a value that was measured, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The public page of a news item: the site's news section (site/src/lib/sections/articles.ts) of the route's language. */
export function newsItemUrl(stack: Stack, route: Pick<ServedRoute, 'host' | 'pathPrefix'>, slug: string): string {
  return `${stack.portalUrl(route)}tin-tuc/${slug}/`;
}

/**
 * Polls a public page every 50 ms until the static server answers it with 200 (and `contains`,
 * when the page existed before); answers the milliseconds since `since`.
 */
export async function untilServed(stack: Stack, url: string, since: number, options: { contains?: string; timeoutMs?: number } = {}): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  for (;;) {
    const page = await stack.fetchPage(url).catch(() => ({ status: 0, body: '' }));
    if (page.status === 200 && (options.contains === undefined || page.body.includes(options.contains))) return Date.now() - since;
    if (Date.now() - since > timeoutMs) throw new Error(`${url} not live after ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}
