import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CMS_DIR, STRAPI_CLI } from './paths.js';

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** A digest of everything the compiled CMS depends on, to rebuild only after a change. */
async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['src', 'config']) {
    for await (const file of filesUnder(join(CMS_DIR, dir))) {
      hash.update(relative(CMS_DIR, file)).update(await readFile(file));
    }
  }
  hash.update(await readFile(join(CMS_DIR, 'package.json')));
  return hash.digest('hex');
}

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
  const stampFile = join(CMS_DIR, 'dist', '.portal-build-stamp');
  const digest = await sourceDigest();
  const [builtDigest, builtKind] = (await readFile(stampFile, 'utf8').catch(() => '')).split(':');
  const adminBuilt = builtKind === 'admin' && (await stat(join(CMS_DIR, 'dist', 'build')).then(() => true, () => false));
  if (builtDigest === digest && (adminBuilt || !options.withAdmin)) return;
  if (options.withAdmin) {
    options.log('[stack] building the CMS and its admin panel (first run: about two minutes)');
    await run([process.execPath, STRAPI_CLI, 'build'], options.env);
  } else {
    options.log('[stack] compiling the CMS server');
    await run([process.execPath, join(CMS_DIR, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], options.env);
  }
  await writeFile(stampFile, `${digest}:${options.withAdmin ? 'admin' : 'server'}`);
}
