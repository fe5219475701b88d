import { vietnamDateOf } from '@portal/working-days';
import { NO_LIVE_RELEASE, type ReleaseStore } from './release-store.js';

/**
 * A portal shows things that change with the date alone (a legal document comes into force or
 * expires), so a release built on an earlier day in Vietnam is out of date even when nothing was
 * published since.
 */
export function builtBeforeToday(builtAt: string, now: Date): boolean {
  const built = new Date(builtAt);
  return Number.isNaN(built.getTime()) || vietnamDateOf(built) < vietnamDateOf(now);
}

export interface StaleSite {
  tenantCode: string;
  /** Why it is rebuilt, for the log. */
  reason: string;
}

/**
 * The tenants whose live release needs rebuilding without any publish, in the given order: one
 * built before today (Vietnam time), or one damaged on disk, so that the next build repairs it
 * without a person. A tenant with no live release at all is left to the start-up and the
 * failed-build retries, which already rebuild it.
 */
export async function staleSites(tenantCodes: readonly string[], releases: ReleaseStore, now: Date): Promise<StaleSite[]> {
  const stale: StaleSite[] = [];
  for (const tenantCode of tenantCodes) {
    const problem = await releases.liveReleaseProblem(tenantCode);
    if (problem === NO_LIVE_RELEASE) continue;
    if (problem) stale.push({ tenantCode, reason: `${problem}; rebuilding it` });
    else if (builtBeforeToday((await releases.currentManifest(tenantCode))!.builtAt, now)) stale.push({ tenantCode, reason: 'its live release was built on an earlier day' });
  }
  return stale;
}
