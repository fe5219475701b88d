import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedUpload } from '../src/loaders/uploads';

describe('cachedUpload', () => {
  let server: Server;
  let cmsGraphqlUrl: string;
  let cacheDir: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url?.startsWith('/uploads/missing')) return void response.writeHead(404).end();
      response.end(`bytes of ${request.url}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    cmsGraphqlUrl = `http://127.0.0.1:${address.port}/graphql`;
    cacheDir = await mkdtemp(join(tmpdir(), 'upload-cache-'));
  });
  afterAll(async () => {
    server.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  const env = () => ({ cmsGraphqlUrl, cacheDir });
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('fetches a file once, then serves it from the cache', async () => {
    const file = { url: '/uploads/quyet_dinh_ab12.pdf', size: 12.5 };
    expect(text(await cachedUpload(env(), file))).toBe('bytes of /uploads/quyet_dinh_ab12.pdf');
    expect(text(await cachedUpload(env(), file))).toBe('bytes of /uploads/quyet_dinh_ab12.pdf');
    expect(requests.filter((url) => url === file.url)).toHaveLength(1);
  });

  it('keeps each derived variant apart and derives it once', async () => {
    const file = { url: '/uploads/chan_dung_cd34.jpg', size: 40 };
    let derivations = 0;
    const shout = async (original: Uint8Array<ArrayBuffer>) => {
      derivations += 1;
      return new TextEncoder().encode(text(original).toUpperCase()) as Uint8Array<ArrayBuffer>;
    };
    expect(text(await cachedUpload(env(), file, 'upper', shout))).toBe('BYTES OF /UPLOADS/CHAN_DUNG_CD34.JPG');
    expect(text(await cachedUpload(env(), file, 'upper', shout))).toBe('BYTES OF /UPLOADS/CHAN_DUNG_CD34.JPG');
    expect(text(await cachedUpload(env(), file))).toBe('bytes of /uploads/chan_dung_cd34.jpg');
    expect(derivations).toBe(1);
  });

  it('fetches again when the same address holds a file of another size', async () => {
    const before = requests.length;
    await cachedUpload(env(), { url: '/uploads/quyet_dinh_ab12.pdf', size: 99 });
    expect(requests.length).toBe(before + 1);
  });

  it('fails with the address and status, and leaves nothing in the cache', async () => {
    const entriesBefore = await readdir(join(cacheDir, 'uploads'), { recursive: true });
    await expect(cachedUpload(env(), { url: '/uploads/missing.pdf', size: 1 })).rejects.toThrow(/\/uploads\/missing\.pdf answered HTTP 404/);
    expect(await readdir(join(cacheDir, 'uploads'), { recursive: true })).toEqual(entriesBefore);
  });
});
