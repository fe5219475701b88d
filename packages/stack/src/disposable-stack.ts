import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { Stack, type StackOptions } from './stack.js';

export interface DisposableStack {
  stack: Stack;
  /** Stops every process and deletes the installation's state. */
  dispose(): Promise<void>;
}

/**
 * A throw-away installation for tests and benchmarks: fresh state directory, free ports, demo
 * content, no admin panel build. It can run beside a developer's own `npm start`.
 */
export async function createDisposableStack(label: string, overrides: Partial<StackOptions> = {}): Promise<DisposableStack> {
  return disposableStackIn(await mkdtemp(join(tmpdir(), `portal-${label}-`)), overrides);
}

/** The same, on a state directory the caller prepared (a copy of a seeded one); `cleanUp` runs after it is deleted. */
export async function disposableStackIn(stateDir: string, overrides: Partial<StackOptions> = {}, cleanUp: () => Promise<void> = async () => undefined): Promise<DisposableStack> {
  const stack = new Stack({
    stateDir,
    cmsPort: await freePort(),
    portalPort: await freePort(),
    previewPort: await freePort(),
    withAdmin: false,
    seedDemoContent: true,
    baseDomain: 'vinhlong.localhost',
    ...overrides,
  });
  return {
    stack,
    async dispose() {
      await stack.stop();
      await rm(stateDir, { recursive: true, force: true });
      await cleanUp();
    },
  };
}
