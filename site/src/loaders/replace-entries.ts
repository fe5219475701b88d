import type { DataStore, LoaderContext } from 'astro/loaders';
import type { RawEntry } from './cms-client';

export interface IncomingEntry {
  id: string;
  raw: RawEntry;
}

export interface ReplaceSummary {
  changed: number;
  unchanged: number;
  removed: number;
}

/**
 * The id of the one placeholder entry an empty collection holds. Astro takes a collection without
 * entries for one that does not exist and warns at every read ("does not exist or is empty. Please
 * check your content config file for errors"), while most portals simply have no consultations,
 * no corrections, no outage notice today. Readers skip it (collectionData in lib/collections).
 */
export const EMPTY_COLLECTION_MARKER = '_empty';

type Context = Pick<LoaderContext, 'generateDigest' | 'parseData'> & { store: Pick<DataStore, 'get' | 'set' | 'delete' | 'keys'> };

/**
 * Makes the collection hold exactly `incoming`. An entry whose digest is unchanged is left alone,
 * so a rebuild only validates what changed; entries the CMS no longer returns (unpublished,
 * deleted) are removed. The digest covers the CMS data and `schemaFingerprint`, because Astro
 * only starts afresh when content.config.ts itself changes, not the contract's schemas.
 * Everything is validated before the store is touched, so an invalid entry fails the build
 * without leaving the store half-updated.
 */
export async function replaceEntries(
  context: Context,
  incoming: readonly IncomingEntry[],
  schemaFingerprint: string,
  /** What the entries are, for the error that names an entry breaking the contract. */
  what = 'entry',
): Promise<ReplaceSummary> {
  const ids = new Set<string>();
  const updates: Array<{ id: string; data: RawEntry; digest: string }> = [];
  for (const { id, raw } of incoming) {
    if (ids.has(id)) throw new Error(`The CMS returned the entry "${id}" twice`);
    ids.add(id);
    const digest = context.generateDigest({ schema: schemaFingerprint, data: raw });
    if (context.store.get(id)?.digest === digest) continue;
    updates.push({ id, data: await parseOrRefuse(context, what, id, raw), digest });
  }

  const removed = context.store.keys().filter((id) => !ids.has(id) && id !== EMPTY_COLLECTION_MARKER);
  for (const id of removed) context.store.delete(id);
  for (const update of updates) context.store.set(update);
  if (ids.size > 0) context.store.delete(EMPTY_COLLECTION_MARKER);
  else if (!context.store.get(EMPTY_COLLECTION_MARKER)) context.store.set({ id: EMPTY_COLLECTION_MARKER, data: {} });
  return { changed: updates.length, unchanged: ids.size - updates.length, removed: removed.length };
}

export class ContractMismatchError extends Error {
  override name = 'ContractMismatchError';
}

/** Astro's own message names neither the collection nor the entry clearly enough for an editor to find it. */
async function parseOrRefuse(context: Pick<Context, 'parseData'>, what: string, id: string, raw: RawEntry): Promise<RawEntry> {
  try {
    return await context.parseData({ id, data: raw });
  } catch (error) {
    const title = typeof raw.title === 'string' ? ` ("${raw.title}")` : '';
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContractMismatchError(`The CMS's ${what} ${id}${title} does not match the content contract: ${reason}`, { cause: error });
  }
}
