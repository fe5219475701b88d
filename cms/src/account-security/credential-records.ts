import type { Core } from '@strapi/strapi';
import type { AccountPolicySettings } from './policy-settings';

const CREDENTIAL_UID = 'api::admin-credential.admin-credential';

export interface CredentialRecord {
  id: number;
  passwordChangedAt: string;
  mustChangePassword: boolean;
  recentPasswordHashes: string[] | null;
}

const credentials = (strapi: Core.Strapi) => strapi.db.query(CREDENTIAL_UID);

/**
 * The account's record, created on first sight: accounts that existed before the policy start
 * their password age now rather than being locked out at once.
 */
export async function credentialRecordOf(strapi: Core.Strapi, userId: number): Promise<CredentialRecord> {
  const existing = await credentials(strapi).findOne({ where: { user: { id: userId } } });
  if (existing) return existing as CredentialRecord;
  return (await credentials(strapi).create({
    data: { user: userId, passwordChangedAt: new Date(), mustChangePassword: false, recentPasswordHashes: [] },
  })) as CredentialRecord;
}

async function update(strapi: Core.Strapi, record: CredentialRecord, data: Partial<Omit<CredentialRecord, 'id'>>): Promise<CredentialRecord> {
  return (await credentials(strapi).update({ where: { id: record.id }, data })) as CredentialRecord;
}

/**
 * The hashes of the account's last passwords, newest (the current one) first. Accounts older than
 * the policy have only their current hash.
 */
function lastPasswordHashes(currentHash: string | undefined, record: CredentialRecord, settings: AccountPolicySettings): string[] {
  const hashes = [currentHash, ...(record.recentPasswordHashes ?? [])].filter((hash): hash is string => Boolean(hash));
  return [...new Set(hashes)].slice(0, settings.passwordHistorySize);
}

/** Whether `password` is the current one or one of the recent ones the policy forbids reusing. */
export async function isRecentPassword(strapi: Core.Strapi, userId: number, password: string, settings: AccountPolicySettings): Promise<boolean> {
  const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['password'] });
  const record = await credentialRecordOf(strapi, userId);
  const hashes = lastPasswordHashes(user?.password, record, settings);
  const auth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
  for (const hash of hashes) {
    if (await auth.validatePassword(password, hash)) return true;
  }
  return false;
}

/** Starts the new password's age and remembers its hash so it cannot come back too soon. */
export async function recordPasswordChange(strapi: Core.Strapi, userId: number, settings: AccountPolicySettings): Promise<void> {
  const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['password'] });
  const record = await credentialRecordOf(strapi, userId);
  await update(strapi, record, {
    passwordChangedAt: new Date().toISOString(),
    mustChangePassword: false,
    recentPasswordHashes: lastPasswordHashes(user?.password, record, settings),
  });
}

export async function requirePasswordChange(strapi: Core.Strapi, userId: number): Promise<void> {
  await update(strapi, await credentialRecordOf(strapi, userId), { mustChangePassword: true });
}

export function passwordExpired(record: CredentialRecord, settings: AccountPolicySettings, now = new Date()): boolean {
  const ageMs = now.getTime() - new Date(record.passwordChangedAt).getTime();
  return record.mustChangePassword || ageMs > settings.maxPasswordAgeDays * 24 * 3600 * 1000;
}
