import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EDITORIAL_ROLE_NAMES, roleAtLeast, isEditorialRole, type EditorialRole } from '@portal/contract';
import { isTenantScoped, isWorkflowType, schemaUid, TENANT_UID } from '../content-model';
import { minimumRole, operationOf, type Operation } from './access-rules';
import { FILE_UID } from './media';
import { MEMBERSHIP_UID } from './membership';
import { currentBoardMember, type BoardMember } from './request-seats';
import { linkedReferences, relationInput, whereReferenced, type Reference } from './references';

const OTHER_PORTAL = 'thuộc cổng khác / belongs to another portal';

// A PolicyError, not a plain ForbiddenError: Strapi's route authorisation replaces the message of
// any other ForbiddenError thrown below it with a bare "Forbidden".
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

const and = (filters: unknown, clause: Record<string, unknown>) => (filters ? { $and: [filters, clause] } : clause);

/** The tenant row ids that the stored versions (every locale, draft and published) of a document belong to. */
async function storedTenantIds(strapi: Core.Strapi, uid: string, documentId: string): Promise<Array<number | null>> {
  const rows: any[] = await strapi.db.query(schemaUid(uid)).findMany({ where: { documentId }, select: ['id'], populate: { tenant: { select: ['id'] } } });
  return rows.map((row) => row.tenant?.id ?? null);
}

async function tenantIdsOf(strapi: Core.Strapi, list: Reference[]): Promise<number[]> {
  if (list.length === 0) return [];
  const rows: any[] = await strapi.db.query(TENANT_UID).findMany({ where: whereReferenced(list), select: ['id'] });
  return rows.map((row) => row.id);
}

/** The tenant a write leaves the document on: the one it names, else the one it is on. */
async function tenantAfterWrite(strapi: Core.Strapi, member: BoardMember, call: Call, needed: EditorialRole, stored: Array<number | null>): Promise<number> {
  const allowed = member.tenantIdsWhere(needed);
  const sent = call.params.data?.tenant;
  if (sent !== undefined) {
    const input = relationInput(sent);
    if (input.clears) refuse('Nội dung phải thuộc một cổng của bạn / content must stay on one of your portals');
    if (input.added.length > 0) {
      const named = await tenantIdsOf(strapi, input.added);
      if (named.length !== 1 || !allowed.includes(named[0]!)) refuse('Không thể đặt nội dung vào cổng mà bạn không thuộc Ban Biên tập / cannot put content on a portal you are not on');
      return named[0]!;
    }
  }
  if (stored.length > 0 && stored[0] !== null) return stored[0]!;
  // A new item from someone on one board goes to that board's portal.
  if (allowed.length === 1) {
    const seat = member.seats.find((candidate) => candidate.tenantId === allowed[0])!;
    call.params.data = { ...call.params.data, tenant: { connect: [{ documentId: seat.tenantDocumentId }] } };
    return seat.tenantId;
  }
  return refuse('Hãy chọn cổng cho nội dung này / choose the portal this content belongs to');
}

/** Refuses a write that links to documents or files another portal owns. */
async function refuseForeignLinks(strapi: Core.Strapi, uid: string, data: Record<string, unknown>, tenantId: number): Promise<void> {
  const { documents, files } = linkedReferences(strapi, uid, data);
  for (const [target, list] of documents) {
    if (list.length === 0) continue;
    if (target === TENANT_UID) {
      if ((await tenantIdsOf(strapi, list)).some((id) => id !== tenantId)) refuse(`Không thể liên kết tới cổng khác / cannot link to another portal`);
      continue;
    }
    if (!isTenantScoped(strapi, target)) continue;
    const rows: any[] = await strapi.db.query(target as any).findMany({ where: whereReferenced(list), select: ['id', 'documentId'], populate: { tenant: { select: ['id'] } } });
    const foreign = rows.find((row) => row.tenant?.id !== tenantId);
    if (foreign) refuse(`Không thể liên kết tới ${target} ${foreign.documentId}: nội dung này ${OTHER_PORTAL}`);
  }
  if (files.length > 0) {
    const rows: any[] = await strapi.db.query(FILE_UID).findMany({ where: whereReferenced(files), select: ['id'], populate: { tenants: { select: ['id'] } } });
    // Files without a portal are the provincial library, uploaded by the provincial administrator.
    const foreign = rows.find((row) => row.tenants?.length > 0 && !row.tenants.some((tenant: any) => tenant.id === tenantId));
    // Named by the id the caller sent: another portal's file name is not theirs to learn.
    if (foreign) refuse(`Không thể dùng tệp #${foreign.id}: tệp ${OTHER_PORTAL}`);
  }
}

