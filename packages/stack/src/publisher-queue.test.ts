import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_QUEUE } from '@portal/publisher';
import { createDisposableStack } from './disposable-stack.js';
import { CMS_DIR } from './paths.js';
import { createTemporaryDatabase } from './postgres-database.js';

const { Client } = createRequire(`${CMS_DIR}/package.json`)('pg') as typeof import('pg');

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface BuildJobRow {
  tenantCode: string;
  state: string;
  startedOn: Date | null;
  completedOn: Date | null;
}

/**
 * Production publishing on PostgreSQL: the publishers take builds from the pg-boss queue in the
 * CMS's database. Two publisher processes (as on two machines, here sharing the sites directory as
 * shared storage would) build the freshly seeded portals, real Astro builds, with no build of one
 * portal on both at once.
 */
describe('publishing on PostgreSQL through the build queue', () => {
  it('builds every portal as queue jobs on two publisher processes at once and serves them', async () => {
    const database = await createTemporaryDatabase();
    cleanups.push(() => database.drop());
    const { stack, dispose } = await createDisposableStack('publisher-queue', { cmsEnv: database.env, output: () => undefined });
    cleanups.push(dispose);
    await stack.start();
    const secondMachine = stack.createPublisher('publisher-2', { PUBLISHER_STATE_DIR: join(stack.options.stateDir, 'publisher-2') }, false);
    cleanups.push(() => secondMachine.stop());
    secondMachine.start();

    const routes = await stack.waitForAllSites();
    const tenants = await stack.outbox().tenants();
    expect(tenants.length).toBeGreaterThan(1);

    const client = new Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    cleanups.push(() => client.end());
    const { rows } = await client.query<BuildJobRow>(
      `SELECT singleton_key AS "tenantCode", state, started_on AS "startedOn", completed_on AS "completedOn" FROM pgboss.job WHERE name = $1`,
      [BUILD_QUEUE],
    );
    for (const tenant of tenants) {
      expect(rows.some((row) => row.tenantCode === tenant.code && row.state === 'completed'), tenant.code).toBe(true);
    }
    const ran = rows.filter((row) => row.startedOn && row.completedOn);
    const overlap = (a: BuildJobRow, b: BuildJobRow) => a.startedOn! < b.completedOn! && b.startedOn! < a.completedOn!;
    // Two portals were built at the same time, and never one portal twice at once.
    expect(ran.some((a) => ran.some((b) => a !== b && a.tenantCode !== b.tenantCode && overlap(a, b)))).toBe(true);
    expect(ran.some((a) => ran.some((b) => a !== b && a.tenantCode === b.tenantCode && overlap(a, b)))).toBe(false);

    const [route] = routes;
    expect((await stack.fetchPage(stack.portalUrl(route!))).status).toBe(200);
  }, 900_000);
});
