import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RELEASE_MANIFEST_FILE, releaseManifestSchema } from '@portal/contract';

export interface BuildCommand {
  /** Program and arguments, e.g. the Astro CLI of site/. */
  argv: readonly string[];
  cwd: string;
  /** Extra environment for the build (CMS address and token). */
  env: Record<string, string>;
  /** Upper bound for one build; a hung build is killed and counted as failed. */
  timeoutMs: number;
}

export interface BuildRequest {
  tenantCode: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Told the child's pid as soon as it runs, so a crashed publisher can reap it later. */
  onStart?: (pid: number) => void;
}

export class BuildFailedError extends Error {
  constructor(message: string, readonly logFile: string) {
    super(message);
  }
}

/**
 * Runs one tenant's site build as a child process in its own process group, with all output in
 * a log file, and checks that it produced a valid release manifest.
 */
export async function buildTenant(command: BuildCommand, request: BuildRequest, signal?: AbortSignal): Promise<void> {
  await mkdir(dirname(request.logFile), { recursive: true });
  await mkdir(request.cacheDir, { recursive: true });
  const log = createWriteStream(request.logFile, { flags: 'a' });
  const [program, ...args] = command.argv;
  if (!program) throw new Error('build command is empty');

  const exit = await new Promise<{ code: number | null; reason?: string }>((resolve) => {
    const child = spawn(program, args, {
      cwd: command.cwd,
      env: {
        ...process.env,
        ...command.env,
        PORTAL_TENANT: request.tenantCode,
        PORTAL_OUT_DIR: request.outDir,
        PORTAL_CACHE_DIR: request.cacheDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const killGroup = (reason: string) => {
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      resolve({ code: null, reason });
    };
    const timer = setTimeout(() => killGroup(`timed out after ${command.timeoutMs} ms`), command.timeoutMs);
    const onAbort = () => killGroup('stopped because the publisher is shutting down');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('spawn', () => child.pid && request.onStart?.(child.pid));
    child.on('error', (error) => resolve({ code: null, reason: `could not start: ${error.message}` }));
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve({ code });
    });
  });
  await new Promise((resolve) => log.end(resolve));

  if (exit.code !== 0) {
    const reason = exit.reason ?? `exited with code ${exit.code}`;
    throw new BuildFailedError(`build of ${request.tenantCode} ${reason}; log: ${request.logFile}`, request.logFile);
  }
  const manifestPath = join(request.outDir, RELEASE_MANIFEST_FILE);
  const manifest = releaseManifestSchema.safeParse(JSON.parse(await readFile(manifestPath, 'utf8').catch(() => 'null')));
  if (!manifest.success || manifest.data.tenantCode !== request.tenantCode) {
    throw new BuildFailedError(`build of ${request.tenantCode} produced no valid ${RELEASE_MANIFEST_FILE}`, request.logFile);
  }
}
