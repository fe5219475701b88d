import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../paths.js';

export type InstallationDatabase = { client: 'sqlite'; file: string } | { client: 'postgres'; url: string };

/** Where one installation keeps what a backup must carry, read from the same settings its services read. */
export interface Installation {
  database: InstallationDatabase;
  uploadsDir: string;
  sitesDir: string;
  secretsFile: string;
}

/** The connection URL of the CMS's PostgreSQL database, from `DATABASE_URL` or its parts (cms/config/database.ts). */
function postgresUrl(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const url = new URL('postgres://localhost');
  url.hostname = env.DATABASE_HOST ?? '127.0.0.1';
  url.port = env.DATABASE_PORT ?? '5432';
  url.username = env.DATABASE_USERNAME ?? 'postgres';
  url.password = env.DATABASE_PASSWORD ?? '';
  url.pathname = `/${env.DATABASE_NAME ?? 'portal'}`;
  return url.toString();
}

export function installationFrom(env: NodeJS.ProcessEnv): Installation {
  const stateDir = resolve(env.PORTAL_STATE_DIR ?? join(REPO_ROOT, 'var'));
  const client = env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  return {
    database: client === 'postgres' ? { client, url: postgresUrl(env) } : { client, file: resolve(env.DATABASE_FILENAME ?? join(stateDir, 'cms', 'data.db')) },
    uploadsDir: join(resolve(env.CMS_PUBLIC_DIR ?? join(stateDir, 'cms', 'public')), 'uploads'),
    sitesDir: resolve(env.PORTAL_SITES_DIR ?? join(stateDir, 'sites')),
    // Production keeps its secrets in the systemd environment file (infra/portal.env.example).
    secretsFile: resolve(env.PORTAL_SECRETS_FILE ?? join(stateDir, 'secrets.json')),
  };
}
