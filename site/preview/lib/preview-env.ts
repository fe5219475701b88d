import { z } from 'astro/zod';
import { cmsEnvShape, graphqlUrlOf, presentIn, publicOriginEnvShape } from '../../src/lib/build-env';
import type { PublicOrigin } from '../../src/lib/public-links';

const previewEnvSchema = z.object({
  ...cmsEnvShape,
  ...publicOriginEnvShape,
  // The admin frames the preview: the CMS's origin as browsers reach it.
  PREVIEW_FRAME_ANCESTORS: z.string({ error: 'PREVIEW_FRAME_ANCESTORS is required (the CMS admin origin)' }).min(1),
});

/** What the preview service is told by its environment. */
export interface PreviewEnv {
  cmsUrl: string;
  cmsGraphqlUrl: string;
  cmsToken: string;
  origin: PublicOrigin;
  frameAncestors: string;
}

export function readPreviewEnv(env: Record<string, string | undefined>): PreviewEnv {
  const parsed = previewEnvSchema.safeParse(presentIn(env));
  if (!parsed.success) {
    throw new Error(`The preview service is misconfigured:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  const value = parsed.data;
  return {
    cmsUrl: value.CMS_URL.replace(/\/$/, ''),
    cmsGraphqlUrl: graphqlUrlOf(value.CMS_URL),
    cmsToken: value.CMS_TOKEN,
    origin: { protocol: value.PORTAL_PUBLIC_PROTOCOL, port: value.PORTAL_PUBLIC_PORT },
    frameAncestors: value.PREVIEW_FRAME_ANCESTORS,
  };
}

let read: PreviewEnv | undefined;

/** This process's environment, read at the first request. */
export function previewEnv(): PreviewEnv {
  read ??= readPreviewEnv(process.env);
  return read;
}
