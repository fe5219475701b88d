import { mkdir } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxClient } from '@portal/publisher';
import { readRouteTable, type ServedRoute } from '@portal/static-server';
import { CmsAdminClient } from './cms-admin-client.js';
import { ensureCmsBuilt } from './cms-build.js';
import { ManagedProcess, type CrashReport } from './managed-process.js';
import { CMS_DIR, PREVIEW_SERVER, PUBLISHER_CLI, SITE_DIR, STATIC_SERVER_CLI, STRAPI_CLI } from './paths.js';
import { loadOrCreateSecrets, type InstallationSecrets } from './secrets.js';

export interface StackOptions {
  /** Everything the installation writes: database, media, built sites, publisher state. */
  stateDir: string;
  cmsPort: number;
  portalPort: number;
  /** The preview service's port: editors' previews of drafts, on an address of their own, never a portal host. */
  previewPort: number;
  /** Build and serve the admin panel (people use it); API-only runs (tests) skip the 2 GB build. */
  withAdmin: boolean;
  seedDemoContent: boolean;
  /** Demo hosts are made under this domain, e.g. snv.vinhlong.localhost. */
  baseDomain: string;
  /** Extra CMS environment, e.g. DATABASE_CLIENT=postgres and its connection. */
  cmsEnv?: Record<string, string>;
  /** Extra publisher environment, e.g. shorter coalescing windows in tests. */
  publisherEnv?: Record<string, string>;
  output?: (line: string) => void;
  /** Told of every crash of a service (which is restarted regardless), e.g. to alert an operator. */
  onCrash?: (crash: CrashReport) => void;
}

/** The CMS's database settings the publisher needs to use its build queue, when that database is PostgreSQL. */
function queueDatabaseOf(cmsEnv: Record<string, string> = {}): Record<string, string> {
  const { DATABASE_CLIENT, DATABASE_URL } = cmsEnv;
  return DATABASE_CLIENT === 'postgres' && DATABASE_URL ? { DATABASE_CLIENT, DATABASE_URL } : {};
}

/**
 * The whole platform on one machine: the CMS, the publisher, the static server and the preview
 * service, each its own
 * supervised process, as production runs them under systemd (see infra/).
 */
