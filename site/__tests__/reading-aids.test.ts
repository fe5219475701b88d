import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseStoredAids, READING_AIDS, READING_AIDS_STORAGE_KEY } from '../src/scripts/reading-aids-settings';

/** Runs the render-blocking script as a browser would, against a stand-in <html> and localStorage. */
async function runEarlyScript(stored: string | null, storageThrows = false): Promise<Record<string, string>> {
  const source = await readFile(new URL('../src/scripts/reading-aids-early.js', import.meta.url), 'utf8');
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError');
      return key === READING_AIDS_STORAGE_KEY ? stored : null;
    },
  };
  new Function('document', 'window', source)(document, { localStorage });
  return attributes;
}

describe('reading-aids-early.js', () => {
  it('applies every saved aid under the key and values reading-aids-settings.ts defines', async () => {
    const attributes = await runEarlyScript(JSON.stringify(READING_AIDS));
    expect(attributes).toEqual({ 'data-js': '', ...Object.fromEntries(Object.entries(READING_AIDS).map(([aid, on]) => [`data-${aid}`, on])) });
  });

  it('marks the page as scripted and applies nothing when storage is empty, corrupt or blocked', async () => {
    expect(await runEarlyScript(null)).toEqual({ 'data-js': '' });
    expect(await runEarlyScript('{not json')).toEqual({ 'data-js': '' });
    expect(await runEarlyScript('null')).toEqual({ 'data-js': '' });
    expect(await runEarlyScript(JSON.stringify({ contrast: 'low', 'text-size': 'huge' }))).toEqual({ 'data-js': '' });
    expect(await runEarlyScript(null, true)).toEqual({ 'data-js': '' });
  });
});

describe('parseStoredAids', () => {
  it('keeps only known aids with their on value', () => {
    expect(parseStoredAids('{"contrast":"high","text-size":"small","other":"x"}')).toEqual({ contrast: 'high' });
    expect(parseStoredAids('[1]')).toEqual({});
    expect(parseStoredAids('oops')).toEqual({});
    expect(parseStoredAids(null)).toEqual({});
  });
});
