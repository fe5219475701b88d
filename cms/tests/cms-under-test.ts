import { afterAll, beforeAll, inject } from 'vitest';
import { stackFromSnapshot, type CmsAdminClient, type DisposableStack, type Stack } from '@portal/stack';
import type { DatabaseClient } from './databases';

export { DATABASES, type DatabaseClient } from './databases';

export interface CmsUnderTest {
  stack: Stack;
  admin: CmsAdminClient;
  /** Calls the CMS with the publisher's token (or another one) as the publisher would. */
  publisherFetch(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
}

/**
 * Boots a real Strapi with demo content on its own copy of the run's seeded database of the given
 * kind (tests/global-setup.ts) for the surrounding describe block, and shuts it down afterwards.
 * `env` adds CMS settings.
 */
export function useCms(database: DatabaseClient, options: { env?: Record<string, string> } = {}): CmsUnderTest {
  const cms = {} as CmsUnderTest;
  let installation: DisposableStack | undefined;

  beforeAll(async () => {
    const output: string[] = [];
    installation = await stackFromSnapshot(inject('seededCms')[database], `cms-${database}`, {
      cmsEnv: options.env,
      output: (line) => output.push(line),
    });
    cms.stack = installation.stack;
    try {
      await cms.stack.startCms();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${output.slice(-40).join('\n')}`);
    }
    cms.admin = await cms.stack.admin();
    cms.publisherFetch = (path, { token = cms.stack.secrets.PUBLISHER_TOKEN, ...init } = {}) =>
      fetch(`${cms.stack.cmsUrl}${path}`, {
        ...init,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...init.headers },
      });
  });

  afterAll(async () => {
    await installation?.dispose();
  });

  return cms;
}
