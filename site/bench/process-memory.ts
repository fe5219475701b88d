import { readdir, readFile, writeFile } from 'node:fs/promises';

/**
 * Peak memory of Pagefind's indexing process, which the Node API runs as a child process
 * (`pagefind --service`), so the Node process's own peak does not include it. Linux only.
 */
export async function pagefindProcessIds(): Promise<number[]> {
  const ids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid …"; the command name may hold spaces, so read around its parentheses.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(ppid) === process.pid && comm.startsWith('pagefind') && state !== 'Z') ids.push(Number(entry));
  }
  return ids;
}

/** The process's peak resident set since it started or since `resetPeak`, in bytes. */
export async function peakResidentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error(`No VmHWM for process ${pid}`);
  return Number(kilobytes) * 1024;
}

/** Starts a new peak measurement (Linux: writing 5 to clear_refs resets VmHWM). */
export async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}
