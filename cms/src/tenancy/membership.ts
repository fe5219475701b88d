import type { Core } from '@strapi/strapi';
import { isEditorialRole, roleAtLeast, type EditorialRole } from '@portal/contract';

export const MEMBERSHIP_UID = 'api::tenant-membership.tenant-membership';
const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

/** One portal a person works on. `tenantId` is the row id RBAC conditions filter on. */
export interface TenantSeat {
  tenantId: number;
  tenantDocumentId: string;
  tenantCode: string;
  role: EditorialRole;
}

/** The provincial super-administrator: Strapi's Super Admin, who sees every portal. */
export function isProvincialAdmin(user: { roles?: Array<{ code?: string }> } | undefined): boolean {
  return Boolean(user?.roles?.some((role) => role.code === SUPER_ADMIN_ROLE_CODE));
}

/** Every portal the admin user `userId` belongs to, with their role on each board. */
export async function seatsOf(strapi: Core.Strapi, userId: number): Promise<TenantSeat[]> {
  const rows: any[] = await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: userId } },
    populate: { tenant: { select: ['id', 'documentId', 'code'] } },
  });
  // Should a person be listed twice on one board, the higher role counts.
  const seats = new Map<string, TenantSeat>();
  for (const row of rows) {
    if (!row.tenant || !isEditorialRole(row.role)) continue;
    const previous = seats.get(row.tenant.documentId);
    if (previous && roleAtLeast(previous.role, row.role)) continue;
    seats.set(row.tenant.documentId, { tenantId: row.tenant.id, tenantDocumentId: row.tenant.documentId, tenantCode: row.tenant.code, role: row.role });
  }
  return [...seats.values()];
}

/** The portals on which `userId` holds at least the role `minimum`. */
export async function tenantsWhereRole(strapi: Core.Strapi, userId: number, minimum: EditorialRole): Promise<TenantSeat[]> {
  return (await seatsOf(strapi, userId)).filter((seat) => roleAtLeast(seat.role, minimum));
}

/** The role `userId` holds on the board of the tenant `tenantDocumentId`, if any. */
export async function roleOn(strapi: Core.Strapi, userId: number, tenantDocumentId: string): Promise<EditorialRole | undefined> {
  return (await seatsOf(strapi, userId)).find((seat) => seat.tenantDocumentId === tenantDocumentId)?.role;
}
