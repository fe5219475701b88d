import type { Core } from '@strapi/strapi';

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when the CMS has no admin yet,
 * so a fresh install is usable without a registration form open to anyone who finds it first.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user') as any;
  if (await users.exists()) return;
  try {
    await users.createFirstAdmin({ email, password, firstname: 'Quản trị', lastname: 'Hệ thống' });
  } catch (error) {
    throw new Error(`ADMIN_PASSWORD cannot be used for the first administrator ${email}: ${(error as Error).message}`);
  }
  strapi.log.info(`Created the first administrator ${email}`);
}
