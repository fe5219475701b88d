import type { Core } from '@strapi/strapi';
import { EDITORIAL_ROLES, EDITORIAL_ROLE_NAMES, type EditorialRole } from '@portal/contract';
import { boardMember, seatsDuringRequest } from './request-seats';

const CATEGORY = 'Cổng thông tin / Portals';

/** The condition id (as stored on permissions) that limits an action to portals where the user holds at least `role`. */
export const onPortalWhereAtLeast = (role: EditorialRole) => `api::portal-board-${role.replace('_', '-')}`;
/** Limits reading tenants to the portals the user works on (the `tenant` relation picker). */
export const OWN_PORTALS = 'api::own-portals';
/** Limits the media library to files uploaded by the user's boards. */
export const OWN_PORTALS_MEDIA = 'api::own-portals-media';

const tenantIds = async (strapi: Core.Strapi, user: { id: number }, minimum: EditorialRole) =>
  boardMember(user.id, await seatsDuringRequest(strapi, user.id)).tenantIdsWhere(minimum);

/** A condition admitting what belongs to the portals where the user holds at least `minimum`; `path` leads to the tenant's id. */
function portalCondition(strapi: Core.Strapi, id: string, displayName: string, minimum: EditorialRole, path: string) {
  return {
    name: id.replace('api::', ''),
    displayName,
    category: CATEGORY,
    async handler(user: { id: number }) {
      const ids = await tenantIds(strapi, user, minimum);
      return ids.length > 0 && { [path]: { $in: ids } };
    },
  };
}

/**
 * RBAC conditions that scope the portal roles' permissions by board membership. Each answers a
 * filter on the tenant relation (or `false`: no seat, no access), which the Content Manager, its
 * relation pickers and the media library add to their queries and check entries against.
 */
export function registerTenantConditions(strapi: Core.Strapi): Promise<void> {
  const conditions = [
    ...EDITORIAL_ROLES.map((role) =>
      portalCondition(
        strapi,
        onPortalWhereAtLeast(role),
        `Trên cổng mà tôi ít nhất là ${EDITORIAL_ROLE_NAMES[role].vi} / On a portal where I am at least ${EDITORIAL_ROLE_NAMES[role].en}`,
        role,
        'tenant.id',
      ),
    ),
    portalCondition(strapi, OWN_PORTALS, 'Cổng của tôi / Portals I work on', 'reporter', 'id'),
    portalCondition(strapi, OWN_PORTALS_MEDIA, 'Tệp của cổng tôi / Files of my portals', 'reporter', 'tenants.id'),
  ];
  return (strapi.service('admin::permission') as any).conditionProvider.registerMany(conditions);
}
