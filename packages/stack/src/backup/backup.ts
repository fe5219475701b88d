import { copyFile, cp, lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { copyDatabase } from './database-copy.js';
import { encryptFile } from './encryption.js';
import type { Installation } from './installation.js';
import { BACKUP_FORMAT, describeTree, fileSha256, MANIFEST_FILE, type BackupManifest } from './manifest.js';
import { runTool } from './tools.js';

export const BACKUP_PREFIX = 'portal-backup-';
export const BACKUP_SUFFIX = '.tar.gpg';
const CHECKSUM_SUFFIX = '.sha256';

export interface BackupOptions {
  installation: Installation;
  /** The first copy, on this machine. */
  backupDir: string;
  /** Further copies by the 3-2-1 rule: a second medium, and the folder the off-site target is mounted on or synced from. */
  copyDirs: readonly string[];
  passphraseFile: string;
  /** How many backups each destination keeps, newest first. */
  keep: number;
  log: (line: string) => void;
}

export interface BackupResult {
  files: string[];
  manifest: BackupManifest;
}

export const checksumFileOf = (backup: string) => `${backup}${CHECKSUM_SUFFIX}`;

/**
 * The live release of each portal (its `current` link and the release it names) and the files
 * beside the portals' folders; old releases and unfinished builds are left out, since the
 * publisher rebuilds them on demand.
 */
async function copyLiveReleases(sitesDir: string, destination: string): Promise<void> {
  await mkdir(destination, { recursive: true });
  for (const name of await readdir(sitesDir).catch(() => [] as string[])) {
    const source = join(sitesDir, name);
    const info = await lstat(source);
    if (!info.isDirectory()) {
      await cp(source, join(destination, name), { verbatimSymlinks: true });
      continue;
    }
    const current = await readlink(join(source, 'current')).catch(() => undefined);
    if (!current) continue;
    await mkdir(join(destination, name), { recursive: true });
    await symlink(current, join(destination, name, 'current'));
    await cp(join(source, current), join(destination, name, current), { recursive: true, verbatimSymlinks: true });
  }
}

/** Copies a finished backup and its checksum to a destination, checked before it takes its final name. */
async function deliver(file: string, checksum: string, destinationDir: string): Promise<string> {
  await mkdir(destinationDir, { recursive: true });
  const target = join(destinationDir, basename(file));
  const partial = `${target}.partial`;
  try {
    await copyFile(file, partial);
    if ((await fileSha256(partial)) !== checksum) throw new Error(`the copy in ${destinationDir} does not match the backup (medium failing?)`);
    await writeFile(checksumFileOf(target), `${checksum}  ${basename(file)}\n`);
    await rename(partial, target);
    return target;
  } finally {
    await rm(partial, { force: true });
  }
}

/** Keeps the newest `keep` backups of a destination; touches nothing but this tool's own files. */
async function applyRetention(dir: string, keep: number, log: (line: string) => void): Promise<void> {
  const backups = (await readdir(dir)).filter((name) => name.startsWith(BACKUP_PREFIX) && name.endsWith(BACKUP_SUFFIX)).sort().reverse();
  for (const name of backups.slice(keep)) {
    await rm(join(dir, name), { force: true });
    await rm(checksumFileOf(join(dir, name)), { force: true });
    log(`[backup] removed ${join(dir, name)} (keeping the newest ${keep})`);
  }
}

/**
 * One consistent, encrypted backup of an installation: the CMS database (online copy), uploaded
 * media, secrets and the live releases, with a manifest of checksums inside. The backup gets its
 * final name only once complete, in every destination, so a failure leaves no half-written file.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const { installation, backupDir, log } = options;
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new Error(`the number of backups to keep must be a whole number of at least 1, not ${options.keep}`);
  await mkdir(backupDir, { recursive: true });
  const staging = await mkdtemp(join(backupDir, '.staging-'));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const name = `${BACKUP_PREFIX}${stamp}${BACKUP_SUFFIX}`;
  try {
    const tree = join(staging, 'tree');
    await mkdir(tree);
    const databaseFile = installation.database.client === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    // The database first: media and releases only grow, so everything it names is in the copy.
    await copyDatabase(installation.database, join(tree, databaseFile));
    await cp(installation.uploadsDir, join(tree, 'uploads'), { recursive: true, verbatimSymlinks: true }).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
    await copyFile(installation.secretsFile, join(tree, 'secrets.json')).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
    await copyLiveReleases(installation.sitesDir, join(tree, 'sites'));

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      database: { client: installation.database.client, file: databaseFile },
      entries: await describeTree(tree),
    };
    await writeFile(join(tree, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    await runTool('tar', ['--create', '--file', join(staging, 'backup.tar'), '--directory', tree, '.']);
    const encrypted = join(staging, name);
    await encryptFile(join(staging, 'backup.tar'), encrypted, options.passphraseFile);
    const checksum = await fileSha256(encrypted);

    const files: string[] = [];
    for (const destination of [backupDir, ...options.copyDirs]) {
      files.push(await deliver(encrypted, checksum, destination));
      await applyRetention(destination, options.keep, log);
    }
    log(`[backup] ${manifest.entries.length} files, ${installation.database.client} database; written to ${files.join(', ')}`);
    return { files, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
