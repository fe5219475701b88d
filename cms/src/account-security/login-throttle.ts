import type { Core } from '@strapi/strapi';
import { accountPolicySettings, type AccountPolicySettings } from './policy-settings';

interface FailureCount {
  failures: number;
  lastFailureAt: number;
  nextAttemptAt: number;
}

/** How many times more failures an address may make across all accounts than on one account. */
const ADDRESS_FAILURE_FACTOR = 4;

/** Seconds an attempt must wait after `failures` consecutive failures (0 below the threshold). */
export function delaySeconds(failures: number, threshold: number, settings: AccountPolicySettings): number {
  const beyond = failures - threshold;
  if (beyond < 0) return 0;
  return Math.min(settings.firstLoginDelaySeconds * 2 ** beyond, settings.maxLoginDelaySeconds);
}

/** The address the request came from: the client's, as the proxy reports it when TRUST_PROXY is set. */
export function requestAddress(strapi: Core.Strapi): string {
  return (strapi.requestContext.get() as any)?.request?.ip ?? 'no-request';
}

/**
 * Slows password guessing with delays that double after each failure, counted per address and
 * per account from that address, never per account alone: a guesser from one address waits
 * longer and longer, while the editor logging in from elsewhere is not held up by them (a lock
 * per account would let anyone shut any editor out). Accounts are keyed by the email as typed, so
 * unknown accounts behave exactly like real ones. The counts live in memory: a restart forgets
 * them, which costs an attacker a restart they cannot cause.
 */
export class LoginThrottle {
  readonly #counts = new Map<string, FailureCount>();
  readonly #settings: () => AccountPolicySettings;
  #lastSweepAt = 0;

  constructor(settings: () => AccountPolicySettings) {
    this.#settings = settings;
  }

  #keys(email: string, address: string): Array<[key: string, threshold: number]> {
    const { failuresBeforeLoginDelay } = this.#settings();
    return [
      // String(): a JSON body may carry anything where the email belongs.
      [`account:${String(email).trim().toLowerCase()}|address:${address}`, failuresBeforeLoginDelay],
      [`address:${address}`, failuresBeforeLoginDelay * ADDRESS_FAILURE_FACTOR],
    ];
  }

  #current(key: string, now: number): FailureCount | undefined {
    const count = this.#counts.get(key);
    if (count && now - count.lastFailureAt > this.#settings().maxLoginDelaySeconds * 2000) {
      this.#counts.delete(key);
      return undefined;
    }
    return count;
  }

  /** Whether an attempt for `email` from `address` must wait; a waiting attempt is not even checked. */
  mustWait(email: string, address: string, now = Date.now()): boolean {
    return this.#keys(email, address).some(([key]) => (this.#current(key, now)?.nextAttemptAt ?? 0) > now);
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const [key, threshold] of this.#keys(email, address)) {
      const failures = (this.#current(key, now)?.failures ?? 0) + 1;
      this.#counts.set(key, { failures, lastFailureAt: now, nextAttemptAt: now + delaySeconds(failures, threshold, this.#settings()) * 1000 });
    }
    this.#forgetQuietKeys(now);
  }

  /** The account's count from this address starts again; the address's own count does not. */
  recordSuccess(email: string, address: string): void {
    this.#counts.delete(this.#keys(email, address)[0]![0]);
  }

  /** Keeps memory bounded under a flood from many addresses, sweeping at most once a minute. */
  #forgetQuietKeys(now: number): void {
    if (this.#counts.size < 10_000 || now - this.#lastSweepAt < 60_000) return;
    this.#lastSweepAt = now;
    for (const key of [...this.#counts.keys()]) this.#current(key, now);
  }
}

/** One throttle for every way of proving a password: the admin login and the password page. */
export const loginThrottle = new LoginThrottle(accountPolicySettings);
