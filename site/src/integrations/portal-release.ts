import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { buildEnv } from '../lib/build-env';
import { BuildPhases } from '../lib/build-phases';
import { readBuildReport, type BuildReport } from '../lib/build-report';
import { allowRenameAcrossFilesystems } from './cross-device-rename';
import { finishRelease } from './finish-release';
import { linkReusedPages } from './linked-page-copies';
import { sitemapOptions } from './sitemaps';

const asDirectoryUrl = (path: string) => pathToFileURL(path.endsWith('/') ? path : `${path}/`);

/** Astro empties its outDir before building: refuse rather than wipe a directory someone mistyped. */
async function assertEmpty(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0) throw new Error(`PORTAL_OUT_DIR ${dir} is not empty; each build needs a fresh directory`);
}

/**
 * Builds one tenant into a release: points Astro at the tenant's output and cache directories,
 * and once the pages are written, runs @astrojs/sitemap and the release steps on them. The
 * sitemap integration is driven from here, not listed in the config, because it must run after
 * the build report exists and before the release steps move its files.
 */
export function portalRelease(): AstroIntegration {
  let report: BuildReport | undefined;
  const phases = new BuildPhases();
  const { hooks: sitemapHooks } = sitemap(
    sitemapOptions(() => {
      if (!report) throw new Error('The sitemap ran before the build report was read');
      return report;
    }),
  );

  return {
    name: 'portal-release',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        // `astro sync` (the typecheck) builds no tenant, so it needs no tenant environment.
        if (command !== 'build' && command !== 'dev') return;
        const env = buildEnv();
        if (command === 'build') {
          await assertEmpty(env.outDir);
          allowRenameAcrossFilesystems();
          linkReusedPages(env.cacheDir);
        }
        updateConfig({ outDir: asDirectoryUrl(env.outDir), cacheDir: asDirectoryUrl(env.cacheDir) });
      },
      'astro:config:done': async (options) => {
        await sitemapHooks['astro:config:done']?.(options);
        phases.mark('start');
      },
      // Astro loads the content collections (the loaders read the CMS) between these two hooks.
      'astro:build:start': () => phases.mark('content'),
      // Planning and keying the pages, rendering the changed ones and copying the others.
      'astro:build:generated': () => phases.mark('pages'),
      'astro:routes:resolved': async (options) => {
        await sitemapHooks['astro:routes:resolved']?.(options);
      },
      'astro:build:done': async (options) => {
        const outDir = fileURLToPath(options.dir);
        report = await readBuildReport(outDir);
        phases.mark('astro');
        await sitemapHooks['astro:build:done']?.(options);
        phases.mark('sitemap');
        await finishRelease(outDir, buildEnv(), report, options.logger, phases);
      },
    },
  };
}
