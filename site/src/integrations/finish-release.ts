import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { phaseSummary, RELEASE_MANIFEST_FILE, releaseManifestSchema } from '@portal/contract';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildEnv } from '../lib/build-env';
import type { BuildPhases } from '../lib/build-phases';
import { BUILD_REPORT_FILE, type BuildReport } from '../lib/build-report';
import { localizeAssets } from './locale-assets';
import { indexLanguage, stopPagefind } from './pagefind-index';
import { checkSites } from './release-checks';
import { placeSitemaps } from './sitemaps';

/** Astro's record of the pages it may copy into the next build (`experimental.incrementalBuild`). */
const INCREMENTAL_BUILD_MANIFEST = 'incremental-build.json';

/** Puts pages where the static server looks for them when Astro's routing puts them elsewhere. */
async function movePages(outDir: string, report: BuildReport): Promise<void> {
  for (const page of report.pages) {
    const written = join(outDir, page.outputPath, 'index.html');
    const wanted = join(outDir, page.file);
    if (written === wanted) continue;
    await mkdir(dirname(wanted), { recursive: true });
    await rename(written, wanted);
    await rmdir(dirname(written));
  }
}

/**
 * Turns Astro's output into a release: one self-contained document root per language (pages,
 * assets, search index, sitemap, robots.txt), checked, then the manifest. The manifest is written
 * last, so an output directory without one is never a release.
 */
export async function finishRelease(
  outDir: string,
  env: Pick<BuildEnv, 'cacheDir' | 'searchBundlePages'>,
  report: BuildReport,
  logger: AstroIntegrationLogger,
  phases: BuildPhases,
): Promise<void> {
  await movePages(outDir, report);
  phases.mark('move');
  try {
    for (const site of report.sites) {
      await localizeAssets(outDir, site.locale, site.pathPrefix);
      phases.mark('assets');
      const documents = report.pages.flatMap((page) => (page.locale === site.locale && page.search ? [page.search] : []));
      const scope = { locale: site.locale, portal: report.tenantCode };
      const indexed = await indexLanguage(join(outDir, site.locale), scope, documents, env.cacheDir, env.searchBundlePages);
      phases.mark('search');
      logger.info(
        `${site.locale}: ${indexed.pages} pages searchable (search bundles: ${indexed.bundles}, reused from the last build: ${indexed.reused}), served at ${site.rootUrl}`,
      );
    }
  } finally {
    await stopPagefind();
  }
  phases.mark('search');
  await placeSitemaps(outDir, report);
  await rm(join(outDir, '_astro'), { recursive: true, force: true });
  await rm(join(outDir, BUILD_REPORT_FILE));
  phases.mark('sitemap');

  const sites = report.sites.map(({ locale, host, pathPrefix, name }) => ({ locale, host, pathPrefix, name }));
  const problems = await checkSites(outDir, sites, report.redirects);
  phases.mark('check');
  if (problems.length > 0) {
    // A page copied from an earlier build may be what is wrong (its cache key missed a change):
    // the retry renders every page, so only a problem in the content itself fails again.
    await rm(join(env.cacheDir, INCREMENTAL_BUILD_MANIFEST), { force: true });
    throw new Error(`The release is not sound:\n  - ${problems.join('\n  - ')}`);
  }
  const manifest = releaseManifestSchema.parse({
    tenantCode: report.tenantCode,
    builtAt: new Date().toISOString(),
    sites,
    pages: report.pages.length,
    redirects: report.redirects,
    phases: phases.durations(),
  });
  logger.info(`phases: ${phaseSummary(manifest.phases ?? {})}`);
  await writeFile(join(outDir, RELEASE_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
