import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { COMPRESS_HTML } from './src/lib/html-whitespace';

const here = fileURLToPath(new URL('.', import.meta.url));
const BUILD_PORTAL = resolve(here, 'src/lib/portal');
const REQUEST_PORTAL = resolve(here, 'preview/lib/request-portal.ts');

/**
 * The layout's components ask `src/lib/portal.ts` for the portal, which the build reads from its
 * content layer; in the preview server they get the portal of the request instead.
 */
function portalOfTheRequest() {
  return {
    name: 'portal-preview-request-portal',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (importer && source.startsWith('.') && resolve(importer, '..', source).replace(/\.ts$/, '') === BUILD_PORTAL) return REQUEST_PORTAL;
      return null;
    },
  };
}

/**
 * The preview service: one on-demand route that renders an item from the CMS through the
 * portals' own page views and layout (site/preview). Built to dist/preview, run with
 * `node dist/preview/server/entry.mjs` on its own port, never on a public host.
 */
export default defineConfig({
  // Its own root, so its generated types (preview/.astro) never overwrite the portal build's.
  root: resolve(here, 'preview'),
  srcDir: resolve(here, 'preview'),
  outDir: resolve(here, 'dist/preview'),
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  compressHTML: COMPRESS_HTML,
  vite: {
    plugins: [portalOfTheRequest()],
    build: { assetsInlineLimit: 0 },
  },
});
