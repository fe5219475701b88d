import type { Core } from '@strapi/strapi';

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below `/admin`. */
  path: string;
  handler: (ctx: any) => Promise<unknown>;
}

/**
 * Adds routes to the admin API (`/admin/...`, admin sessions only). API routes (`/api/...`) take
 * Strapi's content-API tokens instead, which is not who uses the project's admin features.
 */
export function addAdminRoutes(strapi: Core.Strapi, name: string, routes: readonly AdminRoute[]): void {
  (strapi.admin as any).routes[name] = {
    type: 'admin',
    routes: routes.map((route) => ({ ...route, config: { policies: ['admin::isAuthenticatedAdmin'] } })),
  };
}
