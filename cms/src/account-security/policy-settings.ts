/**
 * The numbers of the account policy (Quy chế Đ15). Defaults follow the regulation; operators may
 * tighten them through the environment (see infra/portal.env.example).
 */
export interface AccountPolicySettings {
  /** Passwords older than this must be changed before the next login (Đ15: at least every 3 months). */
  maxPasswordAgeDays: number;
  /** How many previous passwords may not be reused. */
  passwordHistorySize: number;
  /** Consecutive failed logins after which the account is locked. */
  failuresBeforeLockout: number;
  /** The first lock lasts this long; each further failure doubles it, up to `maxLockoutSeconds`. */
  firstLockoutSeconds: number;
  maxLockoutSeconds: number;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function accountPolicySettings(): AccountPolicySettings {
  return {
    maxPasswordAgeDays: positiveNumber('PASSWORD_MAX_AGE_DAYS', 90),
    passwordHistorySize: Math.round(positiveNumber('PASSWORD_HISTORY_SIZE', 5)),
    failuresBeforeLockout: Math.round(positiveNumber('LOGIN_FAILURES_BEFORE_LOCKOUT', 5)),
    firstLockoutSeconds: positiveNumber('LOGIN_FIRST_LOCKOUT_SECONDS', 60),
    maxLockoutSeconds: positiveNumber('LOGIN_MAX_LOCKOUT_SECONDS', 3600),
  };
}

/** How long the account stays locked after `failures` consecutive failed logins (0 = not locked). */
export function lockoutSeconds(failures: number, settings: AccountPolicySettings): number {
  const beyond = failures - settings.failuresBeforeLockout;
  if (beyond < 0) return 0;
  return Math.min(settings.firstLockoutSeconds * 2 ** beyond, settings.maxLockoutSeconds);
}
