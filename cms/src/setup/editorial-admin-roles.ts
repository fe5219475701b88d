import type { Core } from '@strapi/strapi';
import { ADMIN_ROLE_CODES, EDITORIAL_ROLES, EDITORIAL_ROLE_NAMES, LOCALES, roleAtLeast, type EditorialRole } from '@portal/contract';
import { isTenantScoped, TENANT_UID } from '../content-model';
import { minimumRole, type Operation } from '../tenancy/access-rules';
import { MEMBERSHIP_UID } from '../tenancy/membership';
import { onPortalWhereAtLeast, OWN_PORTALS, OWN_PORTALS_MEDIA } from '../tenancy/rbac-conditions';

const CONTENT_MANAGER_ACTIONS: Record<string, Operation> = {
  'plugin::content-manager.explorer.read': 'read',
  'plugin::content-manager.explorer.create': 'write',
  'plugin::content-manager.explorer.update': 'write',
  'plugin::content-manager.explorer.delete': 'delete',
  // Publishing is decided by the workflow's publish gate too; the action is only offered to those who may.
  'plugin::content-manager.explorer.publish': 'publish',
};

// Shown in the admin panel's list of roles, to the provincial administrator who assigns them.
const DESCRIPTIONS: Record<EditorialRole, string> = {
  reporter: "Writes drafts, edits the board's drafts and submits them for approval, on the portals where they sit on the board.",
  editor: 'Also deletes drafts that were never published. Neither approves nor publishes; whoever changes a text is one of its authors.',
  approver: 'Also approves, publishes and unpublishes content, and deletes what was published, on the portals where they sit on the board.',
  tenant_admin: "Also manages the board's memberships, menus and featured links of their portals.",
};

interface PermissionInput {
  action: string;
  subject?: string;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

function contentPermissions(strapi: Core.Strapi, role: EditorialRole): PermissionInput[] {
  const contentTypes = strapi.service('admin::content-type') as any;
  const actions = (strapi.service('admin::permission') as any).actionProvider;
  const scoped = Object.keys(strapi.contentTypes).filter((uid) => isTenantScoped(strapi, uid));
  const permissions: PermissionInput[] = [];
  for (const [actionId, operation] of Object.entries(CONTENT_MANAGER_ACTIONS)) {
    const action = actions.get(actionId);
    const subjects = scoped.filter((uid) => roleAtLeast(role, minimumRole(strapi, uid, operation)));
    const withFields: PermissionInput[] = contentTypes.getPermissionsWithNestedFields([{ ...action, subjects }]);
    for (const permission of withFields) {
      const localized = (strapi.getModel(permission.subject as any) as any)?.pluginOptions?.i18n?.localized;
      permissions.push({
        ...permission,
        properties: { ...permission.properties, ...(localized ? { locales: [...LOCALES] } : {}) },
        conditions: [onPortalWhereAtLeast(minimumRole(strapi, permission.subject!, operation))],
      });
    }
  }
  // Tenants are read only to fill the `tenant` field; editing them is the provincial administrator's.
  const [readTenants] = contentTypes.getPermissionsWithNestedFields([{ ...actions.get('plugin::content-manager.explorer.read'), subjects: [TENANT_UID] }]);
  permissions.push({ ...readTenants, conditions: [OWN_PORTALS] });
  return permissions;
}

const MEDIA_PERMISSIONS: PermissionInput[] = [
  { action: 'plugin::upload.read', conditions: [OWN_PORTALS_MEDIA] },
  { action: 'plugin::upload.assets.update', conditions: [OWN_PORTALS_MEDIA] },
  { action: 'plugin::upload.assets.download', conditions: [OWN_PORTALS_MEDIA] },
  { action: 'plugin::upload.assets.copy-link', conditions: [OWN_PORTALS_MEDIA] },
  // Uploads are tagged with the uploader's portals (src/tenancy/media.ts), so creating is safe.
  { action: 'plugin::upload.assets.create' },
  // No `configure-view`: the media library's view settings are one for the whole province, the
  // provincial administrator's to change.
];

// A portal administrator puts people on the board: the membership form picks them from the admin
// accounts, which the provincial administrator creates. Reading accounts changes none of them.
const BOARD_ADMIN_PERMISSIONS: PermissionInput[] = [{ action: 'admin::users.read' }];

/**
 * One Strapi admin role per board role, created or brought up to date at every start: Content
 * Manager rights on every tenant-scoped type and the media library, each limited by an RBAC
 * condition to the portals where the user holds the needed role. Which portals those are comes
 * from the board memberships; a person's admin role follows their highest membership
 * (src/tenancy/role-sync.ts). Changes made to these roles in the admin panel are reset here.
 */
export async function ensureEditorialAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as any;
  for (const role of EDITORIAL_ROLES) {
    const code = ADMIN_ROLE_CODES[role];
    const attributes = { name: EDITORIAL_ROLE_NAMES[role].vi, code, description: `${EDITORIAL_ROLE_NAMES[role].en}: ${DESCRIPTIONS[role]}` };
    const existing = await roles.findOne({ code });
    const saved = existing ? await roles.update({ id: existing.id }, attributes) : await roles.create(attributes);
    await roles.assignPermissions(saved.id, [...contentPermissions(strapi, role), ...MEDIA_PERMISSIONS, ...(role === 'tenant_admin' ? BOARD_ADMIN_PERMISSIONS : [])]);
  }
}
