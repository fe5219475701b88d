import type { APIRoute } from 'astro';
import { createBuildReport } from '../lib/build-report';
import { loadPortal } from '../lib/portal';

// Written to the output root as BUILD_REPORT_FILE for the post-build step, which removes it.
export const GET: APIRoute = async () => {
  const { tenant, pages, origin } = await loadPortal();
  return new Response(JSON.stringify(createBuildReport(tenant, pages, origin)));
};
