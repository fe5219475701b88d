import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { loginThrottle, requestAddress } from './login-throttle';

export interface OwnPasswordChange {
  email: string;
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const WRONG_CREDENTIALS = 'Email hoặc mật khẩu hiện tại không đúng. / The email or the current password is wrong.';

/**
 * Lets a person whose password expired (and so cannot log in to the admin panel) set a new one
 * by proving the old one. Counts as a login attempt for the login throttle, with the login's
 * single answer for unknown accounts, wrong passwords and delayed attempts; the new password
 * goes through the same policy as every other change.
 */
export async function changeOwnPassword(strapi: Core.Strapi, change: Partial<OwnPasswordChange>): Promise<void> {
  const { email, currentPassword, newPassword, confirmation } = change;
  const missing = (['email', 'currentPassword', 'newPassword', 'confirmation'] as const).filter((field) => typeof change[field] !== 'string' || change[field] === '');
  if (missing.length > 0) throw new errors.ValidationError(`Thiếu thông tin: ${missing.join(', ')}. / Missing: ${missing.join(', ')}.`);
  if (newPassword !== confirmation) throw new errors.ValidationError('Hai lần nhập mật khẩu mới không khớp. / The new password and its confirmation differ.');

  const address = requestAddress(strapi);
  if (loginThrottle.mustWait(email!, address)) throw new errors.ValidationError(WRONG_CREDENTIALS);
  const user = await strapi.db.query('admin::user').findOne({ where: { email: email!.trim().toLowerCase() } });
  const auth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
  const proven = Boolean(user?.password) && user.isActive === true && (await auth.validatePassword(currentPassword!, user.password));
  if (!proven) {
    loginThrottle.recordFailure(email!, address);
    throw new errors.ValidationError(WRONG_CREDENTIALS);
  }
  loginThrottle.recordSuccess(email!, address);
  await (strapi.service('admin::user') as any).updateById(user.id, { password: newPassword });
}
