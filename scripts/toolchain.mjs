#!/usr/bin/env node
// Entry point for every root command (`npm start`, `npm test`, `npm run bench`).
//
// Machines here ship an older Node than the project needs and no pnpm. Rather than asking every
// newcomer to install the right ones, this script provisions Node 24 and the pinned pnpm from the
// npm registry into .toolchain/, installs the workspace when the lockfile changed, and then runs
// the requested workspace script under that toolchain. It must stay runnable on Node 18+ with no
// dependencies, because it runs before anything is installed.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolchainDir = join(root, '.toolchain');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = rootManifest.packageManager.replace(/^pnpm@/, '');
const minimumNodeMajor = 22;
const provisionedNodeMajor = 24;

function log(message) {
  process.stderr.write(`[toolchain] ${message}\n`);
}

function fail(message) {
  log(message);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** Installs an npm package into its own prefix once; returns the prefix's node_modules path. */
function npmProvision(name, spec) {
  const prefix = join(toolchainDir, name);
  const stamp = join(prefix, '.provisioned');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return join(prefix, 'node_modules');
  log(`installing ${spec} into ${prefix}`);
  mkdirSync(prefix, { recursive: true });
  // The node package downloads nothing itself: its platform binary is a registry dependency.
  run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--foreground-scripts', spec]);
  writeFileSync(stamp, spec);
  return join(prefix, 'node_modules');
}

function nodeToolchain() {
  const systemMajor = Number(process.versions.node.split('.')[0]);
  if (systemMajor >= minimumNodeMajor && !process.env.PORTAL_FORCE_TOOLCHAIN_NODE) {
    return { binDir: dirname(process.execPath), headersDir: undefined };
  }
  const modules = npmProvision('node', `node@${provisionedNodeMajor}`);
  const binDir = join(modules, 'node', 'bin');
  if (!existsSync(join(binDir, 'node'))) fail(`node@${provisionedNodeMajor} installed without a binary in ${binDir}`);
  // node-gyp would otherwise try to download headers, which fails offline.
  const headersDir = join(modules, 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
  return { binDir, headersDir: existsSync(join(headersDir, 'include')) ? headersDir : undefined };
}

function pnpmToolchain() {
  const modules = npmProvision('pnpm', `pnpm@${pnpmVersion}`);
  // pnpm 12 ships a native executable; its install script links it to the package's `pnpm` bin.
  const entry = join(modules, '.bin', 'pnpm');
  if (!existsSync(entry)) fail(`pnpm@${pnpmVersion} installed without ${entry}`);
  return entry;
}

function toolchainEnv(node, pnpmEntry) {
  const env = {
    ...process.env,
    PATH: [node.binDir, dirname(pnpmEntry), join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    PORTAL_PNPM: pnpmEntry,
    PORTAL_NODE: join(node.binDir, 'node'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  if (node.headersDir) env.npm_config_nodedir = node.headersDir;
  return env;
}

/** Runs `pnpm install` only when the lockfile or a manifest changed since the last install. */
function ensureInstalled(env) {
  const workspaceDirs = ['cms', 'site', 'e2e'].concat(readdirSync(join(root, 'packages')).map((name) => join('packages', name)));
  const inputs = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json']
    .concat(workspaceDirs.map((dir) => join(dir, 'package.json')))
    .map((file) => join(root, file))
    .filter(existsSync)
    .map((file) => readFileSync(file));
  const digest = createHash('sha256').update(process.versions.node).update(env.PORTAL_NODE);
  for (const input of inputs) digest.update(input);
  const stamp = join(root, 'node_modules', '.portal-install-stamp');
  const wanted = digest.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  run(env.PORTAL_PNPM, ['install', ...frozen], { cwd: root, env });
  writeFileSync(stamp, wanted);
}

function main() {
  const [script, ...scriptArgs] = process.argv.slice(2);
  if (!script) fail('usage: node scripts/toolchain.mjs <workspace script> [args…]');
  const node = nodeToolchain();
  const pnpmEntry = pnpmToolchain();
  const env = toolchainEnv(node, pnpmEntry);
  ensureInstalled(env);
  const child = spawn(pnpmEntry, ['run', '--silent', script, ...scriptArgs], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the whole foreground process group; the child shuts down its own services.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
