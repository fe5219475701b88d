import { promises as fs, type PathLike } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkOrCopy } from './link-tree';

/** Where Astro's incremental build keeps its copy of each keyed page, under the cache directory. */
export const PAGE_COPIES_DIR = 'dist';

const pathOf = (path: PathLike | fs.FileHandle): string | undefined => {
  if (typeof path === 'string') return resolve(path);
  if (path instanceof URL) return fileURLToPath(path);
  if (Buffer.isBuffer(path)) return resolve(path.toString());
  return undefined;
};

let installedFor: string | undefined;

/**
 * Makes a page the incremental build reuses a hard link to Astro's kept copy instead of a copy
 * of its bytes, for the build process only, like allowRenameAcrossFilesystems. Astro restores a
 * page with `fs.promises.copyFile` from `<cacheDir>/dist/` and keeps a rendered page there with
 * `fs.promises.writeFile`; both are wrapped for paths under that directory alone:
 * - a restore links the kept copy into the release (a copy where the filesystem refuses links);
 * - a kept copy is replaced by writing a new file and renaming it over the old one, never
 *   rewritten in place: the old one may be a page of the live release, which must not change
 *   under its readers (nor if this build fails).
 * Nothing after Astro writes a release's pages in place (pages are moved by rename, asset
 * addresses are set as a page renders), so a release and the cache can share these files.
 */
export function linkReusedPages(cacheDir: string): void {
  const copies = join(resolve(cacheDir), PAGE_COPIES_DIR) + '/';
  if (installedFor === copies) return;
  if (installedFor) throw new Error(`reused pages are already linked from ${installedFor}`);
  installedFor = copies;
  const isKeptCopy = (path: PathLike | fs.FileHandle) => pathOf(path)?.startsWith(copies) === true;

  const copyFile = fs.copyFile.bind(fs);
  fs.copyFile = async (source, destination, mode) => {
    if (mode === undefined && isKeptCopy(source) && !isKeptCopy(destination)) return linkOrCopy(pathOf(source)!, pathOf(destination)!);
    return copyFile(source, destination, mode);
  };

  const writeFile = fs.writeFile.bind(fs);
  fs.writeFile = async (file, data, options) => {
    if (!isKeptCopy(file)) return writeFile(file, data, options);
    const target = pathOf(file)!;
    const fresh = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(fresh, data, options);
    await fs.rename(fresh, target);
  };
}
