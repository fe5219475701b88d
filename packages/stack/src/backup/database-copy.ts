import { createRequire } from 'node:module';
import { CMS_DIR } from '../paths.js';
import { runTool } from './tools.js';
import type { InstallationDatabase } from './installation.js';

// Both drivers are the CMS's own dependencies, borrowed so the repository has one version of each.
const requireFromCms = createRequire(`${CMS_DIR}/package.json`);

/** The part of better-sqlite3 a backup uses (its types are not a dependency of this package). */
type SqliteDriver = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => { backup(destination: string): Promise<unknown>; close(): void };

/**
 * A consistent copy of the CMS database while the CMS runs: SQLite's online backup API, or a
 * pg_dump snapshot (one transaction) in its custom format.
 */
export async function copyDatabase(database: InstallationDatabase, destination: string): Promise<void> {
  if (database.client === 'sqlite') {
    const Database = requireFromCms('better-sqlite3') as SqliteDriver;
    const source = new Database(database.file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(destination);
    } finally {
      source.close();
    }
    return;
  }
  await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${destination}`, `--dbname=${database.url}`]);
}

/** Puts a pg_dump copy back into an empty PostgreSQL database, in one transaction, so a failure leaves it empty. */
export async function restorePostgres(url: string, copy: string): Promise<void> {
  const { Client } = requireFromCms('pg') as typeof import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = current_schema()');
    if (rows[0].tables > 0) throw new Error(`the target database already has ${rows[0].tables} tables; restore only into an empty database`);
  } finally {
    await client.end();
  }
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, copy]);
}
