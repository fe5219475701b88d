import { vietnamDateOf } from '@portal/working-days';
import type { ReleaseStore } from './release-store.js';

/**
 * A portal shows things that change with the date alone (a legal document comes into force or
 * expires), so a release built on an earlier day in Vietnam is out of date even when nothing was
 * published since.
 */
export function builtBeforeToday(builtAt: string, now: Date): boolean {
  const built = new Date(builtAt);
  return Number.isNaN(built.getTime()) || vietnamDateOf(built) < vietnamDateOf(now);
}

/** The tenants whose live release was built before today (Vietnam time), in the given order. */
export async function outdatedTenants(tenantCodes: readonly string[], releases: ReleaseStore, now: Date): Promise<string[]> {
  const outdated: string[] = [];
  for (const code of tenantCodes) {
    const manifest = await releases.currentManifest(code);
    if (manifest && builtBeforeToday(manifest.builtAt, now)) outdated.push(code);
  }
  return outdated;
}
