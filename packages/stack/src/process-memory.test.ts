import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MemorySampler } from './process-memory.js';

describe('MemorySampler', () => {
  it('attributes a build process tree to its portal by its environment, with its peak memory', async () => {
    // This process plays the publisher: a build under it holds about 200 MB until it is stopped.
    const build = spawn(process.execPath, ['-e', 'globalThis.held = Buffer.alloc(200 * 2 ** 20, 1); console.log("ready"); setInterval(() => {}, 1000)'], {
      env: { ...process.env, PORTAL_TENANT: 'snv' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const sampler = new MemorySampler({ publisher: () => process.pid, server: () => process.pid, cms: () => undefined }, 100);
    sampler.start();
    await once(build.stdout, 'data');
    const figures = await sampler.stop();
    build.kill();
    await once(build, 'exit');

    const builds = figures.builds.filter((entry) => entry.tenantCode === 'snv');
    expect(builds).toHaveLength(1);
    expect(builds[0]!.peakBytes).toBeGreaterThan(200 * 2 ** 20);
    expect(figures.peakAllBuildsBytes).toBeGreaterThanOrEqual(builds[0]!.peakBytes);
    expect(figures.serverPeakBytes).toBeGreaterThan(0);
    expect(figures.cmsPeakBytes).toBe(0);
  });
});
