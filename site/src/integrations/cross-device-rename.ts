import { promises as fs, type PathLike } from 'node:fs';

let installed = false;

/** fs.cp takes no Buffer paths, which rename does. */
const asCopyPath = (path: PathLike) => (Buffer.isBuffer(path) ? path.toString() : path);

/**
 * Lets the build process rename across filesystems, by copying and then deleting.
 *
 * Astro stages a static build's prerendered assets under the project (`site/.astro/`) when the
 * output directory lies outside it, as every release does, then renames them into the output.
 * When the releases live on another filesystem than the checkout (a data disk, /var apart from
 * /opt) that rename fails with EXDEV and so does every build. The staging cannot move next to
 * the output: its modules import the site's dependencies, found only under the project.
 * Astro calls `fs.promises.rename`, so that is what is wrapped, for the build process only.
 */
export function allowRenameAcrossFilesystems(): void {
  if (installed) return;
  installed = true;
  const rename = fs.rename.bind(fs);
  fs.rename = async (from, to) => {
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await fs.cp(asCopyPath(from), asCopyPath(to), { recursive: true, force: true, preserveTimestamps: true });
      await fs.rm(from, { recursive: true, force: true });
    }
  };
}
