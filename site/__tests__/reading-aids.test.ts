import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { aidsParamValue, parseStoredAids, READING_AIDS, READING_AIDS_PARAM, READING_AIDS_STORAGE_KEY } from '../src/scripts/reading-aids-settings';

interface EarlyRun {
  attributes: Record<string, string>;
  /** What the script left in storage under the key, if it wrote. */
  written: string | undefined;
  /** The address after the script ran. */
  address: string;
}

/** Runs the render-blocking script as a browser would, against a stand-in <html>, address and localStorage. */
async function runEarlyScript(stored: string | null, storageThrows = false, address = '/gioi-thieu/'): Promise<EarlyRun> {
  const source = await readFile(new URL('../src/scripts/reading-aids-early.js', import.meta.url), 'utf8');
  const attributes: Record<string, string> = {};
  const run: EarlyRun = { attributes, written: undefined, address };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
  const url = new URL(address, 'http://english.vinhlong.localhost');
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError');
      return key === READING_AIDS_STORAGE_KEY ? stored : null;
    },
    setItem(key: string, value: string) {
      if (storageThrows) throw new Error('SecurityError');
      if (key === READING_AIDS_STORAGE_KEY) run.written = value;
    },
  };
  const history = { state: null, replaceState: (_state: unknown, _title: string, next: string) => (run.address = next) };
  const location = { search: url.search, pathname: url.pathname, hash: url.hash };
  new Function('document', 'window', source)(document, { localStorage, history, location });
  return run;
}

describe('reading-aids-early.js', () => {
  it('applies every saved aid under the key and values reading-aids-settings.ts defines', async () => {
    const { attributes } = await runEarlyScript(JSON.stringify(READING_AIDS));
    expect(attributes).toEqual({ 'data-js': '', ...Object.fromEntries(Object.entries(READING_AIDS).map(([aid, on]) => [`data-${aid}`, on])) });
  });

  it('marks the page as scripted and applies nothing when storage is empty, corrupt or blocked', async () => {
    for (const stored of [null, '{not json', 'null', JSON.stringify({ contrast: 'low', 'text-size': 'huge' })]) {
      expect((await runEarlyScript(stored)).attributes, String(stored)).toEqual({ 'data-js': '' });
    }
    expect((await runEarlyScript(null, true)).attributes).toEqual({ 'data-js': '' });
  });

  it('adopts and saves the aids a link from another portal carried, then drops them from the address', async () => {
    const run = await runEarlyScript(null, false, `/gioi-thieu/?q=x&${READING_AIDS_PARAM}=contrast,unknown#top`);
    expect(run.attributes).toEqual({ 'data-js': '', 'data-contrast': 'high' });
    expect(JSON.parse(run.written!)).toEqual({ contrast: 'high' });
    expect(run.address).toBe('/gioi-thieu/?q=x#top');
  });

  it('lets a carried choice of no aids switch off those saved on this host', async () => {
    const run = await runEarlyScript(JSON.stringify(READING_AIDS), false, `/?${READING_AIDS_PARAM}=`);
    expect(run.attributes).toEqual({ 'data-js': '' });
    expect(run.written).toBe('{}');
    expect(run.address).toBe('/');
  });

  it('applies carried aids to the page even where storage is blocked', async () => {
    const run = await runEarlyScript(null, true, `/?${READING_AIDS_PARAM}=${aidsParamValue(READING_AIDS)}`);
    expect(run.attributes).toEqual({ 'data-js': '', 'data-text-size': 'large', 'data-contrast': 'high' });
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
