import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { credentialRecordOf, lockedUntil, recordFailedLogin } from './credential-records';
import { accountPolicySettings, lockoutSeconds } from './policy-settings';

export interface OwnPasswordChange {
  email: string;
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const WRONG_CREDENTIALS = 'Email hoặc mật khẩu hiện tại không đúng. / The email or the current password is wrong.';

/**
 * Lets a person whose password expired (and so cannot log in to the admin panel) set a new one
 * by proving the old one. Counts as a login attempt for the lockout; the new password goes
 * through the same policy as every other change.
 */
export async function changeOwnPassword(strapi: Core.Strapi, change: Partial<OwnPasswordChange>): Promise<void> {
  const { email, currentPassword, newPassword, confirmation } = change;
  const missing = (['email', 'currentPassword', 'newPassword', 'confirmation'] as const).filter((field) => typeof change[field] !== 'string' || change[field] === '');
  if (missing.length > 0) throw new errors.ValidationError(`Thiếu thông tin: ${missing.join(', ')}. / Missing: ${missing.join(', ')}.`);
  if (newPassword !== confirmation) throw new errors.ValidationError('Hai lần nhập mật khẩu mới không khớp. / The new password and its confirmation differ.');

  const user = await strapi.db.query('admin::user').findOne({ where: { email: email!.trim().toLowerCase() } });
  if (!user?.password || user.isActive !== true) throw new errors.ValidationError(WRONG_CREDENTIALS);
  const record = await credentialRecordOf(strapi, user.id);
  const locked = lockedUntil(record);
  if (locked) throw new errors.ValidationError(`Tài khoản tạm khóa đến ${locked.toISOString()}. / The account is locked until ${locked.toISOString()}.`);
  const auth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
  if (!(await auth.validatePassword(currentPassword!, user.password))) {
    const settings = accountPolicySettings();
    await recordFailedLogin(strapi, record, (failures) => lockoutSeconds(failures, settings));
    throw new errors.ValidationError(WRONG_CREDENTIALS);
  }
  await (strapi.service('admin::user') as any).updateById(user.id, { password: newPassword });
}
