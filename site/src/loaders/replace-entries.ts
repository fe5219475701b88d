import type { DataStore, LoaderContext } from 'astro/loaders';
import type { RawEntry } from './cms-client';

type RenderedContent = { html: string };

export interface IncomingEntry {
  id: string;
  raw: RawEntry;
}

export interface ReplaceSummary {
  changed: number;
  unchanged: number;
  removed: number;
}

type Context = Pick<LoaderContext, 'generateDigest' | 'parseData'> & { store: Pick<DataStore, 'get' | 'set' | 'delete' | 'keys'> };

/**
 * Makes the collection hold exactly `incoming`. Entries whose CMS data has the digest they were
 * stored with are left alone, so a rebuild only validates and renders what changed; entries the
 * CMS no longer returns (unpublished, deleted) are removed. Everything is validated before the
 * store is touched, so an invalid entry fails the build without leaving the store half-updated.
 */
export async function replaceEntries<TData extends RawEntry>(
  context: Context,
  incoming: readonly IncomingEntry[],
  render?: (data: TData) => RenderedContent,
): Promise<ReplaceSummary> {
  const ids = new Set<string>();
  const updates: Array<{ id: string; data: TData; digest: string; rendered: RenderedContent | undefined }> = [];
  for (const { id, raw } of incoming) {
    if (ids.has(id)) throw new Error(`The CMS returned the entry "${id}" twice`);
    ids.add(id);
    const digest = context.generateDigest(raw);
    if (context.store.get(id)?.digest === digest) continue;
    // The loader declares the collection's schema, so parsed data is TData by construction.
    const data = (await context.parseData({ id, data: raw })) as TData;
    updates.push({ id, data, digest, rendered: render?.(data) });
  }

  const removed = context.store.keys().filter((id) => !ids.has(id));
  for (const id of removed) context.store.delete(id);
  for (const update of updates) context.store.set(update);
  return { changed: updates.length, unchanged: ids.size - updates.length, removed: removed.length };
}
