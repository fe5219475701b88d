import type { PreviousSlug } from '@portal/contract';
import type { APIRoute } from 'astro';
import { createBuildReport } from '../lib/build-report';
import { collectionData } from '../lib/collections';
import { loadPortal } from '../lib/portal';
import { slugRedirects } from '../lib/slug-redirects';

// Written to the output root as BUILD_REPORT_FILE for the post-build step, which removes it.
export const GET: APIRoute = async () => {
  const { tenant, pages, origin } = await loadPortal();
  const redirects = slugRedirects(pages, await collectionData<PreviousSlug>('previousSlugs'));
  return new Response(JSON.stringify(createBuildReport(tenant, pages, origin, redirects)));
};
