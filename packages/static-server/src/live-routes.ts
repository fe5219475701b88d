import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LIVE_RELEASE_LINK, tenantCodeSchema } from '@portal/contract';
import { liveReleaseOf, readReleaseRoutes, warnRouteConflicts, type ServedRoute } from './route-table.js';

export interface LiveRoutesOptions {
  sitesDir: string;
  /** How often every live-release link is re-read, in case a watch misses a switch or cannot be set. */
  pollMs?: number;
  log?: (message: string) => void;
  /** Called after the table changed, e.g. to regenerate a web server's routing. */
  onChange?: (routes: readonly ServedRoute[]) => void | Promise<void>;
}

const DEFAULT_POLL_MS = 2_000;

interface TenantState {
  release: string | undefined;
  routes: ServedRoute[];
}

/**
 * The routing table, kept current at a cost that does not depend on the size of any release.
 * It watches only the sites directory and each tenant's directory, both non-recursively: a
 * release is written under `releases/`, which nothing watches, and goes live by renaming the
 * tenant's `current` link, which costs one readlink and one manifest read. Release trees are
 * never walked, so a 20,000-file build neither stalls serving nor uses inotify watches.
 */
export class LiveRoutes {
  readonly #options: LiveRoutesOptions;
  readonly #log: (message: string) => void;
  readonly #tenants = new Map<string, TenantState>();
  readonly #watchers = new Map<string, FSWatcher>();
  /** One sync at a time per tenant, so a slow read never overwrites a newer one. */
  readonly #syncs = new Map<string, Promise<void>>();
  #routes: ServedRoute[] = [];
  #pollTimer: NodeJS.Timeout | undefined;
  #unwatchable = false;
  #started = false;
  #closed = false;

  constructor(options: LiveRoutesOptions) {
    this.#options = options;
    this.#log = options.log ?? ((message) => console.log(`[static-server] ${message}`));
  }

  get routes(): readonly ServedRoute[] {
    return this.#routes;
  }

  /** Reads every tenant once (reporting the whole table, never a partial one), then keeps it current. */
  async start(): Promise<void> {
    await this.#syncAll();
    this.#started = true;
    await this.#notify();
    this.#pollTimer = setInterval(() => void this.#syncAll(), this.#options.pollMs ?? DEFAULT_POLL_MS);
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#pollTimer);
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  async #syncAll(): Promise<void> {
    this.#watch('', this.#options.sitesDir, (name) => void (name === null ? this.#syncAll() : this.#sync(name)));
    const names = await readdir(this.#options.sitesDir).catch(() => [] as string[]);
    const gone = [...this.#tenants.keys()].filter((code) => !names.includes(code));
    await Promise.all([...names, ...gone].map((name) => this.#sync(name)));
  }

  #sync(name: string): Promise<void> {
    if (!tenantCodeSchema.safeParse(name).success) return Promise.resolve();
    const next = (this.#syncs.get(name) ?? Promise.resolve())
      .then(() => this.#syncTenant(name))
      .catch((error: Error) => this.#log(`${name}: routes not updated: ${error.message}`));
    this.#syncs.set(name, next);
    void next.finally(() => this.#syncs.get(name) === next && this.#syncs.delete(name));
    return next;
  }

  async #syncTenant(tenantCode: string): Promise<void> {
    if (this.#closed) return;
    const tenantDir = join(this.#options.sitesDir, tenantCode);
    const isTenantDir = (await stat(tenantDir).catch(() => undefined))?.isDirectory() ?? false;
    if (!isTenantDir) {
      this.#unwatch(tenantCode);
      if (this.#tenants.delete(tenantCode)) await this.#changed();
      return;
    }
    this.#watch(tenantCode, tenantDir, (name) => {
      if (name === null || name === LIVE_RELEASE_LINK) void this.#sync(tenantCode);
    });
    const release = await liveReleaseOf(this.#options.sitesDir, tenantCode);
    const known = this.#tenants.get(tenantCode);
    if (known && known.release === release) return;
    const routes = release ? await readReleaseRoutes(this.#options.sitesDir, tenantCode, release, this.#log) : [];
    this.#tenants.set(tenantCode, { release, routes });
    await this.#changed();
  }

  async #changed(): Promise<void> {
    const codes = [...this.#tenants.keys()].sort();
    this.#routes = codes.flatMap((code) => this.#tenants.get(code)!.routes);
    if (this.#started) await this.#notify();
  }

  async #notify(): Promise<void> {
    warnRouteConflicts(this.#routes, this.#log);
    await this.#options.onChange?.(this.#routes);
  }

  #watch(key: string, dir: string, onEntry: (name: string | null) => void): void {
    if (this.#watchers.has(key) || this.#unwatchable || this.#closed) return;
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => onEntry(name));
      watcher.on('error', () => this.#unwatch(key));
      this.#watchers.set(key, watcher);
    } catch (error) {
      // ENOSPC/EMFILE (too many watches on this machine) or the directory vanished: polling covers it.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.#unwatchable = true;
      this.#log(`cannot watch ${dir} (${(error as Error).message}); release switches are picked up by polling every ${this.#options.pollMs ?? DEFAULT_POLL_MS} ms`);
    }
  }

  #unwatch(key: string): void {
    this.#watchers.get(key)?.close();
    this.#watchers.delete(key);
  }
}
