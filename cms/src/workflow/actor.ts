import type { Core } from '@strapi/strapi';
import type { WorkflowActor } from '@portal/contract';
import { isProvincialAdmin, roleOn } from '../tenancy/membership';
import type { AuditActor } from '../audit/audit-log';

/** The admin user of the request being served, if it is an admin panel / admin API request. */
export function requestAdminUser(strapi: Core.Strapi): any | undefined {
  const ctx: any = strapi.requestContext.get();
  return ctx?.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : undefined;
}

/** Whether code runs outside any HTTP request: the demo seed, the publication scheduler. */
const outsideRequests = (strapi: Core.Strapi) => !strapi.requestContext.get();

/**
 * Who is acting on an item of the tenant `tenantDocumentId`. Code running outside a request is
 * the system; an admin user acts as provincial administrator or through their board role; any
 * other caller (an API token, a portal visitor) holds no board role, and user id 0 marks it.
 */
export async function actorFor(strapi: Core.Strapi, user: any | undefined, tenantDocumentId: string | null): Promise<AuditActor> {
  if (!user) {
    return outsideRequests(strapi)
      ? { actor: { kind: 'system' }, name: 'Hệ thống / System', role: null }
      : { actor: { kind: 'board', userId: 0, role: undefined }, name: 'API', role: null };
  }
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `#${user.id}`;
  if (isProvincialAdmin(user)) return { actor: { kind: 'provincial_admin', userId: user.id }, name, role: null };
  const role = tenantDocumentId ? await roleOn(strapi, user.id, tenantDocumentId) : undefined;
  return { actor: { kind: 'board', userId: user.id, role }, name, role: role ?? null };
}

/** Whether the current request is the Content Manager's publish, which saves the form first. */
export function isPublishRequest(strapi: Core.Strapi): boolean {
  const ctx: any = strapi.requestContext.get();
  return /\/actions\/(publish|bulkPublish)$/.test(ctx?.path ?? '');
}