export class Stack {
  readonly options: StackOptions;
  readonly cms: ManagedProcess;
  readonly publisher: ManagedProcess;
  readonly staticServer: ManagedProcess;
  readonly preview: ManagedProcess;
  readonly sitesDir: string;
  readonly publisherStateDir: string;
  readonly cmsUrl: string;
  readonly previewUrl: string;
  secrets!: InstallationSecrets;
  #log: (line: string) => void;
  readonly #baseEnv = {
    ...process.env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };

  constructor(options: StackOptions) {
    this.options = options;
    this.#log = options.output ?? ((line) => console.log(line));
    this.sitesDir = join(options.stateDir, 'sites');
    this.publisherStateDir = join(options.stateDir, 'publisher');
    this.cmsUrl = `http://127.0.0.1:${options.cmsPort}`;
    this.previewUrl = `http://127.0.0.1:${options.previewPort}/`;
    this.cms = this.#managed('cms', [process.execPath, STRAPI_CLI, 'start'], CMS_DIR, () => ({
      ...this.#baseEnv,
      ...this.secrets,
      HOST: '127.0.0.1',
      PORT: String(options.cmsPort),
      NODE_ENV: 'production',
      DATABASE_FILENAME: join(options.stateDir, 'cms', 'data.db'),
      CMS_PUBLIC_DIR: join(options.stateDir, 'cms', 'public'),
      SERVE_ADMIN_PANEL: String(options.withAdmin),
      SEED_DEMO_CONTENT: String(options.seedDemoContent),
      PORTAL_BASE_DOMAIN: options.baseDomain,
      // The admin links an item to the live portal, served here.
      PORTAL_PUBLIC_PROTOCOL: 'http:',
      PORTAL_PUBLIC_PORT: String(options.portalPort),
      // The admin's "Xem trước" opens this, in a frame.
      PORTAL_PREVIEW_URL: this.previewUrl,
      ...options.cmsEnv,
    }));
    this.publisher = this.createPublisher('publisher', {}, true);
    this.staticServer = this.#managed('static-server', [process.execPath, STATIC_SERVER_CLI], CMS_DIR, () => ({
      ...this.#baseEnv,
      PORTAL_SITES_DIR: this.sitesDir,
      PORTAL_PORT: String(options.portalPort),
    }));
    this.preview = this.#managed('preview', [process.execPath, PREVIEW_SERVER], SITE_DIR, () => ({
      ...this.#baseEnv,
      HOST: '127.0.0.1',
      PORT: String(options.previewPort),
      CMS_URL: this.cmsUrl,
      // Read-only on the content API, like the builds'; drafts come only with an editor's ticket.
      CMS_TOKEN: this.secrets.PUBLISHER_TOKEN,
      PORTAL_PUBLIC_PROTOCOL: 'http:',
      PORTAL_PUBLIC_PORT: String(options.portalPort),
      PREVIEW_FRAME_ANCESTORS: this.cmsUrl,
    }));
  }

  /** A publisher process for this installation; tests make extra ones with other settings. */
  createPublisher(name: string, extraEnv: Record<string, string>, restart: boolean): ManagedProcess {
    return new ManagedProcess({
      name,
      argv: [process.execPath, PUBLISHER_CLI],
      cwd: CMS_DIR,
      restart,
      output: this.#log,
      onCrash: this.options.onCrash,
      env: () => ({
        ...this.#baseEnv,
        CMS_URL: this.cmsUrl,
        PUBLISHER_TOKEN: this.secrets.PUBLISHER_TOKEN,
        PORTAL_SITES_DIR: this.sitesDir,
        PUBLISHER_STATE_DIR: this.publisherStateDir,
        PORTAL_PUBLIC_PROTOCOL: 'http:',
        PORTAL_PUBLIC_PORT: String(this.options.portalPort),
        // On PostgreSQL the build queue (pg-boss) lives in the CMS's database.
        ...queueDatabaseOf(this.options.cmsEnv),
        ...this.options.publisherEnv,
        ...extraEnv,
      }),
    });
  }

  #managed(name: string, argv: string[], cwd: string, env: () => NodeJS.ProcessEnv): ManagedProcess {
    return new ManagedProcess({ name, argv, cwd, env, restart: true, output: this.#log, onCrash: this.options.onCrash });
  }

  async start(): Promise<void> {
    await this.startCms();
    this.startPortals();
    await this.startPreview();
  }

  /** The static server and the publisher, once the CMS runs: e.g. after a bulk load into a CMS started alone. */
  startPortals(): void {
    this.staticServer.start();
    this.publisher.start();
  }

  /** The preview service, once the CMS runs; answers when it returns. */
  async startPreview(timeoutMs = 60_000): Promise<void> {
    this.preview.start();
    const deadline = Date.now() + timeoutMs;
    // Any answer will do: without a ticket it is the page saying how to open a preview.
    while (!(await fetch(this.previewUrl).then(() => true, () => false))) {
      if (Date.now() > deadline) throw new Error(`the preview service did not answer on ${this.previewUrl} within ${timeoutMs / 1000} s`);
      await sleep(200);
    }
  }

  /** The CMS alone, with its secrets and build; what the CMS's own tests need. */
  async startCms(): Promise<void> {
    const { stateDir } = this.options;
    const { secrets, created } = await loadOrCreateSecrets(join(stateDir, 'secrets.json'), process.env);
    this.secrets = secrets;
    if (created) {
      this.#log(`[stack] administrator (shown once; kept in ${join(stateDir, 'secrets.json')}):`);
      this.#log(`[stack]   email ${secrets.ADMIN_EMAIL}   password ${secrets.ADMIN_PASSWORD}`);
    }
    await Promise.all(['cms/public/uploads', 'sites', 'publisher'].map((dir) => mkdir(join(stateDir, dir), { recursive: true })));
    await ensureCmsBuilt({ withAdmin: this.options.withAdmin, env: { ...process.env, ...this.secrets }, log: this.#log });
    this.cms.start();
    await this.waitForCms();
  }

  /** An admin API client logged in as the installation's administrator. */
  async admin(): Promise<CmsAdminClient> {
    const client = new CmsAdminClient(this.cmsUrl);
    await client.login(this.secrets.ADMIN_EMAIL, this.secrets.ADMIN_PASSWORD);
    return client;
  }

  async stop(): Promise<void> {
    await Promise.all([this.publisher.stop(), this.staticServer.stop(), this.preview.stop()]);
    await this.cms.stop();
  }

  async waitForCms(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const healthy = await fetch(`${this.cmsUrl}/_health`).then((response) => response.ok, () => false);
      if (healthy) return;
      await sleep(500);
    }
    throw new Error(`the CMS did not answer on ${this.cmsUrl} within ${timeoutMs / 1000} s`);
  }

  outbox(): OutboxClient {
    return new OutboxClient({ cmsUrl: this.cmsUrl, token: this.secrets.PUBLISHER_TOKEN });
  }

  /** Waits until every tenant in the CMS has a live site, and returns the routes served. */
  async waitForAllSites(timeoutMs = 600_000): Promise<ServedRoute[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const tenants = await this.outbox().tenants().catch(() => undefined);
      const routes = await readRouteTable(this.sitesDir, () => undefined);
      if (tenants && tenants.every((tenant) => routes.some((route) => route.tenantCode === tenant.code))) return routes;
      await sleep(1_000);
    }
    throw new Error(`not every tenant had a live site within ${timeoutMs / 1000} s; see ${this.publisherStateDir}/builds.jsonl`);
  }

  /**
   * Fetches a public page through the static server, addressing it by host as a browser would;
   * with `timeoutMs`, an answer not complete by then rejects.
   */
  fetchPage(url: string, timeoutMs?: number): Promise<{ status: number; body: string }> {
    const { host, pathname, search } = new URL(url);
    // Node's resolver does not map *.localhost to loopback as browsers do, and fetch() will not
    // send a Host header of our choosing: connect to the server and name the host ourselves.
    return new Promise((resolve, reject) => {
      const request = httpGet({ host: '127.0.0.1', port: this.options.portalPort, path: `${pathname}${search}`, headers: { host } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      }).on('error', reject);
      if (timeoutMs !== undefined) {
        const timer = setTimeout(() => request.destroy(new Error(`no complete answer from ${url} within ${timeoutMs} ms`)), timeoutMs);
        request.on('close', () => clearTimeout(timer));
      }
    });
  }

  portalUrl(route: Pick<ServedRoute, 'host' | 'pathPrefix'>): string {
    return `http://${route.host}:${this.options.portalPort}${route.pathPrefix}`;
  }
}
