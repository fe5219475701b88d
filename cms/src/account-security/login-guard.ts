import type { Core } from '@strapi/strapi';
import { credentialRecordOf, lockedUntil, passwordExpired, recordFailedLogin, recordSuccessfulLogin } from './credential-records';
import { accountPolicySettings, lockoutSeconds } from './policy-settings';

type CredentialCheck = [error: unknown, user: any, info?: { message: string }];
type AdminAuthService = Record<string, any> & { checkCredentials(input: { email: string; password: string }): Promise<CredentialCheck> };

export const PASSWORD_CHANGE_PATH = '/api/account/password';

const timeOfDay = (date: Date) => date.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function lockedMessage(until: Date): string {
  return `Tài khoản tạm khóa đến ${timeOfDay(until)} (giờ Việt Nam) do đăng nhập sai nhiều lần. / Too many failed logins: the account is locked until ${until.toISOString()}.`;
}

function expiredMessage(maxAgeDays: number): string {
  return (
    `Mật khẩu đã quá ${maxAgeDays} ngày hoặc phải đổi theo yêu cầu của quản trị; hãy đổi mật khẩu tại ${PASSWORD_CHANGE_PATH} rồi đăng nhập lại (Quy chế Đ15). / ` +
    `Your password is older than ${maxAgeDays} days or an administrator asked for a new one: change it at ${PASSWORD_CHANGE_PATH}, then log in again.`
  );
}

/**
 * Wraps Strapi's credential check with the account policy: locked accounts are refused even with
 * the right password, failures lock the account with a doubling backoff, and an expired password
 * is refused with the way to change it. Unknown emails get Strapi's usual answer, so the guard
 * tells nobody which accounts exist.
 */
export function guardAdminLogin(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::auth', (auth: AdminAuthService) => ({
    ...auth,
    async checkCredentials(input: { email: string; password: string }): Promise<CredentialCheck> {
      const account = await strapi.db.query('admin::user').findOne({ where: { email: input.email }, select: ['id'] });
      if (!account) return auth.checkCredentials(input);
      const settings = accountPolicySettings();
      const record = await credentialRecordOf(strapi, account.id);
      const locked = lockedUntil(record);
      if (locked) return [null, false, { message: lockedMessage(locked) }];

      const result = await auth.checkCredentials(input);
      const [, user, info] = result;
      if (!user) {
        if (info?.message !== 'Invalid credentials') return result;
        const after = await recordFailedLogin(strapi, record, (failures) => lockoutSeconds(failures, settings));
        const nowLocked = lockedUntil(after);
        return nowLocked ? [null, false, { message: lockedMessage(nowLocked) }] : result;
      }
      await recordSuccessfulLogin(strapi, record);
      if (passwordExpired(record, settings)) return [null, false, { message: expiredMessage(settings.maxPasswordAgeDays) }];
      return result;
    },
  }));
}
