import type { Core } from '@strapi/strapi';
import { addAdminRoutes, refuseRequest } from '../admin-routes';
import { isProvincialAdmin } from '../tenancy/membership';
import { requirePasswordChange } from './credential-records';

/**
 * `POST /admin/account-security/users/:id/require-password-change`: the provincial administrator
 * makes one account change its password at the next login (after an incident, or when someone
 * leaves a board) and ends its sessions now.
 */
export function registerAccountSecurityRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, 'account-security', [
    {
      method: 'POST',
      path: '/account-security/users/:id/require-password-change',
      handler: async (ctx) => {
        if (!isProvincialAdmin(ctx.state.user)) refuseRequest('forbidden', 'Chỉ quản trị cấp tỉnh được yêu cầu đổi mật khẩu.', 'Only the provincial administrator may do this.');
        const id = Number(ctx.params.id);
        const user = Number.isInteger(id) ? await strapi.db.query('admin::user').findOne({ where: { id }, select: ['id'] }) : null;
        if (!user) refuseRequest('missing', `Không có tài khoản ${ctx.params.id}.`, `No admin account ${ctx.params.id}.`);
        await requirePasswordChange(strapi, id);
        const sessions = (strapi as any).sessionManager;
        if (sessions?.hasOrigin('admin')) await sessions('admin').invalidateRefreshToken(String(id));
        ctx.body = { data: { id, mustChangePassword: true } };
      },
    },
  ]);
}
