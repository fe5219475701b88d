import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PublishEvent } from '@portal/contract';
import { CMS_DIR } from './paths.js';

/**
 * The CMS environment of an installation, as the stack gives it to its CMS process: its secrets,
 * its SQLite file and media under the state directory, unless `extra` names another database.
 */
export function installationCmsEnv(stateDir: string, secrets: object, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...(secrets as Record<string, string>),
    DATABASE_FILENAME: join(stateDir, 'cms', 'data.db'),
    CMS_PUBLIC_DIR: join(stateDir, 'cms', 'public'),
    ...extra,
  };
}

/** The part of a loaded Strapi that bulk tools use: the Document Service, the database, the outbox. */
export interface InProcessCms {
  documents(uid: string): any;
  db: { transaction<T>(run: () => Promise<T>): Promise<T>; query(uid: string): any };
  outbox: { record(event: Omit<PublishEvent, 'id' | 'createdAt'>): Promise<void> };
  /** Refreshes the query planner's statistics, as a bulk load should be followed by (SQLite and PostgreSQL alike). */
  analyze(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Loads the compiled CMS inside this process, on the database its environment names, without
 * serving HTTP: bulk writes then run at the speed of function calls, not of one HTTP round trip
 * per document.
 */
export async function loadCmsInProcess(env: Record<string, string>): Promise<InProcessCms> {
  Object.assign(process.env, { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', SEED_DEMO_CONTENT: 'false', ...env });
  const { createStrapi } = createRequire(join(CMS_DIR, 'package.json'))('@strapi/strapi') as { createStrapi(options: { appDir: string; distDir: string }): any };
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: join(CMS_DIR, 'dist') }).load();
  return {
    documents: (uid) => strapi.documents(uid),
    db: strapi.db,
    outbox: strapi.service('api::publish-event.publish-event'),
    analyze: () => strapi.db.connection.raw('ANALYZE'),
    async destroy() {
      await untilIdle(strapi.db.connection.client.pool);
      await strapi.destroy();
    },
  };
}

interface ConnectionPool {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Strapi finishes some work after a call returns (event listeners write in the background);
 * closing the pool under them rejects their queries. Waits until no connection is in use.
 */
async function untilIdle(pool: ConnectionPool, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietChecks = 0;
  while (quietChecks < 3 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    quietChecks = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? quietChecks + 1 : 0;
  }
}
