import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { InstallationDatabase } from './installation.js';

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 1;

export interface ManifestEntry {
  path: string;
  /** Regular files carry their checksum; symbolic links (a tenant's live release) their target. */
  sha256?: string;
  size?: number;
  link?: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: { client: InstallationDatabase['client']; file: string };
  entries: ManifestEntry[];
}

export function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Every file and link under `root`, with checksums, sorted by path so two manifests compare line by line. */
export async function describeTree(root: string): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  async function visit(dir: string): Promise<void> {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const info = await lstat(path);
      const relativePath = relative(root, path);
      if (info.isSymbolicLink()) entries.push({ path: relativePath, link: await readlink(path) });
      else if (info.isDirectory()) await visit(path);
      else if (info.isFile() && relativePath !== MANIFEST_FILE) entries.push({ path: relativePath, sha256: await fileSha256(path), size: info.size });
    }
  }
  await visit(root);
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

/** What differs between the manifest and the tree: missing, changed or unexpected entries. */
export function differences(expected: readonly ManifestEntry[], actual: readonly ManifestEntry[]): string[] {
  const found = new Map(actual.map((entry) => [entry.path, entry]));
  const problems: string[] = [];
  for (const entry of expected) {
    const other = found.get(entry.path);
    found.delete(entry.path);
    if (!other) problems.push(`${entry.path}: missing`);
    else if (other.sha256 !== entry.sha256 || other.link !== entry.link) problems.push(`${entry.path}: differs from the manifest`);
  }
  for (const path of found.keys()) problems.push(`${path}: not in the manifest`);
  return problems;
}
