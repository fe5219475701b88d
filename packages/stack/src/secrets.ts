import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface InstallationSecrets {
  APP_KEYS: string;
  ADMIN_JWT_SECRET: string;
  API_TOKEN_SALT: string;
  TRANSFER_TOKEN_SALT: string;
  ENCRYPTION_KEY: string;
  JWT_SECRET: string;
  PUBLISHER_TOKEN: string;
  ADMIN_EMAIL: string;
  ADMIN_PASSWORD: string;
}

const random = (bytes: number) => randomBytes(bytes).toString('base64url');

/** A password that passes Strapi's rule and ours (12+ characters, upper, lower, digit, symbol). */
function generatePassword(): string {
  return `Vl-${random(15)}a7Z`;
}

/**
 * The secrets of one installation, generated on first start and kept (mode 0600) in the state
 * directory, so restarts keep sessions, tokens and the admin login. Values from the environment
 * win, which is how production passes them in.
 */
export async function loadOrCreateSecrets(file: string, env: NodeJS.ProcessEnv): Promise<{ secrets: InstallationSecrets; created: boolean }> {
  const stored = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Partial<InstallationSecrets>;
  const generated: InstallationSecrets = {
    APP_KEYS: [random(16), random(16), random(16), random(16)].join(','),
    ADMIN_JWT_SECRET: random(32),
    API_TOKEN_SALT: random(32),
    TRANSFER_TOKEN_SALT: random(32),
    ENCRYPTION_KEY: random(32),
    JWT_SECRET: random(32),
    PUBLISHER_TOKEN: random(48),
    ADMIN_EMAIL: 'admin@portal.example',
    ADMIN_PASSWORD: generatePassword(),
  };
  const created = Object.keys(stored).length === 0;
  const secrets = { ...generated, ...stored };
  for (const key of Object.keys(secrets) as (keyof InstallationSecrets)[]) {
    const fromEnv = env[key];
    if (fromEnv) secrets[key] = fromEnv;
  }
  if (created) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return { secrets, created };
}
