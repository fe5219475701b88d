import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { CMS_DIR } from './paths.js';

// The pg driver is the CMS's own dependency; borrowing it keeps one driver version in the repo.
const { Client } = createRequire(`${CMS_DIR}/package.json`)('pg') as typeof import('pg');

export interface TemporaryDatabase {
  name: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}

const DEFAULT_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A PostgreSQL database for one test run, dropped afterwards: empty, or a copy of `template`
 * (PostgreSQL copies it file by file, far faster than replaying its content).
 */
export async function createTemporaryDatabase(options: { template?: string; adminUrl?: string } = {}): Promise<TemporaryDatabase> {
  const adminUrl = options.adminUrl ?? DEFAULT_ADMIN_URL;
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
