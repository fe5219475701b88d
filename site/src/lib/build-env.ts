import { isAbsolute } from 'node:path';
import { tenantCodeSchema } from '@portal/contract';
import { z } from 'astro/zod';
import { MAX_PAGES_PER_BUNDLE } from './search-bundles';

const absolutePath = (name: string) =>
  z.string({ error: `${name} is required` }).refine(isAbsolute, `${name} must be an absolute path`);

/** How a process reads the CMS: its address and the publisher's read-only token (the build and the preview service). */
export const cmsEnvShape = {
  CMS_URL: z.url({ protocol: /^https?$/, error: 'CMS_URL must be an http(s) URL such as http://127.0.0.1:1337' }),
  CMS_TOKEN: z.string({ error: 'CMS_TOKEN is required' }).min(1, 'CMS_TOKEN is required'),
};

/** Where the portals are served, for the absolute links pages carry. */
export const publicOriginEnvShape = {
  // Local stacks serve the portals over plain http on a high port; production is https on 443.
  PORTAL_PUBLIC_PROTOCOL: z
    .enum(['https:', 'http:', 'https', 'http'])
    .default('https:')
    .transform((protocol) => (protocol.endsWith(':') ? protocol : `${protocol}:`) as 'https:' | 'http:'),
  PORTAL_PUBLIC_PORT: z.coerce.number().int().min(1).max(65535).optional(),
};

/** The CMS's GraphQL endpoint below its address. */
export const graphqlUrlOf = (cmsUrl: string): string => new URL('graphql', cmsUrl.endsWith('/') ? cmsUrl : `${cmsUrl}/`).href;

/** The environment without empty values, which count as unset. */
export const presentIn = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));

const buildEnvSchema = z.object({
  PORTAL_TENANT: tenantCodeSchema,
  ...cmsEnvShape,
  PORTAL_OUT_DIR: absolutePath('PORTAL_OUT_DIR'),
  PORTAL_CACHE_DIR: absolutePath('PORTAL_CACHE_DIR'),
  ...publicOriginEnvShape,
  // Fewer pages per search bundle: less indexing memory, more requests for the reader's first query.
  PORTAL_SEARCH_BUNDLE_PAGES: z.coerce.number().int().min(1).default(MAX_PAGES_PER_BUNDLE),
});

export interface BuildEnv {
  tenantCode: string;
  cmsGraphqlUrl: string;
  cmsToken: string;
  outDir: string;
  cacheDir: string;
  publicProtocol: 'https:' | 'http:';
  publicPort: number | undefined;
  /** The most pages a search bundle holds (see lib/search-bundles.ts). */
  searchBundlePages: number;
}

export class BuildEnvError extends Error {
  override name = 'BuildEnvError';
}

/** Reads the build's inputs, failing with every problem at once rather than one per attempt. */
export function readBuildEnv(env: Record<string, string | undefined>): BuildEnv {
  const parsed = buildEnvSchema.safeParse(presentIn(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new BuildEnvError(`The site build is misconfigured:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  return {
    tenantCode: value.PORTAL_TENANT,
    cmsGraphqlUrl: graphqlUrlOf(value.CMS_URL),
    cmsToken: value.CMS_TOKEN,
    outDir: value.PORTAL_OUT_DIR,
    cacheDir: value.PORTAL_CACHE_DIR,
    publicProtocol: value.PORTAL_PUBLIC_PROTOCOL,
    publicPort: value.PORTAL_PUBLIC_PORT,
    searchBundlePages: value.PORTAL_SEARCH_BUNDLE_PAGES,
  };
}

let current: BuildEnv | undefined;

/** The environment of this build process, read once. */
export function buildEnv(): BuildEnv {
  current ??= readBuildEnv(process.env);
  return current;
}
