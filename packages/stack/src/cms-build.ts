import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CMS_DIR, STRAPI_CLI } from './paths.js';

async function* filesUnder(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) yield path;
  if (!info?.isDirectory()) return;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    yield* filesUnder(child);
  }
}

/** A digest of the given CMS files and folders, to rebuild only after a change. */
async function digestOf(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    for await (const file of filesUnder(join(CMS_DIR, path))) {
      hash.update(relative(CMS_DIR, file)).update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

const SERVER_INPUTS = ['src', 'config', 'package.json', 'tsconfig.json'];
// The admin bundle depends on the admin customisations, the plugins and the shared contract
// (choice labels), not on server code.
const ADMIN_INPUTS = ['src/admin', 'config/admin.ts', 'config/plugins.ts', 'package.json', 'node_modules/@portal/contract/dist'];

function run(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: CMS_DIR, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${argv.join(' ')} exited with ${code}`))));
  });
}

/**
 * Compiles the CMS when its sources changed since the last build. The admin panel bundle takes
 * about 90 s and 2 GB, so runs that only use the APIs (tests) compile the server alone.
 */
export async function ensureCmsBuilt(options: { withAdmin: boolean; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<void> {
  const stamp = (name: string) => join(CMS_DIR, 'dist', `.${name}-build-stamp`);
  const upToDate = async (name: string, inputs: readonly string[]) => {
    const digest = await digestOf(inputs);
    return { digest, current: (await readFile(stamp(name), 'utf8').catch(() => '')) === digest };
  };
  const server = await upToDate('server', SERVER_INPUTS);
  const admin = options.withAdmin ? await upToDate('admin', ADMIN_INPUTS) : undefined;
  if (admin && !admin.current) {
    options.log('[stack] building the CMS and its admin panel (first run: about a minute)');
    await run([process.execPath, STRAPI_CLI, 'build'], options.env);
    await writeFile(stamp('admin'), admin.digest);
  } else if (!server.current) {
    options.log('[stack] compiling the CMS server');
    await run([process.execPath, join(CMS_DIR, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], options.env);
  } else {
    return;
  }
  await writeFile(stamp('server'), server.digest);
}
