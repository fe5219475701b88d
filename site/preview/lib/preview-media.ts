import type { MediaFile, Tenant } from '@portal/contract';
import type { PlannedPage } from '../../src/lib/page-plan';
import { downloadPath, emblemPath, photoPath } from '../../src/lib/sections/media';

/** The preview's route for the files of the page it shows, relative to the page's own address. */
export const PREVIEW_MEDIA_ROUTE = 'media';

/**
 * The upload a previewed page shows at `path` (its place in a release, as `mediaHref` was given
 * it): the item's photo, one of its downloads, or the portal's emblem. Nothing else: a ticket
 * opens the files of its own item, never the rest of the CMS's uploads.
 */
export function previewMediaFile(page: PlannedPage, tenant: Pick<Tenant, 'emblem'>, path: string): MediaFile | undefined {
  const view = 'view' in page ? page.view : undefined;
  const files: Array<[string, MediaFile]> = [
    ...(view?.photo ? [[photoPath(view.photo.file), view.photo.file] as [string, MediaFile]] : []),
    ...(view?.downloads ?? []).map((download): [string, MediaFile] => [downloadPath(download.file), download.file]),
    ...(tenant.emblem ? [[emblemPath(tenant.emblem), tenant.emblem] as [string, MediaFile]] : []),
  ];
  return files.find(([candidate]) => candidate === path)?.[1];
}
