import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManagedProcess } from './managed-process.js';

function sleeper(lines: string[]) {
  return new ManagedProcess({
    name: 'sleeper',
    argv: ['sh', '-c', 'echo started; sleep 30'],
    cwd: process.cwd(),
    env: () => process.env,
    restart: true,
    output: (line) => lines.push(line),
  });
}

async function until(check: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe('ManagedProcess', () => {
  it('restarts a crashed process, also after it was once stopped and started again', async () => {
    const lines: string[] = [];
    const process_ = sleeper(lines);
    process_.start();
    await until(() => lines.includes('[sleeper] started'));
    await process_.stop();
    process_.start();
    await until(() => lines.filter((line) => line === '[sleeper] started').length === 2);
    const firstPid = process_.pid;
    await process_.kill('SIGKILL');
    await until(() => lines.filter((line) => line === '[sleeper] started').length === 3);
    expect(process_.pid).not.toBe(firstPid);
    expect(lines).toContain('[sleeper] exited unexpectedly (SIGKILL)');
    await process_.stop();
  });

  it('does not restart a process it was asked to stop', async () => {
    const lines: string[] = [];
    const process_ = sleeper(lines);
    process_.start();
    await until(() => lines.includes('[sleeper] started'));
    await process_.stop();
    await sleep(1_500);
    expect(lines.filter((line) => line === '[sleeper] started')).toHaveLength(1);
  });
});
