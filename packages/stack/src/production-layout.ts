import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { NGINX, writeNginxConfig } from './nginx-server.js';
import { REPO_ROOT } from './paths.js';
import { mapPath, type PathMap } from './systemd-unit.js';

/** The domain infra/nginx/portal.conf names; the test keeps it and resolves every host to loopback itself. */
export const PRODUCTION_DOMAIN = 'vinhlong.gov.vn';

export interface ProductionLayoutOptions {
  /** An empty directory standing for the machine's `/`: etc/, var/lib/portal/ and nginx's own run files go here. */
  root: string;
  ports: { http: number; https: number; cms: number; preview: number };
  /** Admitted to the CMS's internal hosts besides the provincial network (nginx's `allow`): the test's editor. */
  editorAddress: string;
  /** Whether nginx also listens on IPv6 loopback, as the real files listen on `[::]`. */
  ipv6: boolean;
  /** `/etc/portal/portal.env`: values replacing infra/portal.env.example's, then settings it lacks. */
  env: Record<string, string>;
}

export interface ProductionLayout {
  /** Production's absolute paths and where they are under `root` (the units' paths are mapped with it). */
  paths: PathMap;
  /** The self-signed certificate every host presents (a client's trusted CA). */
  certificate: string;
  sitesDir: string;
  /** nginx's arguments for this configuration (`nginx … -t`, `-s reload`). */
  nginxControl: string[];
  /** `/etc/logrotate.d/portal`, rendered from infra/logrotate/portal. */
  logrotateConfig: string;
}

const INFRA = join(REPO_ROOT, 'infra');
/** The production directories infra/nginx names: the certificate, the included policy, the generated routes. */
const NGINX_PATHS = ['/etc/ssl/portal', '/etc/nginx/portal', '/var/lib/portal'];

/**
 * Each rewrite of the real infra/nginx files that makes them run as an ordinary process beside
 * other tests: only paths, ports and the admitted network change. Every rule must apply at least
 * once, so a change to the files that the renderer would silently miss fails instead.
 */
function nginxRewrites(options: ProductionLayoutOptions, paths: PathMap): Array<[what: string, from: RegExp, to: string]> {
  const { http, https, cms, preview } = options.ports;
  const onIpv6 = (port: number) => (options.ipv6 ? `listen [::1]:${port}` : `# IPv6 loopback unavailable: listen [::]:${port}`);
  return [
    ...NGINX_PATHS.map((from): [string, RegExp, string] => [`path ${from}`, new RegExp(`${from}/`, 'g'), `${mapPath(from, paths)}/`]),
    ['http port', /listen 80;/g, `listen 127.0.0.1:${http};`],
    ['http port (IPv6)', /listen \[::\]:80;/g, `${onIpv6(http)};`],
    ['https port', /listen 443 /g, `listen 127.0.0.1:${https} `],
    ['https port (IPv6)', /listen \[::\]:443 /g, `${onIpv6(https)} `],
    ['CMS address', /127\.0\.0\.1:1337/g, `127.0.0.1:${cms}`],
    ['preview address', /127\.0\.0\.1:8090/g, `127.0.0.1:${preview}`],
    ['admitted network', /deny all;/g, `allow ${options.editorAddress}; deny all;`],
  ];
}

/** Production's paths under the test's root; the checkout stands for /opt/portal and this Node for /usr/bin/node. */
function productionPaths(root: string): PathMap {
  return [
    ['/opt/portal', REPO_ROOT],
    ['/usr/bin/node', process.execPath],
    ...['/etc/portal', '/etc/logrotate.d', '/etc/ssl/portal', '/etc/nginx/portal', '/etc/nginx/sites-enabled', '/var/lib/portal', '/var/backups/portal'].map((path) => [path, join(root, path)] as const),
  ];
}

/** infra/portal.env.example with the given values, its paths mapped, and the settings it lacks appended. */
async function renderEnvironmentFile(env: Record<string, string>, paths: PathMap): Promise<string> {
  const remaining = new Map(Object.entries(env));
  const lines = (await readFile(join(INFRA, 'portal.env.example'), 'utf8')).split('\n').map((line) => {
    const assignment = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!assignment) return line;
    const [, key, value] = assignment as unknown as [string, string, string];
    const replaced = remaining.get(key) ?? value;
    remaining.delete(key);
    return `${key}=${replaced.startsWith('/') ? mapPath(replaced, paths) : replaced}`;
  });
  return [...lines, '# Test settings infra/portal.env.example does not have:', ...[...remaining].map(([key, value]) => `${key}=${value}`), ''].join('\n');
}

