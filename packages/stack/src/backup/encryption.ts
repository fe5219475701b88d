import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './tools.js';

/**
 * Backups are encrypted at rest with GnuPG (Debian's gpg), symmetric AES-256 under a passphrase
 * kept in a file outside the backup: whoever holds a copy of the backup without that file reads
 * nothing, and the passphrase must be stored apart from the backups (see docs/operations.md).
 * gpg runs with a throw-away home, so the service user needs no keyring of its own.
 */
async function gpg(args: readonly string[], passphraseFile: string): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'portal-gpg-'));
  try {
    await runTool('gpg', ['--homedir', home, '--batch', '--yes', '--quiet', '--pinentry-mode', 'loopback', '--passphrase-file', passphraseFile, ...args]);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

export const encryptFile = (plain: string, encrypted: string, passphraseFile: string) =>
  gpg(['--symmetric', '--cipher-algo', 'AES256', '--output', encrypted, plain], passphraseFile);

export const decryptFile = (encrypted: string, plain: string, passphraseFile: string) => gpg(['--decrypt', '--output', plain, encrypted], passphraseFile);
