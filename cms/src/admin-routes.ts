import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES, type Locale } from '@portal/contract';

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below `/admin`. */
  path: string;
  handler: (ctx: any) => Promise<unknown>;
  /** Policies besides being signed in to the admin, such as `global::may-read-editorial-log`. */
  policies?: readonly string[];
}

/**
 * Adds routes to the admin API (`/admin/...`, admin sessions only). API routes (`/api/...`) take
 * Strapi's content-API tokens instead, which is not who uses the project's admin features.
 */
export function addAdminRoutes(strapi: Core.Strapi, name: string, routes: readonly AdminRoute[]): void {
  (strapi.admin as any).routes[name] = {
    type: 'admin',
    routes: routes.map(({ policies = [], ...route }) => ({ ...route, config: { policies: ['admin::isAuthenticatedAdmin', ...policies] } })),
  };
}

// Strapi keeps the message of these three; any other 403 thrown in a route becomes "Forbidden".
const REFUSALS = { invalid: errors.ValidationError, forbidden: errors.PolicyError, missing: errors.NotFoundError } as const;

/**
 * Refuses an admin request: 400 (`invalid`), 403 (`forbidden`) or 404 (`missing`), saying why in
 * Vietnamese for editors, then in English for IT staff.
 */
export function refuseRequest(kind: keyof typeof REFUSALS, vietnamese: string, english: string): never {
  throw new REFUSALS[kind](`${vietnamese} / ${english}`);
}

/** The `page` query parameter: 1 when absent, refused unless a positive whole number. */
export function pageParameter(value: unknown): number {
  const page = Number(value ?? 1);
  if (!Number.isInteger(page) || page < 1) refuseRequest('invalid', 'page phải là số nguyên dương', 'page must be a positive whole number');
  return page;
}

/** The `locale` query parameter, refused unless one of the portals' languages. */
export function localeParameter(value: unknown): Locale {
  const locale = String(value ?? '');
  if (!(LOCALES as readonly string[]).includes(locale)) refuseRequest('invalid', 'locale phải là một trong', `must be one of ${LOCALES.join(', ')}`);
  return locale as Locale;
}

/** Refuses someone who sits on none of an item's portals' boards. */
export const refuseOutsider = (): never => refuseRequest('forbidden', 'Bạn không thuộc Ban Biên tập của cổng này', 'You are not on this portal’s editorial board');
