import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { REPO_ROOT } from './paths.js';
import type { Stack } from './stack.js';

const SEED_SCALE_CLI = resolve(REPO_ROOT, 'packages/stack/dist/seed-scale.js');

/** Runs `seed:scale` against a stack's installation, passing each output line on; resolves with the exit code. */
export function runSeedScale(stack: Stack, args: readonly string[], output: (line: string) => void): Promise<number> {
  const child = spawn(process.execPath, [SEED_SCALE_CLI, ...args], {
    env: {
      ...process.env,
      PORTAL_STATE_DIR: stack.options.stateDir,
      CMS_PORT: String(stack.options.cmsPort),
      PORTAL_BASE_DOMAIN: stack.options.baseDomain,
      ...stack.options.cmsEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', output);
  return new Promise((settle, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => settle(code ?? 1));
  });
}
