import type { Core } from '@strapi/strapi';
import { credentialRecordOf, passwordExpired } from './credential-records';
import { loginThrottle, requestAddress } from './login-throttle';
import { accountPolicySettings } from './policy-settings';

type CredentialCheck = [error: unknown, user: any, info?: { message: string }];
type AdminAuthService = Record<string, any> & { checkCredentials(input: { email: string; password: string }): Promise<CredentialCheck> };

export const PASSWORD_CHANGE_PATH = '/api/account/password';

/** Strapi's answer to a wrong password and an unknown email; a delayed attempt gets it too. */
const INVALID_CREDENTIALS: CredentialCheck = [null, false, { message: 'Invalid credentials' }];

function expiredMessage(maxAgeDays: number): string {
  return (
    `Mật khẩu đã quá ${maxAgeDays} ngày hoặc phải đổi theo yêu cầu của quản trị; hãy đổi mật khẩu tại ${PASSWORD_CHANGE_PATH} rồi đăng nhập lại (Quy chế Đ15). / ` +
    `Your password is older than ${maxAgeDays} days or an administrator asked for a new one: change it at ${PASSWORD_CHANGE_PATH}, then log in again.`
  );
}

/**
 * Wraps Strapi's credential check with the account policy: repeated failures delay further
 * attempts (login-throttle.ts), and an expired password is refused with the way to change it. A
 * delayed attempt, a wrong password and an unknown email get the same answer, so the login tells
 * nobody which accounts exist or which are being guessed.
 */
export function guardAdminLogin(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::auth', (auth: AdminAuthService) => ({
    ...auth,
    async checkCredentials(input: { email: string; password: string }): Promise<CredentialCheck> {
      const address = requestAddress(strapi);
      if (loginThrottle.mustWait(input.email, address)) return INVALID_CREDENTIALS;
      const result = await auth.checkCredentials(input);
      const [, user, info] = result;
      if (!user) {
        if (info?.message === INVALID_CREDENTIALS[2]!.message) loginThrottle.recordFailure(input.email, address);
        return result;
      }
      loginThrottle.recordSuccess(input.email, address);
      const settings = accountPolicySettings();
      if (passwordExpired(await credentialRecordOf(strapi, user.id), settings)) return [null, false, { message: expiredMessage(settings.maxPasswordAgeDays) }];
      return result;
    },
  }));
}
