import { randomBytes, randomInt } from 'node:crypto';
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

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;

/**
 * A password that passes Strapi's rule and ours (see passwordProblems in @portal/contract).
 * Letters and digits alternate, so it can never contain a name or email part (3+ letters), and
 * ten letter-digit pairs carry about 88 bits.
 */
function generatePassword(): string {
  const pairs = Array.from({ length: 10 }, () => `${pick(LETTERS)}${randomInt(10)}`);
  return `Vl-${pairs.slice(0, 5).join('')}-${pairs.slice(5).join('')}`;
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
