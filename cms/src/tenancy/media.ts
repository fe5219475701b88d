import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentBoardMember } from './request-seats';

export const FILE_UID = 'plugin::upload.file';

/**
 * Tags every file a board member uploads with their portals (the `tenants` relation added to the
 * upload plugin's file in src/extensions/upload). The media library shows a board member only
 * their portals' files (RBAC condition `own-portals-media`), and the Document Service guard
 * refuses linking another portal's file. Files the provincial administrator uploads carry no
 * portal: they are the province's shared library, usable everywhere.
 */
export function tagUploadsWithPortals(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async beforeCreate(event: any) {
      const member = await currentBoardMember(strapi);
      if (member) event.params.data.tenants = member.tenantIdsWhere('reporter');
    },
  });
}

const FOLDER_UID = 'plugin::upload.folder';

interface BulkBody {
  fileIds?: unknown[];
  folderIds?: unknown[];
  updates?: Array<{ id?: unknown }>;
}

/** The files a bulk request of the media library acts on, including every file inside the folders it names. */
async function filesOfBulkRequest(strapi: Core.Strapi, body: BulkBody): Promise<any[]> {
  const fileIds = [...(body.fileIds ?? []), ...(body.updates ?? []).map((update) => update.id)].map(Number).filter(Number.isInteger);
  const folderIds = (body.folderIds ?? []).map(Number).filter(Number.isInteger);
  const folders: any[] = folderIds.length ? await strapi.db.query(FOLDER_UID).findMany({ where: { id: { $in: folderIds } }, select: ['path'] }) : [];
  const inFolders = folders.flatMap((folder) => [{ folderPath: folder.path }, { folderPath: { $startsWith: `${folder.path}/` } }]);
  if (fileIds.length === 0 && inFolders.length === 0) return [];
  return strapi.db.query(FILE_UID).findMany({
    where: { $or: [{ id: { $in: fileIds } }, ...inFolders] },
    select: ['id'],
    populate: { tenants: { select: ['id'] } },
  });
}

/**
 * Route policy for the media library's bulk actions (delete, move, update), which check no
 * permission per file: a board member may act only on files of their own portals, and on folders
 * holding nothing else.
 */
export async function onlyOwnPortalsFiles(policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> {
  const member = await currentBoardMember(strapi);
  if (!member) return true;
  const own = member.tenantIdsWhere('reporter');
  const files = await filesOfBulkRequest(strapi, policyContext.request.body ?? {});
  // Naming the file would tell the member what another portal keeps in its library.
  if (files.some((file) => !file.tenants?.some((tenant: any) => own.includes(tenant.id)))) {
    throw new errors.PolicyError('Có tệp đã chọn thuộc cổng khác / a chosen file belongs to another portal');
  }
  return true;
}
