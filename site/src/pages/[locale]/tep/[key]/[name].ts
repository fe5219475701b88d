import type { MediaFile } from '@portal/contract';
import type { APIRoute } from 'astro';
import { buildEnv } from '../../../../lib/build-env';
import { downloadPath } from '../../../../lib/sections/media';
import { loadPortal } from '../../../../lib/portal';
import { cachedUpload } from '../../../../loaders/uploads';

/** Every download of each language, copied from the CMS into the release. */
export async function getStaticPaths() {
  const { pages } = await loadPortal();
  const paths = new Map<string, { params: { locale: string; key: string; name: string }; props: { file: MediaFile } }>();
  for (const page of pages) {
    if (!('view' in page)) continue;
    for (const download of page.view.downloads) {
      const [, key, name] = downloadPath(download.file).split('/');
      paths.set(`${page.locale}/${key}/${name}`, { params: { locale: page.locale, key: key!, name: name! }, props: { file: download.file } });
    }
  }
  return [...paths.values()];
}

export const GET: APIRoute = async ({ props }) => new Response(await cachedUpload(buildEnv(), (props as { file: MediaFile }).file));