/** A board member may hand out board roles up to their own on that board, never above it. */
function refuseRoleAboveOwn(member: BoardMember, call: Call, tenantId: number): void {
  const granted = call.params.data?.role;
  if (call.uid !== MEMBERSHIP_UID || granted === undefined) return;
  const own = member.seats.find((seat) => seat.tenantId === tenantId)?.role;
  if (!own || !isEditorialRole(granted) || !roleAtLeast(own, granted)) {
    refuse(`Không thể giao vai trò cao hơn vai trò của bạn (${own ? EDITORIAL_ROLE_NAMES[own].vi : '—'}) / cannot grant a role above your own`);
  }
}

interface Call {
  uid: string;
  action: string;
  params: { documentId?: string; status?: string; filters?: unknown; data?: Record<string, any> };
}

/**
 * The board role the fence demands. Who may publish or delete an item of a workflow type is the
 * workflow's decision (src/workflow/publish-gate.ts, with its own messages); the fence demands
 * the right to write the type on that portal.
 */
function fenceRole(strapi: Core.Strapi, uid: string, operation: Operation) {
  const decidedByWorkflow = (operation === 'publish' || operation === 'delete') && isWorkflowType(strapi, uid);
  return minimumRole(strapi, uid, decidedByWorkflow ? 'write' : operation);
}

async function guardWrite(strapi: Core.Strapi, member: BoardMember, call: Call, operation: Operation): Promise<void> {
  const stored = call.params.documentId ? await storedTenantIds(strapi, call.uid, call.params.documentId) : [];
  const needed = fenceRole(strapi, call.uid, operation);
  const allowed = member.tenantIdsWhere(needed);
  if (stored.some((tenantId) => tenantId === null || !allowed.includes(tenantId))) {
    const onBoard = stored.every((tenantId) => tenantId !== null && member.seats.some((seat) => seat.tenantId === tenantId));
    refuse(
      onBoard
        ? `Vai trò của bạn trên cổng này không cho phép thao tác này (cần ${EDITORIAL_ROLE_NAMES[needed].vi}) / your role on this portal does not allow this`
        : `Nội dung ${call.params.documentId} ${OTHER_PORTAL}`,
    );
  }
  if (!call.params.data) return;
  const tenantId = await tenantAfterWrite(strapi, member, call, needed, stored);
  refuseRoleAboveOwn(member, call, tenantId);
  await refuseForeignLinks(strapi, call.uid, call.params.data, tenantId);
}

/**
 * Whether the current request's board member may not see the document at all. For code that
 * looks documents up below the Document Service, such as the Content Manager's existence check.
 */
export async function hiddenFromCurrentMember(strapi: Core.Strapi, uid: string, documentId: string): Promise<boolean> {
  if (!isTenantScoped(strapi, uid)) return false;
  const member = await currentBoardMember(strapi);
  if (!member) return false;
  const visible = member.tenantIdsWhere(minimumRole(strapi, uid, 'read'));
  return (await storedTenantIds(strapi, uid, documentId)).some((tenantId) => tenantId === null || !visible.includes(tenantId));
}

/**
 * Fences every board member into their own portals in the Document Service, whatever calls it:
 * the Content Manager, the workflow, any controller (RBAC conditions guard only the admin API
 * routes, strapi#20474). Reads see only the member's portals; writes, publishing and deleting
 * act only on them, with the board role each needs; a write may neither move content to another
 * portal nor link it to another portal's documents or files. The provincial administrator,
 * API tokens and code outside requests are not fenced.
 */
export function registerTenantIsolation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = context as unknown as Call;
    const isTenant = call.uid === TENANT_UID;
    if (!isTenant && !isTenantScoped(strapi, call.uid)) return next();
    call.params ??= {};
    const operation = operationOf(call.action, call.params);
    if (!operation) return next();
    const member = await currentBoardMember(strapi);
    if (!member) return next();

    if (operation === 'read') {
      const ids = member.tenantIdsWhere(isTenant ? 'reporter' : minimumRole(strapi, call.uid, 'read'));
      call.params.filters = and(call.params.filters, isTenant ? { id: { $in: ids } } : { tenant: { id: { $in: ids } } });
      return next();
    }
    if (isTenant) refuse('Chỉ quản trị cấp tỉnh được sửa cổng / only the provincial administrator edits portals');
    await guardWrite(strapi, member, call, operation);
    return next();
  });
}
