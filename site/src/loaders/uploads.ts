import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaFile } from '@portal/contract';
import type { BuildEnv } from '../lib/build-env';
import { CmsError } from './cms-client';

const UPLOAD_TIMEOUT_MS = 60_000;

/** An uploaded file's bytes from the CMS (a path on it, or a provider's absolute address). */
export async function fetchUpload(env: Pick<BuildEnv, 'cmsGraphqlUrl'>, url: string): Promise<Uint8Array<ArrayBuffer>> {
  const address = new URL(url, env.cmsGraphqlUrl).href;
  const response = await fetch(address, { signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) }).catch((error: unknown) => {
    throw new CmsError(`The upload ${address} could not be fetched: ${(error as Error).message}`, { cause: error });
  });
  if (!response.ok) throw new CmsError(`The upload ${address} answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Where a derived copy of an upload (the original, a resized photo…) is kept between builds of
 * the tenant. Strapi gives a replaced file a new address, so address and size identify the bytes.
 */
function cacheFile(env: Pick<BuildEnv, 'cacheDir'>, file: Pick<MediaFile, 'url' | 'size'>, variant: string): string {
  const key = createHash('sha256').update(`${file.url}\u0000${file.size}\u0000${variant}`).digest('hex');
  return join(env.cacheDir, 'uploads', key.slice(0, 2), key);
}

/**
 * An upload's bytes, or a variant made from them by `derive`, read from the build cache when an
 * earlier build already fetched it: a tenant with thousands of attachments is not downloaded
 * again on every publish. Written atomically, so a killed build leaves no half file behind.
 */
export async function cachedUpload(
  env: Pick<BuildEnv, 'cmsGraphqlUrl' | 'cacheDir'>,
  file: Pick<MediaFile, 'url' | 'size'>,
  variant = 'original',
  derive: (original: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>> = async (original) => original,
): Promise<Uint8Array<ArrayBuffer>> {
  const path = cacheFile(env, file, variant);
  const cached = await readFile(path).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const bytes = await derive(await fetchUpload(env, file.url));
  await mkdir(join(path, '..'), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
  return bytes;
}
