import { randomBytes } from 'node:crypto';
import { access, mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { LIVE_RELEASE_LINK, RELEASE_MANIFEST_FILE, releaseManifestSchema, type ReleaseManifest } from '@portal/contract';

const PARTIAL_SUFFIX = '.partial';
/** What liveReleaseProblem answers for a tenant never built or taken down. */
export const NO_LIVE_RELEASE = 'no live release';
let sequence = 0;

/** Release ids sort in creation order, even for two builds within one millisecond. */
function newReleaseId(): string {
  sequence = (sequence + 1) % 10_000;
  const timestamp = new Date().toISOString().replace(/[-:.]/g, '');
  return `${timestamp}-${String(sequence).padStart(4, '0')}-${randomBytes(2).toString('hex')}`;
}

/**
 * Built sites on disk: `<sitesDir>/<tenant>/releases/<id>/` and a `current` symlink to the live
 * one. A build writes into a `.partial` directory that nothing serves; going live is a rename of
 * a fresh symlink over `current`, which is atomic, so readers see the old release or the new one,
 * never a mix, and a failed or killed build leaves the old release live.
 */
export class ReleaseStore {
  constructor(readonly sitesDir: string) {}

  tenantDir(tenantCode: string): string {
    return join(this.sitesDir, tenantCode);
  }

  currentLink(tenantCode: string): string {
    return join(this.tenantDir(tenantCode), LIVE_RELEASE_LINK);
  }

  /**
   * A fresh, empty directory for a build, invisible to the static server. What an earlier build of
   * the tenant left unfinished (it was killed) goes first: a tenant is built by one worker at a
   * time, so no other build is writing there.
   */
  async prepare(tenantCode: string): Promise<{ id: string; dir: string }> {
    await this.#removeAbandonedBuilds(tenantCode);
    const id = newReleaseId();
    const dir = join(this.tenantDir(tenantCode), 'releases', `${id}${PARTIAL_SUFFIX}`);
    await mkdir(dir, { recursive: true });
    return { id, dir };
  }

  /** Makes a finished build the live release of its tenant. */
  async activate(tenantCode: string, release: { id: string; dir: string }): Promise<string> {
    const finalDir = join(this.tenantDir(tenantCode), 'releases', release.id);
    await rename(release.dir, finalDir);
    const temporaryLink = join(this.tenantDir(tenantCode), `.current-${release.id}`);
    await symlink(join('releases', release.id), temporaryLink);
    await rename(temporaryLink, this.currentLink(tenantCode));
    return finalDir;
  }

  async discard(release: { dir: string }): Promise<void> {
    await rm(release.dir, { recursive: true, force: true });
  }

  /** The id of the live release, or undefined when the tenant has none. */
  async currentId(tenantCode: string): Promise<string | undefined> {
    try {
      return (await readlink(this.currentLink(tenantCode))).split('/').pop();
    } catch {
      return undefined;
    }
  }

  /** The manifest of the live release, or undefined when there is none or it cannot be read. */
  async currentManifest(tenantCode: string): Promise<ReleaseManifest | undefined> {
    const text = await readFile(join(this.currentLink(tenantCode), RELEASE_MANIFEST_FILE), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const parsed = releaseManifestSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Why the live release cannot be served as built, or undefined when it can: none is live, its
   * manifest is unreadable, or a site's home page is gone (a disk error, a careless hand). Cheap
   * enough to ask of every tenant every minute: it reads one file and checks one per site.
   */
  async liveReleaseProblem(tenantCode: string): Promise<string | undefined> {
    if (!(await this.currentId(tenantCode))) return NO_LIVE_RELEASE;
    const manifest = await this.currentManifest(tenantCode);
    if (!manifest || manifest.tenantCode !== tenantCode) return `live release has no valid ${RELEASE_MANIFEST_FILE}`;
    for (const site of manifest.sites) {
      const home = join(site.locale, 'index.html');
      if (!(await access(join(this.currentLink(tenantCode), home)).then(() => true, () => false))) return `live release lacks ${home}`;
    }
    return undefined;
  }

  /** Takes a tenant's portal offline (the tenant was deleted in the CMS). Its releases stay for audit. */
  async takeDown(tenantCode: string): Promise<void> {
    await rm(this.currentLink(tenantCode), { force: true });
  }

  /** Removes old releases beyond `keep`, never the live one. */
  async prune(tenantCode: string, keep: number): Promise<void> {
    const releasesDir = join(this.tenantDir(tenantCode), 'releases');
    const live = await this.currentId(tenantCode);
    const names = (await readdir(releasesDir).catch(() => [] as string[])).sort();
    const finished = names.filter((name) => !name.endsWith(PARTIAL_SUFFIX));
    const stale = finished.slice(0, Math.max(0, finished.length - keep)).filter((name) => name !== live);
    await Promise.all(stale.map((name) => rm(join(releasesDir, name), { recursive: true, force: true })));
  }

  async #removeAbandonedBuilds(tenantCode: string): Promise<void> {
    const releasesDir = join(this.tenantDir(tenantCode), 'releases');
    const partials = (await readdir(releasesDir).catch(() => [] as string[])).filter((name) => name.endsWith(PARTIAL_SUFFIX));
    await Promise.all(partials.map((name) => rm(join(releasesDir, name), { recursive: true, force: true })));
    const leftovers = (await readdir(this.tenantDir(tenantCode)).catch(() => [] as string[])).filter((name) => name.startsWith('.current-'));
    await Promise.all(leftovers.map((name) => rm(join(this.tenantDir(tenantCode), name), { force: true })));
  }
}
