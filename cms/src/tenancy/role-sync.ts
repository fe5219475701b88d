import type { Core } from '@strapi/strapi';
import { ADMIN_ROLE_CODES, roleAtLeast, type EditorialRole } from '@portal/contract';
import { isProvincialAdmin, MEMBERSHIP_UID, seatsOf } from './membership';

const PORTAL_ROLE_CODES = new Set(Object.values(ADMIN_ROLE_CODES));

async function membersOf(strapi: Core.Strapi, documentId: string | undefined): Promise<number[]> {
  if (!documentId) return [];
  const rows: any[] = await strapi.db.query(MEMBERSHIP_UID).findMany({ where: { documentId }, populate: { user: { select: ['id'] } } });
  return rows.flatMap((row) => (row.user ? [row.user.id] : []));
}

/**
 * Gives `userId` the portal admin role of their highest board role, keeping any other admin role
 * they hold. One admin role is enough: its permissions carry conditions by board role, so an
 * approver of one portal who reports for another publishes on the first only.
 */
export async function syncPortalRoles(strapi: Core.Strapi, userId: number): Promise<void> {
  const user: any = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] });
  if (!user || isProvincialAdmin(user)) return;
  const seats = await seatsOf(strapi, userId);
  const highest = seats.reduce<EditorialRole | undefined>((best, seat) => (best && roleAtLeast(best, seat.role) ? best : seat.role), undefined);
  const portalRoles: any[] = await strapi.db.query('admin::role').findMany({ where: { code: { $in: [...PORTAL_ROLE_CODES] } } });
  const wanted = portalRoles.filter((role) => highest && role.code === ADMIN_ROLE_CODES[highest]).map((role) => role.id);
  const kept = user.roles.filter((role: any) => !PORTAL_ROLE_CODES.has(role.code)).map((role: any) => role.id);
  await (strapi.service('admin::user') as any).updateById(userId, { roles: [...kept, ...wanted] });
}

/** Keeps admin roles in step with board memberships whenever a membership is created, changed or removed. */
export function registerPortalRoleSync(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== MEMBERSHIP_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    const before = await membersOf(strapi, documentId);
    const result: any = await next();
    const after = context.action === 'delete' ? [] : await membersOf(strapi, documentId ?? result?.documentId);
    for (const userId of new Set([...before, ...after])) await syncPortalRoles(strapi, userId);
    return result;
  });
}
