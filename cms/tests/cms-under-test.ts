import { afterAll, beforeAll } from 'vitest';
import { createDisposableStack, createTemporaryDatabase, type CmsAdminClient, type DisposableStack, type Stack, type TemporaryDatabase } from '@portal/stack';

export const DATABASES = ['sqlite', 'postgres'] as const;
export type DatabaseClient = (typeof DATABASES)[number];

export interface CmsUnderTest {
  stack: Stack;
  admin: CmsAdminClient;
  /** Calls the CMS with the publisher's token (or another one) as the publisher would. */
  publisherFetch(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
}

/**
 * Boots a real Strapi with demo content on a fresh database of the given kind for the
 * surrounding describe block, and shuts it down afterwards. `env` adds CMS settings.
 */
export function useCms(database: DatabaseClient, options: { env?: Record<string, string> } = {}): CmsUnderTest {
  const cms = {} as CmsUnderTest;
  let installation: DisposableStack | undefined;
  let postgres: TemporaryDatabase | undefined;

  beforeAll(async () => {
    postgres = database === 'postgres' ? await createTemporaryDatabase() : undefined;
    const output: string[] = [];
    installation = await createDisposableStack(`cms-${database}`, {
      baseDomain: 'vinhlong.test',
      cmsEnv: { ...postgres?.env, ...options.env },
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
    await postgres?.drop();
  });

  return cms;
}
