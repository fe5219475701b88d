import type { APIRoute } from 'astro';
import { CmsError } from '../../src/loaders/cms-client';
import { fetchUpload } from '../../src/loaders/uploads';
import { previewEnv } from '../lib/preview-env';
import { previewMediaFile } from '../lib/preview-media';

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * A file of the previewed page, fetched from the CMS for the holder of the page's ticket: the
 * middleware has redeemed the ticket (and the CMS checked the editor's board) as for the page.
 */
export const GET: APIRoute = async ({ locals, url }) => {
  const outcome = locals.previewOutcome!;
  if (!outcome.ok) return plain(outcome.problem.status, outcome.problem.title);
  const file = previewMediaFile(outcome.page, outcome.portal.tenant, url.searchParams.get('path') ?? '');
  if (!file) return plain(404, 'Tệp này không thuộc mục đang xem trước / This file is not part of the previewed item');
  try {
    return new Response(await fetchUpload(previewEnv(), file.url), { headers: { 'content-type': file.mime } });
  } catch (error) {
    if (error instanceof CmsError) return plain(502, `Không lấy được tệp từ CMS / The file could not be fetched from the CMS: ${error.message}`);
    throw error;
  }
};
