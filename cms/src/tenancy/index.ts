import type { Core } from '@strapi/strapi';
import { ensureEditorialAdminRoles } from '../setup/editorial-admin-roles';
import { registerTenantIsolation } from './document-guard';
import { registerDocumentTenant } from './document-tenant';
import { tagUploadsWithPortals } from './media';
import { registerTenantConditions } from './rbac-conditions';
import { registerPortalRoleSync } from './role-sync';

/** Document Service middlewares of tenant isolation; registered before the content rules, so another portal's content is refused before anything about it is checked. */
export function registerTenancy(strapi: Core.Strapi): void {
  registerTenantIsolation(strapi);
  registerDocumentTenant(strapi); // after the fence, which answers a board member's move to a portal they are not on
  registerPortalRoleSync(strapi);
}

/** RBAC conditions, the portal admin roles built on them, and media tagging: they need the admin services and the database. */
export async function bootstrapTenancy(strapi: Core.Strapi): Promise<void> {
  await registerTenantConditions(strapi);
  await ensureEditorialAdminRoles(strapi);
  tagUploadsWithPortals(strapi);
}
