import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describePasswordProblems, passwordProblems, type PasswordOwner } from '@portal/contract';
import { isRecentPassword, recordPasswordChange } from './credential-records';
import { accountPolicySettings } from './policy-settings';

type UserAttributes = PasswordOwner & { password?: string; [key: string]: unknown };
type AdminUserService = Record<string, any> & {
  create(attributes: UserAttributes): Promise<{ id: number }>;
  createFirstAdmin(attributes: UserAttributes): Promise<{ id: number }>;
  updateById(id: number, attributes: UserAttributes): Promise<{ id: number }>;
};

/** Refuses a new password that breaks the rule or repeats a recent one; changes nothing. */
export async function assertAcceptablePassword(strapi: Core.Strapi, password: string, owner: PasswordOwner, userId?: number): Promise<void> {
  const problems = passwordProblems(password, owner);
  if (problems.length > 0) throw new errors.ValidationError(describePasswordProblems(problems), { password: problems.map((problem) => problem.code) });
  if (userId !== undefined && (await isRecentPassword(strapi, userId, password, accountPolicySettings()))) {
    const { passwordHistorySize } = accountPolicySettings();
    throw new errors.ValidationError(
      `Không được dùng lại ${passwordHistorySize} mật khẩu gần nhất. / The password must differ from the last ${passwordHistorySize} passwords of this account.`,
      { password: ['recently-used'] },
    );
  }
}

/** Every session of the account ends: whoever knew the old password is logged out (Đ15). */
async function revokeSessions(strapi: Core.Strapi, userId: number): Promise<void> {
  const sessions = (strapi as any).sessionManager;
  if (sessions?.hasOrigin('admin')) await sessions('admin').invalidateRefreshToken(String(userId));
}

async function afterPasswordChange(strapi: Core.Strapi, userId: number): Promise<void> {
  await recordPasswordChange(strapi, userId, accountPolicySettings());
  await revokeSessions(strapi, userId);
}

/**
 * Every way Strapi sets an admin password (registration, reset, profile, user management, the
 * CLI, the first admin) ends in these three service methods, so the policy is enforced here once.
 */
export function enforcePasswordPolicy(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::user', (users: AdminUserService) => ({
    ...users,
    async create(attributes: UserAttributes) {
      if (attributes.password !== undefined) await assertAcceptablePassword(strapi, attributes.password, attributes);
      const created = await users.create(attributes);
      if (attributes.password !== undefined) await afterPasswordChange(strapi, created.id);
      return created;
    },
    async createFirstAdmin(attributes: UserAttributes) {
      if (attributes.password !== undefined) await assertAcceptablePassword(strapi, attributes.password, attributes);
      const created = await users.createFirstAdmin(attributes);
      if (attributes.password !== undefined) await afterPasswordChange(strapi, created.id);
      return created;
    },
    async updateById(id: number, attributes: UserAttributes) {
      if (attributes.password === undefined) return users.updateById(id, attributes);
      const current = await strapi.db.query('admin::user').findOne({ where: { id } });
      await assertAcceptablePassword(strapi, attributes.password, { ...current, ...attributes }, id);
      const updated = await users.updateById(id, attributes);
      await afterPasswordChange(strapi, id);
      return updated;
    },
  }));

  // Strapi ends the sessions before saving a new password of one's own; checking first means a
  // refused password leaves the editor logged in with nothing changed.
  strapi.get('controllers').extend('admin::authenticated-user', (controller: Record<string, any>) => ({
    ...controller,
    async updateMe(ctx: any) {
      const { password } = ctx.request.body ?? {};
      if (typeof password === 'string' && ctx.state.user) {
        await assertAcceptablePassword(strapi, password, { ...ctx.state.user, ...ctx.request.body }, ctx.state.user.id);
      }
      return controller.updateMe(ctx);
    },
  }));
}
