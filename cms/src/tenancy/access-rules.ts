import type { Core } from '@strapi/strapi';
import { contentTypeOf, type EditorialRole } from '@portal/contract';
import { isWorkflowType } from '../content-model';
import { MEMBERSHIP_UID } from './membership';

/** What a call does to a tenant's content, as far as who may do it is concerned. */
export type Operation = 'read' | 'write' | 'delete' | 'publish';

// Deleting what goes straight to the portals removes what may be public: an approver's. Content
// published through the workflow may be deleted by an editor, and the workflow refuses an editor
// any item that was ever published (packages/contract editorial-workflow).
const CONTENT_RULES: Record<Operation, EditorialRole> = { read: 'reporter', write: 'reporter', delete: 'approver', publish: 'approver' };
const WORKFLOW_CONTENT_RULES: Record<Operation, EditorialRole> = { ...CONTENT_RULES, delete: 'editor' };

/**
 * The least board role that may do `operation` on a document of `uid` (Quy chế Đ11, Đ15:
 * permissions by function). Reporters write drafts; editors also delete the drafts the workflow
 * lets them; approvers publish and delete; the board itself and the types whose descriptor says
 * so (menus, featured links: the portal's own furniture) are the portal administrator's.
 */
export function minimumRole(strapi: Core.Strapi, uid: string, operation: Operation): EditorialRole {
  if (uid === MEMBERSHIP_UID) return 'tenant_admin';
  const writtenBy = contentTypeOf(uid)?.writtenBy;
  if (writtenBy && operation !== 'read') return writtenBy;
  return (isWorkflowType(strapi, uid) ? WORKFLOW_CONTENT_RULES : CONTENT_RULES)[operation];
}

/** The operation a Document Service action performs; undefined for actions the guard leaves alone. */
export function operationOf(action: string, params: { status?: string }): Operation | undefined {
  switch (action) {
    case 'findMany':
    case 'findFirst':
    case 'findOne':
    case 'count':
      return 'read';
    case 'create':
    case 'update':
    case 'clone':
      return params.status === 'published' ? 'publish' : 'write';
    case 'discardDraft':
      return 'write';
    case 'delete':
      return 'delete';
    case 'publish':
    case 'unpublish':
      return 'publish';
    default:
      return undefined;
  }
}
