import { defineConfig } from 'astro/config';
import { portalRelease } from './src/integrations/portal-release';
import { ASSET_PREFIX_MARKER } from './src/integrations/locale-assets';
import { SITEMAP_STAND_IN_SITE } from './src/integrations/sitemaps';
import { COMPRESS_HTML } from './src/lib/html-whitespace';

// Output and cache directories come from the environment and are set by portalRelease(), which
// also validates that environment before anything is fetched or written.
export default defineConfig({
  output: 'static',
  site: SITEMAP_STAND_IN_SITE,
  trailingSlash: 'always',
  compressHTML: COMPRESS_HTML,
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    assetsPrefix: ASSET_PREFIX_MARKER,
  },
  vite: {
    build: {
      // The portals' Content-Security-Policy allows no inline script, so scripts stay files.
      assetsInlineLimit: 0,
    },
  },
  experimental: {
    // A page whose cache key (lib/page-cache-key.ts) and code are unchanged is copied from the
    // tenant's cache directory instead of rendered again.
    incrementalBuild: true,
  },
  integrations: [portalRelease()],
});
