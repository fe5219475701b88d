/**
 * The numbers of the account policy (Quy chế Đ15). Defaults follow the regulation; operators may
 * tighten them through the environment (see infra/portal.env.example).
 */
export interface AccountPolicySettings {
  /** Passwords older than this must be changed before the next login (Đ15: at least every 3 months). */
  maxPasswordAgeDays: number;
  /** How many previous passwords may not be reused. */
  passwordHistorySize: number;
  /** Consecutive failed logins for one account from one address before attempts are delayed (four times as many for an address). */
  failuresBeforeLoginDelay: number;
  /** The first delay lasts this long; each further failure doubles it, up to `maxLoginDelaySeconds`. */
  firstLoginDelaySeconds: number;
  maxLoginDelaySeconds: number;
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
    failuresBeforeLoginDelay: Math.round(positiveNumber('LOGIN_FAILURES_BEFORE_DELAY', 5)),
    firstLoginDelaySeconds: positiveNumber('LOGIN_FIRST_DELAY_SECONDS', 30),
    maxLoginDelaySeconds: positiveNumber('LOGIN_MAX_DELAY_SECONDS', 900),
  };
}
