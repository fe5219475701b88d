import type { Core } from '@strapi/strapi';
import { registerAccountSecurityRoutes } from './admin-routes';
import { guardAdminLogin } from './login-guard';
import { enforcePasswordPolicy } from './password-changes';
import { accountPolicySettings } from './policy-settings';

/** Quy chế Đ15 for admin accounts: strong passwords, rotation, no reuse, delays for guessed logins, sessions ended on change. */
export function registerAccountSecurity(strapi: Core.Strapi): void {
  accountPolicySettings(); // a malformed setting stops the start, not the first login
  enforcePasswordPolicy(strapi);
  guardAdminLogin(strapi);
  registerAccountSecurityRoutes(strapi);
}
