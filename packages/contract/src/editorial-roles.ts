/**
 * The roles a person holds on one portal's editorial board (Quy chế Đ11, Đ15: permissions by
 * function). Ordered from least to most trusted; each role can do everything the roles before it
 * can. The provincial super-administrator is not a board role: it is Strapi's Super Admin and
 * sees every portal.
 */
export const EDITORIAL_ROLES = ['reporter', 'editor', 'approver', 'tenant_admin'] as const;
export type EditorialRole = (typeof EDITORIAL_ROLES)[number];

export const EDITORIAL_ROLE_NAMES: Record<EditorialRole, { vi: string; en: string }> = {
  reporter: { vi: 'Phóng viên, cộng tác viên', en: 'Reporter' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  approver: { vi: 'Thành viên Ban Biên tập (duyệt tin)', en: 'Approver' },
  tenant_admin: { vi: 'Quản trị cổng', en: 'Portal administrator' },
};

/** The Strapi admin role code that carries the rights of each board role (kept in step with the memberships). */
export const ADMIN_ROLE_CODES: Record<EditorialRole, string> = {
  reporter: 'portal-reporter',
  editor: 'portal-editor',
  approver: 'portal-approver',
  tenant_admin: 'portal-tenant-admin',
};

export function isEditorialRole(value: unknown): value is EditorialRole {
  return typeof value === 'string' && (EDITORIAL_ROLES as readonly string[]).includes(value);
}

/** Whether `role` carries at least the rights of `minimum`. */
export function roleAtLeast(role: EditorialRole, minimum: EditorialRole): boolean {
  return EDITORIAL_ROLES.indexOf(role) >= EDITORIAL_ROLES.indexOf(minimum);
}
