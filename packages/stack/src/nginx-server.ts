import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NginxSitesFile } from '@portal/static-server';
import { freePort } from './free-port.js';
import { ManagedProcess } from './managed-process.js';
import { REPO_ROOT } from './paths.js';

export const NGINX = '/usr/sbin/nginx';

export interface NginxServer {
  port: number;
  /** The master process, for drills that kill it. */
  readonly process: ManagedProcess;
  /** How often the configuration was reloaded (a new portal's host needs one; a release switch does not). */
  reloads(): number;
  stop(): Promise<void>;
}

/** Fails with the fix when Debian's nginx is not installed, rather than letting a test time out. */
export function requireNginx(): void {
  if (spawnSync(NGINX, ['-v']).status !== 0) throw new Error(`${NGINX} is missing: apt-get install -y nginx (.ci/run installs it)`);
}

/**
 * Writes `dir/nginx.conf`: Debian's nginx run by an ordinary user, not as a daemon, with its pid,
 * error log and temporary files in `dir`, and `httpLines` (server blocks, includes) inside `http`.
 * Answers the command-line arguments that address this configuration (`nginx … -t`, `-s reload`).
 */
export async function writeNginxConfig(dir: string, httpLines: readonly string[]): Promise<string[]> {
  await mkdir(join(dir, 'temp'), { recursive: true });
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 2;',
      `pid "${join(dir, 'nginx.pid')}";`,
      `error_log "${join(dir, 'error.log')}" warn;`,
      'events { worker_connections 512; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path "${join(dir, 'temp', kind)}";`),
      ...httpLines.map((line) => `    ${line}`),
      '}',
      '',
    ].join('\n'),
  );
  return ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
}

/**
 * Debian's nginx as a supervised non-daemon child serving `sitesDir`, with the production policy
 * (infra/nginx/portal-static.conf) and the routing generated from the live releases, as
 * production runs it. Its workers run unprivileged: the releases must be world-readable.
 */
export async function startNginx(sitesDir: string, workDir: string): Promise<NginxServer> {
  const port = await freePort();
  const dir = join(workDir, 'nginx');
  await mkdir(join(dir, 'routes'), { recursive: true });
  await writeFile(join(dir, 'portal-server.conf'), `listen 127.0.0.1:${port};\ninclude "${join(REPO_ROOT, 'infra/nginx/portal-static.conf')}";\n`);
  const control = await writeNginxConfig(dir, [`server { listen 127.0.0.1:${port} default_server; return 404; }`, `include "${join(dir, 'routes')}/*.conf";`]);
  let nginx: ManagedProcess | undefined;
  let reloads = 0;
  const routing = new NginxSitesFile(join(dir, 'routes', 'portal-sites.conf'), {
    sitesDir,
    serverInclude: join(dir, 'portal-server.conf'),
    log: () => undefined,
    onWritten: () => {
      if (!nginx?.pid) return;
      const reload = spawnSync(NGINX, [...control, '-s', 'reload'], { encoding: 'utf8' });
      if (reload.status !== 0) throw new Error(`nginx -s reload failed: ${reload.stderr}`);
      reloads += 1;
    },
  });
  await routing.start();
  const check = spawnSync(NGINX, [...control, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`generated nginx configuration is invalid: ${check.stderr}`);
  // Restarted quickly, as systemd's Restart=always would.
  const master = new ManagedProcess({ name: 'nginx', argv: [NGINX, ...control], cwd: dir, env: () => process.env, restart: true, restartBackoff: { initialMs: 200, maxMs: 2_000 }, output: () => undefined });
  nginx = master;
  master.start();
  return {
    port,
    process: master,
    reloads: () => reloads,
    async stop() {
      routing.close();
      await master.stop();
    },
  };
}
