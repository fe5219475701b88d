import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ManagedProcess, type CrashReport } from './managed-process.js';

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
    expect(lines.some((line) => line.startsWith('[sleeper] exited unexpectedly (SIGKILL); restarting in 1 s'))).toBe(true);
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

  it('keeps restarting a service that keeps crashing, waiting twice as long each time up to a cap, and reports each crash', async () => {
    const lines: string[] = [];
    const crashes: CrashReport[] = [];
    const crasher = new ManagedProcess({
      name: 'crasher',
      argv: ['sh', '-c', 'echo started; exit 3'],
      cwd: process.cwd(),
      env: () => process.env,
      restart: true,
      restartBackoff: { initialMs: 20, maxMs: 160 },
      onCrash: (crash) => crashes.push(crash),
      output: (line) => lines.push(line),
    });
    crasher.start();
    await until(() => crashes.length >= 9, 10_000);
    await crasher.stop();
    expect(crashes.slice(0, 7).map((crash) => crash.restartInMs)).toEqual([20, 40, 80, 160, 160, 160, 160]);
    expect(crashes[8]).toMatchObject({ name: 'crasher', exit: 'code 3', crashesInARow: 9, restartInMs: 160 });
    expect(lines).toContain('[crasher] exited unexpectedly (code 3); restarting in 0.16 s (crash 9 in a row; waits double up to 0.16 s, restarts never stop)');
    expect(lines.filter((line) => line === '[crasher] started').length).toBeGreaterThanOrEqual(9);
  });
});
