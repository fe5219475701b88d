import { getCollection, type CollectionKey } from 'astro:content';
import { EMPTY_COLLECTION_MARKER } from '../loaders/replace-entries';

/**
 * The data of a collection's entries; the loaders validated them against the contract. Every
 * read goes through here, so the placeholder an empty collection holds is never seen.
 */
export async function collectionData<T>(name: CollectionKey): Promise<T[]> {
  return (await getCollection(name)).filter((entry) => entry.id !== EMPTY_COLLECTION_MARKER).map((entry) => entry.data as T);
}
