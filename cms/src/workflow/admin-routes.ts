import type { Core } from '@strapi/strapi';
import { availableTransitions, isEditorialTransition, mayPublish, REQUESTED_TRANSITIONS, roleAtLeast, type EditorialTransition } from '@portal/contract';
import { addAdminRoutes, localeParameter, pageParameter, refuseOutsider, refuseRequest } from '../admin-routes';
import { itemHistory, logPage } from '../audit/audit-log';
import { isWorkflowType, TENANT_UID } from '../content-model';
import { isProvincialAdmin, roleOn, tenantsWhereRole } from '../tenancy/membership';
import { actorFor } from './actor';
import { loadItem, type WorkflowItem } from './editorial-states';
import { decideOrRefuse, recordOutcome } from './transitions';

export const WORKFLOW_API_PREFIX = '/editorial-workflow';
const LOG_READER_POLICY = 'may-read-editorial-log';

/** The item named by the route, refused with a clear message unless it is a workflow item. */
async function itemOf(strapi: Core.Strapi, ctx: any): Promise<WorkflowItem> {
  const { uid, documentId } = ctx.params;
  if (!isWorkflowType(strapi, uid)) refuseRequest('invalid', `"${uid}" không thuộc quy trình duyệt tin`, 'is not a content type under editorial approval');
  const locale = localeParameter(ctx.query.locale);
  const item = await loadItem(strapi, { contentType: uid, documentId, locale });
  if (!item.tenant) refuseRequest('missing', 'Không tìm thấy mục này', 'No such item in this language');
  return item;
}

/** Board members of the item's portal, and the provincial administrator, see and move items. */
async function refuseOutsiders(strapi: Core.Strapi, user: any, item: WorkflowItem): Promise<void> {
  if (isProvincialAdmin(user) || (await roleOn(strapi, user.id, item.tenant!.documentId))) return;
  refuseOutsider();
}

/**
 * Policy of the log: a tenant administrator reads their own portal's log, the provincial
 * administrator every portal's.
 */
async function mayReadLog(policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> {
  const user = policyContext.state.user;
  if (isProvincialAdmin(user)) return true;
  const tenant = policyContext.request?.query?.tenant;
  if (typeof tenant !== 'string') refuseRequest('forbidden', 'Chỉ quản trị cấp tỉnh xem được nhật ký của mọi cổng', 'Only the provincial administrator reads every portal’s log');
  const role = await roleOn(strapi, user.id, tenant);
  if (role && roleAtLeast(role, 'tenant_admin')) return true;
  refuseRequest('forbidden', 'Chỉ quản trị cổng xem được nhật ký của cổng', 'Only this portal’s administrator reads its log');
}

async function describeItem(strapi: Core.Strapi, user: any, item: WorkflowItem) {
  const who = await actorFor(strapi, user, item.tenant!.documentId);
  const context = { item: item.workflow, actor: who.actor, authorIds: item.authorIds, allowSelfApproval: item.tenant!.allowSelfApproval, now: new Date() };
  return {
    ...item.workflow,
    tenantCode: item.tenant!.code,
    role: who.role,
    transitions: availableTransitions(context),
    mayPublish: mayPublish(context),
    history: await itemHistory(strapi, item.target.contentType, item.target.documentId, item.target.locale),
  };
}

/**
 * The admin API of the workflow: an item's state, history and possible steps; the steps people
 * ask for (submit, approve, reject, schedule, unschedule, correct); a portal's audit log, and
 * the portals whose log the caller may read.
 * Publishing itself stays the Content Manager's Publish, which the publish gate decides.
 */
export function registerWorkflowAdminRoutes(strapi: Core.Strapi): void {
  strapi.get('policies').add('global::', { [LOG_READER_POLICY]: mayReadLog });
  addAdminRoutes(strapi, 'editorial-workflow', [
    {
      method: 'GET',
      path: `${WORKFLOW_API_PREFIX}/items/:uid/:documentId`,
      handler: async (ctx: any) => {
        const item = await itemOf(strapi, ctx);
        await refuseOutsiders(strapi, ctx.state.user, item);
        ctx.body = { data: await describeItem(strapi, ctx.state.user, item) };
      },
    },
    {
      method: 'POST',
      path: `${WORKFLOW_API_PREFIX}/items/:uid/:documentId/:transition`,
      handler: async (ctx: any) => {
        const transition: string = ctx.params.transition;
        if (!isEditorialTransition(transition) || !REQUESTED_TRANSITIONS.includes(transition as EditorialTransition)) {
          refuseRequest('invalid', 'Bước không hợp lệ', `transition must be one of ${REQUESTED_TRANSITIONS.join(', ')}`);
        }
        const body = ctx.request.body ?? {};
        const item = await strapi.db.transaction(async () => {
          const found = await itemOf(strapi, ctx);
          await refuseOutsiders(strapi, ctx.state.user, found);
          const who = await actorFor(strapi, ctx.state.user, found.tenant!.documentId);
          const outcome = decideOrRefuse(found, who, transition as EditorialTransition, { reason: body.reason, note: body.note, publishAt: body.publishAt });
          await recordOutcome(strapi, found, who, outcome);
          return found;
        });
        ctx.body = { data: await describeItem(strapi, ctx.state.user, await loadItem(strapi, item.target)) };
      },
    },
    {
      method: 'GET',
      path: `${WORKFLOW_API_PREFIX}/log-tenants`,
      handler: async (ctx: any) => {
        const user = ctx.state.user;
        const tenants = isProvincialAdmin(user)
          ? await strapi.db.query(TENANT_UID).findMany({ select: ['documentId', 'code'], orderBy: { code: 'asc' } })
          : (await tenantsWhereRole(strapi, user.id, 'tenant_admin')).map((seat) => ({ documentId: seat.tenantDocumentId, code: seat.tenantCode }));
        ctx.body = { data: { all: isProvincialAdmin(user), tenants: tenants.map(({ documentId, code }: any) => ({ documentId, code })) } };
      },
    },
    {
      method: 'GET',
      path: `${WORKFLOW_API_PREFIX}/log`,
      handler: async (ctx: any) => {
        const page = pageParameter(ctx.query.page);
        const tenant = typeof ctx.query.tenant === 'string' ? ctx.query.tenant : null;
        ctx.body = { data: await logPage(strapi, tenant, page) };
      },
      policies: [`global::${LOG_READER_POLICY}`],
    },
  ]);
}
