import { describe, expect, it, vi } from 'vitest';
import { ContractMismatchError, EMPTY_COLLECTION_MARKER, replaceEntries } from '../src/loaders/replace-entries';

type Stored = { id: string; data: Record<string, unknown>; digest?: string | number };

function fakeContext(initial: Stored[] = []) {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  const parseData = vi.fn(async ({ data }: { id: string; data: Record<string, unknown> }) => {
    if (typeof data.title !== 'string') throw new Error('title: expected string');
    return data;
  });
  return {
    entries,
    parseData,
    context: {
      generateDigest: (data: Record<string, unknown> | string) => JSON.stringify(data),
      parseData: parseData as never,
      store: {
        get: (id: string) => entries.get(id) as never,
        set: (entry: Stored) => (entries.set(entry.id, entry), true),
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
      },
    },
  };
}

const digestOf = (data: Record<string, unknown>, schema = 'v1') => JSON.stringify({ schema, data });

describe('replaceEntries', () => {
  it('stores new entries, validated, with a digest of their data and schema', async () => {
    const { context, entries } = fakeContext();
    expect(await replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }], 'v1')).toEqual({ changed: 1, unchanged: 0, removed: 0 });
    expect(entries.get('vi/a')).toEqual({ id: 'vi/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) });
  });

  it('leaves unchanged entries alone, without validating them again', async () => {
    const { context, parseData } = fakeContext([{ id: 'vi/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) }]);
    const summary = await replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }, { id: 'vi/b', raw: { title: 'B' } }], 'v1');
    expect(summary).toEqual({ changed: 1, unchanged: 1, removed: 0 });
    expect(parseData).toHaveBeenCalledTimes(1);
  });

  it('processes every entry again when the schema changed', async () => {
    const { context, parseData } = fakeContext([{ id: 'vi/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) }]);
    expect(await replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }], 'v2')).toEqual({ changed: 1, unchanged: 0, removed: 0 });
    expect(parseData).toHaveBeenCalledTimes(1);
  });

  it('removes entries the CMS no longer returns, as after an unpublish', async () => {
    const { context, entries } = fakeContext([
      { id: 'vi/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) },
      { id: 'en/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) },
    ]);
    expect(await replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }], 'v1')).toEqual({ changed: 0, unchanged: 1, removed: 1 });
    expect([...entries.keys()]).toEqual(['vi/a']);
  });

  it('keeps one placeholder in a collection the CMS has nothing for, so Astro does not warn it is missing, and drops it with the first entry', async () => {
    const { context, entries } = fakeContext([{ id: 'vi/a', data: { title: 'A' }, digest: digestOf({ title: 'A' }) }]);
    expect(await replaceEntries(context, [], 'v1')).toEqual({ changed: 0, unchanged: 0, removed: 1 });
    expect([...entries.keys()]).toEqual([EMPTY_COLLECTION_MARKER]);
    expect(await replaceEntries(context, [], 'v1')).toEqual({ changed: 0, unchanged: 0, removed: 0 });
    expect(await replaceEntries(context, [{ id: 'vi/b', raw: { title: 'B' } }], 'v1')).toEqual({ changed: 1, unchanged: 0, removed: 0 });
    expect([...entries.keys()]).toEqual(['vi/b']);
  });

  it('leaves the store untouched when any entry is invalid', async () => {
    const { context, entries } = fakeContext([{ id: 'vi/old', data: { title: 'Old' }, digest: 'x' }]);
    await expect(replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }, { id: 'vi/b', raw: {} }], 'v1')).rejects.toThrow(/title/);
    expect([...entries.keys()]).toEqual(['vi/old']);
  });

  it('refuses the same entry twice', async () => {
    const { context } = fakeContext();
    await expect(replaceEntries(context, [{ id: 'vi/a', raw: { title: 'A' } }, { id: 'vi/a', raw: { title: 'A' } }], 'v1')).rejects.toThrow(/twice/);
  });

  it('refuses an entry that breaks the contract, naming the collection, the entry and the reason, and stores nothing', async () => {
    const { context, entries } = fakeContext();
    const incoming = [{ id: 'vi/a', raw: { title: 'A' } }, { id: 'vi/bad', raw: { title: 42 } }];
    const refusal = replaceEntries(context, incoming, 'v1', 'legalDocuments');
    await expect(refusal).rejects.toThrow(ContractMismatchError);
    await expect(replaceEntries(context, incoming, 'v1', 'legalDocuments')).rejects.toThrow(/legalDocuments vi\/bad does not match the content contract: title: expected string/);
    expect(entries.size).toBe(0);
  });
});
