import type { Core } from '@strapi/strapi';
import type { EditorialRole } from '@portal/contract';
import { refuseRequest } from '../admin-routes';
import { TENANT_UID } from '../content-model';
import { isProvincialAdmin, tenantsWhereRole } from '../tenancy/membership';
import type { VisibleBoard } from './dashboard-data';

/**
 * The tenants whose figures `user` may see: the one asked for, if they sit on its board with at
 * least `minimum`; all of theirs when none is asked for. The provincial administrator sees any
 * tenant, and the whole province (`undefined`) when none is asked for.
 */
export async function boardScope(strapi: Core.Strapi, user: any, requested: string | undefined, minimum: EditorialRole): Promise<string[] | undefined> {
  if (isProvincialAdmin(user)) {
    if (!requested) return undefined;
    const exists = await strapi.db.query(TENANT_UID).count({ where: { code: requested } });
    if (!exists) refuseRequest('missing', `Không có cổng "${requested}".`, `No portal "${requested}".`);
    return [requested];
  }
  const codes = (await tenantsWhereRole(strapi, user.id, minimum)).map((seat) => seat.tenantCode);
  if (requested && !codes.includes(requested)) {
    refuseRequest('forbidden', `Bạn không thuộc Ban Biên tập của cổng "${requested}" với vai trò đủ quyền.`, `You are not on the board of "${requested}" with a role that may see this.`);
  }
  if (codes.length === 0) refuseRequest('forbidden', 'Bạn chưa thuộc Ban Biên tập nào.', 'You are not on any editorial board.');
  return requested ? [requested] : codes;
}

/** The portals whose figures `user` may open, named in Vietnamese, for the dashboard's picker. */
export async function visibleBoards(strapi: Core.Strapi, user: any, minimum: EditorialRole): Promise<VisibleBoard[]> {
  const codes = isProvincialAdmin(user) ? undefined : (await tenantsWhereRole(strapi, user.id, minimum)).map((seat) => seat.tenantCode);
  const tenants: any[] = await strapi.db.query(TENANT_UID).findMany({
    where: codes ? { code: { $in: codes } } : {},
    populate: { sites: { select: ['locale', 'name'] } },
    orderBy: { code: 'asc' },
  });
  return tenants.map((tenant) => ({ code: tenant.code, name: tenant.sites?.find((site: any) => site.locale === 'vi')?.name ?? tenant.code }));
}
