import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isProvincialAdmin } from '../../tenancy/membership';
import { model } from '../../content-model';

const ADMIN_USER_UID = 'admin::user';

/** Turns `sort=createdBy.email:asc` (one or a list) into the nested form filters use. */
function sortAsTree(sort: unknown): unknown {
  const paths = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort.filter((item) => typeof item === 'string') : [];
  const objects = Array.isArray(sort) ? sort.filter((item) => item && typeof item === 'object') : sort && typeof sort === 'object' ? [sort] : [];
  const fromPaths = paths.map((path) => path.split(':')[0]!.split('.').reduceRight<unknown>((inner, key) => ({ [key.trim()]: inner }), 'asc'));
  return [...fromPaths, ...objects];
}

/** Whether a condition on an admin account asks for anything but its id (email, names, …). */
function namesMoreThanId(condition: unknown): boolean {
  if (Array.isArray(condition)) return condition.some(namesMoreThanId);
  if (!condition || typeof condition !== 'object') return false;
  return Object.entries(condition).some(([key, value]) => (key.startsWith('$') ? namesMoreThanId(value) : key !== 'id'));
}

/** The first path of `tree` (filters or sort on `uid`) that looks inside an admin account, if any. */
function adminUserFieldIn(strapi: Core.Strapi, uid: string, tree: unknown, path: string[] = []): string | undefined {
  if (Array.isArray(tree)) {
    for (const item of tree) {
      const found = adminUserFieldIn(strapi, uid, item, path);
      if (found) return found;
    }
    return undefined;
  }
  if (!tree || typeof tree !== 'object') return undefined;
  const attributes: Record<string, any> = model(strapi, uid)?.attributes ?? {};
  for (const [key, value] of Object.entries(tree)) {
    const attribute = attributes[key];
    const target: string | undefined = key.startsWith('$') ? uid : (attribute?.target ?? attribute?.component);
    if (!target) continue;
    const here = key.startsWith('$') ? path : [...path, key];
    if (target === ADMIN_USER_UID && namesMoreThanId(value)) return here.join('.');
    const found = target === ADMIN_USER_UID ? undefined : adminUserFieldIn(strapi, target, value, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * Route policy of the Content Manager's list: filtering or sorting on the fields of an admin
 * account (`createdBy.email`, `updatedBy.firstname`, a membership's `user.email`, …) would let a
 * board member probe other people's emails one `$startsWith` at a time. Only the provincial
 * administrator may; others may still filter on the account's id ("created by me").
 */
export function noAdminUserFieldsInListQueries(policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): boolean {
  if (isProvincialAdmin(policyContext.state.user)) return true;
  const { model } = policyContext.params ?? {};
  const { filters, sort } = policyContext.request?.query ?? {};
  const field = adminUserFieldIn(strapi, model, filters) ?? adminUserFieldIn(strapi, model, sortAsTree(sort));
  if (field) {
    throw new errors.ValidationError(`Không được lọc hay sắp xếp theo ${field} (thông tin tài khoản quản trị). / ${field}: filtering or sorting on admin accounts' details is not allowed.`);
  }
  return true;
}
