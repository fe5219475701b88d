import type { MediaFile } from '@portal/contract';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { buildEnv } from '../../../lib/build-env';
import { homePhotos } from '../../../lib/home-blocks';
import { EMBLEM_SIZE, emblemPath, PHOTO_WIDTH, photoPath } from '../../../lib/sections/media';
import { loadPortal } from '../../../lib/portal';
import { cachedUpload } from '../../../loaders/uploads';

/** A picture copied into the release, resized and converted to WebP with sharp at build time. */
interface Picture {
  file: MediaFile;
  /** Resize to this width, or when `height` is given, to fit that height. */
  width?: number;
  height?: number;
}

/** Every photo of each language (entries' photos, the home page's featured news and banners), and the portal's emblem. */
export async function getStaticPaths() {
  const { pages, tenant } = await loadPortal();
  const paths = new Map<string, { params: { locale: string; name: string }; props: Picture }>();
  for (const page of pages) {
    if (tenant.emblem && page.kind === 'home') {
      const name = emblemPath(tenant.emblem).split('/')[1]!;
      paths.set(`${page.locale}/${name}`, { params: { locale: page.locale, name }, props: { file: tenant.emblem, height: EMBLEM_SIZE * 2 } });
    }
    const photos = page.kind === 'home' ? homePhotos(page.blocks) : 'view' in page && page.view.photo ? [page.view.photo] : [];
    for (const { file } of photos) {
      const name = photoPath(file).split('/')[1]!;
      paths.set(`${page.locale}/${name}`, { params: { locale: page.locale, name }, props: { file, width: PHOTO_WIDTH * 2 } });
    }
  }
  return [...paths.values()];
}

export const GET: APIRoute = async ({ props }) => {
  const { file, width, height } = props as Picture;
  const picture = await cachedUpload(buildEnv(), file, `webp-${width ?? ''}x${height ?? ''}`, async (original) =>
    new Uint8Array(await sharp(original).resize({ width, height, withoutEnlargement: true }).webp({ quality: 75 }).toBuffer()),
  );
  return new Response(picture);
};
