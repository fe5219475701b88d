import type { MediaFile } from '@portal/contract';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { buildEnv } from '../../../lib/build-env';
import { PHOTO_WIDTH, photoPath } from '../../../lib/sections/media';
import { loadPortal } from '../../../lib/portal';
import { cachedUpload } from '../../../loaders/uploads';

/** Every photo of each language, resized and converted with sharp at build time. */
export async function getStaticPaths() {
  const { pages } = await loadPortal();
  const paths = new Map<string, { params: { locale: string; name: string }; props: { file: MediaFile } }>();
  for (const page of pages) {
    if (!('view' in page) || !page.view.photo) continue;
    const name = photoPath(page.view.photo.file).split('/')[1]!;
    paths.set(`${page.locale}/${name}`, { params: { locale: page.locale, name }, props: { file: page.view.photo.file } });
  }
  return [...paths.values()];
}

export const GET: APIRoute = async ({ props }) => {
  const photo = await cachedUpload(buildEnv(), (props as { file: MediaFile }).file, `webp-${PHOTO_WIDTH * 2}`, async (original) =>
    new Uint8Array(await sharp(original).resize({ width: PHOTO_WIDTH * 2, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer()),
  );
  return new Response(photo);
};
