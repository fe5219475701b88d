import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checksumFileOf } from './backup.js';
import { restorePostgres } from './database-copy.js';
import { decryptFile } from './encryption.js';
import type { Installation } from './installation.js';
import { BACKUP_FORMAT, describeTree, differences, fileSha256, MANIFEST_FILE, type BackupManifest } from './manifest.js';
import { runTool } from './tools.js';

export interface RestoreOptions {
  installation: Installation;
  backupFile: string;
  passphraseFile: string;
  log: (line: string) => void;
}

/** One piece of the backup and where it goes back to. */
interface Placement {
  from: string;
  to: string;
}

async function isEmptyOrMissing(path: string): Promise<boolean> {
  return readdir(path).then(
    (names) => names.length === 0,
    (error) => (error as NodeJS.ErrnoException).code === 'ENOENT',
  );
}

const isWithin = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** Refuses a backup whose encrypted file does not match the checksum written beside it. */
async function verifyChecksum(backupFile: string): Promise<void> {
  const recorded = await readFile(checksumFileOf(backupFile), 'utf8').catch(() => undefined);
  if (recorded === undefined) return;
  if (recorded.split(/\s+/)[0] !== (await fileSha256(backupFile))) throw new Error(`${backupFile} does not match its checksum file: the copy is damaged; restore another copy`);
}

/** Decrypts and unpacks a backup into `tree`, and checks every file against its manifest. */
async function unpack(options: RestoreOptions, work: string, tree: string): Promise<BackupManifest> {
  const archive = join(work, 'backup.tar');
  await decryptFile(options.backupFile, archive, options.passphraseFile).catch((error) => {
    throw new Error(`could not decrypt ${options.backupFile} (wrong passphrase file?): ${(error as Error).message}`);
  });
  await mkdir(tree);
  await runTool('tar', ['--extract', '--file', archive, '--directory', tree]);
  await rm(archive);
  const manifest = JSON.parse(await readFile(join(tree, MANIFEST_FILE), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`backup format ${manifest.format} is not one this version restores (${BACKUP_FORMAT})`);
  const problems = differences(manifest.entries, await describeTree(tree));
  if (problems.length > 0) throw new Error(`the backup does not match its manifest: ${problems.slice(0, 20).join('; ')}`);
  return manifest;
}

/** Moves a piece next to its final place (same filesystem), so putting it in place is a rename. */
async function stage({ from, to }: Placement): Promise<string> {
  await mkdir(dirname(to), { recursive: true });
  const staged = `${to}.restoring`;
  await rm(staged, { recursive: true, force: true });
  await rename(from, staged).catch(async (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, staged, { recursive: true, verbatimSymlinks: true });
  });
  return staged;
}

/**
 * Restores a backup onto an empty installation: decrypts it, checks every file against the
 * manifest, stages each piece beside its place, restores the database, and only then renames the
 * pieces into place. Whatever fails before that, no file of the backup is left behind.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const { installation, log } = options;
  const work = await mkdtemp(join(tmpdir(), 'portal-restore-'));
  const staged: Array<{ staged: string; to: string }> = [];
  try {
    const tree = join(work, 'tree');
    const placements: Placement[] = [
      { from: join(tree, 'uploads'), to: installation.uploadsDir },
      { from: join(tree, 'sites'), to: installation.sitesDir },
      { from: join(tree, 'secrets.json'), to: installation.secretsFile },
      ...(installation.database.client === 'sqlite' ? [{ from: join(tree, 'database.sqlite'), to: installation.database.file }] : []),
    ];
    for (const { to } of placements) {
      if (!(await isEmptyOrMissing(to))) throw new Error(`${to} is not empty: restore only onto an empty installation (move the old one aside first)`);
    }
    await verifyChecksum(options.backupFile);
    const manifest = await unpack(options, work, tree);
    if (manifest.database.client !== installation.database.client) {
      throw new Error(`the backup holds a ${manifest.database.client} database; set DATABASE_CLIENT=${manifest.database.client} to restore it`);
    }
    for (const placement of placements) {
      if (manifest.entries.some((entry) => isWithin(join(tree, entry.path), placement.from))) staged.push({ staged: await stage(placement), to: placement.to });
    }
    // PostgreSQL restores in one transaction into an empty database; SQLite is one of the files above.
    if (installation.database.client === 'postgres') await restorePostgres(installation.database.url, join(tree, manifest.database.file));
    for (const piece of staged.splice(0)) {
      await rmdir(piece.to).catch(() => undefined);
      await rename(piece.staged, piece.to);
    }
    log(`[restore] ${manifest.entries.length} files and the ${manifest.database.client} database of ${manifest.createdAt} restored`);
    return manifest;
  } finally {
    await Promise.all(staged.map((piece) => rm(piece.staged, { recursive: true, force: true })));
    await rm(work, { recursive: true, force: true });
  }
}
