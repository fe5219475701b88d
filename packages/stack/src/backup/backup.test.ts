import { createRequire } from 'node:module';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDisposableStack, type DisposableStack } from '../disposable-stack.js';
import { CMS_DIR } from '../paths.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../postgres-database.js';
import { Stack } from '../stack.js';
import { createBackup } from './backup.js';
import type { Installation } from './installation.js';
import { describeTree } from './manifest.js';
import { restoreBackup } from './restore.js';

const requireFromCms = createRequire(`${CMS_DIR}/package.json`);
const quiet = () => undefined;

/** Every row of every table, in a stable order: what "every item" means for the CMS database. */
type Rows = Record<string, unknown[]>;

function sqliteRows(file: string): Rows {
  const Database = requireFromCms('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

async function postgresRows(url: string): Promise<Rows> {
  const { Client } = requireFromCms('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    const result: Rows = {};
    for (const { table_name: name } of tables) {
      const { rows } = await client.query(`SELECT * FROM "${name}"`);
      result[name] = rows.map((row: unknown) => JSON.stringify(row)).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The files readers and editors see: uploaded media and each portal's live release. */
async function publicFiles(installation: Installation) {
  const tenants = await readdir(installation.sitesDir).catch(() => [] as string[]);
  const releases = await Promise.all(tenants.map(async (tenant) => [tenant, await describeTree(join(installation.sitesDir, tenant, 'current')).catch(() => [])] as const));
  return { uploads: await describeTree(installation.uploadsDir), releases: Object.fromEntries(releases), secrets: await readFile(installation.secretsFile, 'utf8') };
}

describe('backup and restore drill', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  async function workspace() {
    const dir = await mkdtemp(join(tmpdir(), 'portal-backup-test-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const passphraseFile = join(dir, 'passphrase');
    await writeFile(passphraseFile, 'correct horse battery staple\n', { mode: 0o600 });
    return { dir, passphraseFile, local: join(dir, 'local'), secondMedium: join(dir, 'usb'), offSite: join(dir, 'off-site') };
  }

  const installationOf = (stack: Stack, database: Installation['database']): Installation => ({
    database,
    uploadsDir: join(stack.options.stateDir, 'cms', 'public', 'uploads'),
    sitesDir: stack.sitesDir,
    secretsFile: join(stack.options.stateDir, 'secrets.json'),
  });

  it('backs up a running SQLite installation with its portals, restores it onto an empty machine, and it serves the same', async () => {
    const place = await workspace();
    const disposable: DisposableStack = await createDisposableStack('backup-sqlite');
    cleanups.push(() => disposable.dispose());
    const { stack } = disposable;
    await stack.start();
    await stack.waitForAllSites();
    // Quiesce the writers a backup races with in real life only through the database's own snapshot.
    await stack.publisher.stop();
    const databaseFile = join(stack.options.stateDir, 'cms', 'data.db');
    const installation = installationOf(stack, { client: 'sqlite', file: databaseFile });

    const { files } = await createBackup({ installation, backupDir: place.local, copyDirs: [place.secondMedium, place.offSite], passphraseFile: place.passphraseFile, keep: 2, log: quiet });
    expect(files).toHaveLength(3);
    await stack.stop();
    const before = { rows: sqliteRows(databaseFile), files: await publicFiles(installation) };
    expect(before.files.uploads.length).toBeGreaterThan(3);
    expect(Object.values(before.files.releases).every((release) => release.length > 20)).toBe(true);

    // The machine is lost: only the off-site copy and the passphrase remain.
    await rm(stack.options.stateDir, { recursive: true, force: true });
    await expect(restoreBackup({ installation, backupFile: files[2]!, passphraseFile: join(place.dir, 'missing'), log: quiet })).rejects.toThrow(/could not decrypt/);
    expect(await describeTree(stack.options.stateDir).catch(() => [])).toEqual([]);
    await restoreBackup({ installation, backupFile: files[2]!, passphraseFile: place.passphraseFile, log: quiet });

    expect(sqliteRows(databaseFile)).toEqual(before.rows);
    expect(await publicFiles(installation)).toEqual(before.files);
    await expect(restoreBackup({ installation, backupFile: files[0]!, passphraseFile: place.passphraseFile, log: quiet })).rejects.toThrow(/not empty/);

    // The restored installation starts, keeps its administrator, and serves its portals.
    const restored = new Stack({ ...stack.options, output: quiet });
    cleanups.push(() => restored.stop());
    await restored.startCms();
    restored.staticServer.start();
    await (await restored.admin()).tenantDocumentId('snv');
    const [route] = await restored.waitForAllSites(60_000);
    await expect.poll(async () => (await restored.fetchPage(restored.portalUrl(route!))).status, { timeout: 20_000 }).toBe(200);
  }, 600_000);

  it('backs up PostgreSQL with pg_dump, keeps only the newest backups, refuses a damaged copy, and restores into an empty database', async () => {
    const place = await workspace();
    const source: TemporaryDatabase = await createTemporaryDatabase();
    const target: TemporaryDatabase = await createTemporaryDatabase();
    cleanups.push(() => source.drop(), () => target.drop());
    const disposable = await createDisposableStack('backup-postgres', { cmsEnv: source.env });
    cleanups.push(() => disposable.dispose());
    const { stack } = disposable;
    await stack.startCms();
    const installation = installationOf(stack, { client: 'postgres', url: source.env.DATABASE_URL! });

    const backups: string[][] = [];
    const backUp = async () => {
      backups.push((await createBackup({ installation, backupDir: place.local, copyDirs: [place.offSite], passphraseFile: place.passphraseFile, keep: 2, log: quiet })).files);
      await new Promise((resolve) => setTimeout(resolve, 1100));
    };
    // Two while the CMS runs; the one compared below once it has stopped, since a running CMS
    // may write after pg_dump's snapshot and the state read afterwards would differ from it.
    await backUp();
    await backUp();
    await stack.stop();
    await backUp();
    for (const dir of [place.local, place.offSite]) expect((await readdir(dir)).filter((name) => name.endsWith('.tar.gpg'))).toHaveLength(2);
    const before = { rows: await postgresRows(source.env.DATABASE_URL!), files: await publicFiles(installation) };
    expect(before.rows['articles']!.length).toBeGreaterThan(5);

    await rm(stack.options.stateDir, { recursive: true, force: true });
    const restoredInto = { ...installation, database: { client: 'postgres' as const, url: target.env.DATABASE_URL! } };
    const [latest] = backups.at(-1)!;
    const damaged = join(place.dir, 'damaged.tar.gpg');
    const bytes = await readFile(latest!);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(damaged, bytes);
    await writeFile(`${damaged}.sha256`, await readFile(`${latest}.sha256`));
    await expect(restoreBackup({ installation: restoredInto, backupFile: damaged, passphraseFile: place.passphraseFile, log: quiet })).rejects.toThrow(/does not match its checksum/);
    await expect(restoreBackup({ installation: { ...restoredInto, database: installation.database }, backupFile: latest!, passphraseFile: place.passphraseFile, log: quiet })).rejects.toThrow(/already has \d+ tables/);
    expect(await describeTree(stack.options.stateDir).catch(() => [])).toEqual([]);

    await restoreBackup({ installation: restoredInto, backupFile: latest!, passphraseFile: place.passphraseFile, log: quiet });
    const restoredRows = await postgresRows(target.env.DATABASE_URL!);
    expect(Object.keys(restoredRows)).toEqual(Object.keys(before.rows));
    // Table by table, so a difference names its table instead of one diff too large to print.
    for (const [table, rows] of Object.entries(before.rows)) expect(restoredRows[table], table).toEqual(rows);
    expect(await publicFiles(restoredInto)).toEqual(before.files);
  }, 600_000);
});
