import { spawn } from 'node:child_process';

/**
 * Runs one of the system's tools (tar, gpg, pg_dump…) and fails with its own error output, so
 * the operator reads what went wrong rather than an exit code.
 */
export function runTool(command: string, args: readonly string[], options: { cwd?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors = `${errors}${chunk}`.slice(-4000)));
    child.on('error', (error) => reject(new Error(`${command} could not start (${error.message}); install it from Debian's packages`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${errors.trim()}`))));
  });
}