function makeCertificate(dir: string): void {
  const names = [PRODUCTION_DOMAIN, `*.${PRODUCTION_DOMAIN}`, `*.cms.${PRODUCTION_DOMAIN}`].map((name) => `DNS:${name}`).join(',');
  const result = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${PRODUCTION_DOMAIN}`, '-addext', `subjectAltName=${names}`, '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem')],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make the test certificate: ${result.stderr || result.error?.message}`);
}

/**
 * infra/logrotate/portal with its paths mapped and the `portal` account replaced by the one
 * running the test (logrotate refuses an unknown user; production creates `portal`).
 */
async function renderLogrotate(paths: PathMap): Promise<string> {
  const user = userInfo().username;
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  const text = await readFile(join(INFRA, 'logrotate/portal'), 'utf8');
  if (!/^\/var\/lib\/portal\/.* \{$/m.test(text) || !/ portal portal$/m.test(text)) throw new Error('infra/logrotate/portal no longer has what the production-install renderer rewrites: update production-layout.ts with it');
  return text.replace(/^(\/var\/lib\/portal\/\S*)/gm, (path) => mapPath(path, paths)).replace(/ portal portal$/gm, ` ${user} ${group}`);
}

/**
 * The production installation of infra/ laid out under a temporary root: the real nginx files
 * (portal.conf, portal-server.conf, portal-static.conf) rewritten only as `nginxRewrites` says,
 * a self-signed certificate for the production domain, `/etc/portal/portal.env` rendered from
 * portal.env.example, and the logrotate file. nginx's configuration is checked (`nginx -t`) before this returns.
 */
export async function renderProductionLayout(options: ProductionLayoutOptions): Promise<ProductionLayout> {
  const paths = productionPaths(options.root);
  const at = (path: string) => mapPath(path, paths);
  for (const dir of ['/etc/portal', '/etc/logrotate.d', '/etc/ssl/portal', '/etc/nginx/portal', '/etc/nginx/sites-enabled', '/var/lib/portal/nginx', '/var/lib/portal/sites', '/var/lib/portal/publisher', '/var/lib/portal/cms/public/uploads']) {
    await mkdir(at(dir), { recursive: true });
  }
  makeCertificate(at('/etc/ssl/portal'));
  await writeFile(at('/etc/portal/portal.env'), await renderEnvironmentFile(options.env, paths), { mode: 0o600 });
  await writeFile(at('/etc/logrotate.d/portal'), await renderLogrotate(paths));

  const rewrites = nginxRewrites(options, paths);
  const applied = new Set<string>();
  const targets = { 'portal.conf': '/etc/nginx/sites-enabled/portal.conf', 'portal-server.conf': '/etc/nginx/portal/portal-server.conf', 'portal-static.conf': '/etc/nginx/portal/portal-static.conf' };
  for (const [file, target] of Object.entries(targets)) {
    let text = await readFile(join(INFRA, 'nginx', file), 'utf8');
    for (const [what, from, to] of rewrites) {
      if (text.search(from) !== -1) applied.add(what);
      text = text.replace(from, to);
    }
    await writeFile(at(target), text);
  }
  const unused = rewrites.map(([what]) => what).filter((what) => !applied.has(what));
  if (unused.length > 0) throw new Error(`infra/nginx no longer has what the production-install renderer rewrites (${unused.join(', ')}): update production-layout.ts with the files`);

  const nginxControl = await writeNginxConfig(join(options.root, 'run/nginx'), [`include "${at('/etc/nginx/sites-enabled/portal.conf')}";`]);
  const check = spawnSync(NGINX, [...nginxControl, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refuses the production configuration: ${check.stderr}`);
  return {
    paths,
    certificate: await readFile(at('/etc/ssl/portal/fullchain.pem'), 'utf8'),
    sitesDir: at('/var/lib/portal/sites'),
    nginxControl,
    logrotateConfig: at('/etc/logrotate.d/portal'),
  };
}
