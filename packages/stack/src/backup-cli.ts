#!/usr/bin/env node
// `npm run backup` and `npm run restore -- <file>`: see docs/operations.md "Backups".
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createBackup } from './backup/backup.js';
import { installationFrom } from './backup/installation.js';
import { restoreBackup } from './backup/restore.js';
import { REPO_ROOT } from './paths.js';

const log = (line: string) => console.log(line);
const env = process.env;
const installation = installationFrom(env);
const passphraseFile = resolve(env.PORTAL_BACKUP_PASSPHRASE_FILE ?? join(REPO_ROOT, 'backup.passphrase'));

async function backup(): Promise<void> {
  if (!existsSync(passphraseFile)) {
    await writeFile(passphraseFile, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    log(`[backup] created the encryption passphrase ${passphraseFile}: keep a copy apart from the backups; without it no backup can be restored`);
  }
  const keep = Number(env.PORTAL_BACKUP_KEEP ?? 8);
  await createBackup({
    installation,
    backupDir: resolve(env.PORTAL_BACKUP_DIR ?? join(REPO_ROOT, 'backups')),
    copyDirs: (env.PORTAL_BACKUP_COPY_DIRS ?? '').split(',').map((dir) => dir.trim()).filter(Boolean).map((dir) => resolve(dir)),
    passphraseFile,
    keep,
    log,
  });
}

async function restore(file: string | undefined): Promise<void> {
  if (!file) throw new Error('usage: npm run restore -- <backup file (portal-backup-….tar.gpg)>');
  await restoreBackup({ installation, backupFile: resolve(file), passphraseFile, log });
}

const [command, argument] = process.argv.slice(2);
try {
  if (command === 'backup') await backup();
  else if (command === 'restore') await restore(argument);
  else throw new Error(`unknown command "${command}"; usage: backup-cli.js backup | restore <file>`);
} catch (error) {
  console.error(`[${command ?? 'backup'}] ${(error as Error).message}`);
  process.exit(1);
}
