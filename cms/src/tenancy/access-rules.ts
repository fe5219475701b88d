import { contentTypeOf, type EditorialRole } from '@portal/contract';
import { MEMBERSHIP_UID } from './membership';

/** What a call does to a tenant's content, as far as who may do it is concerned. */
export type Operation = 'read' | 'write' | 'delete' | 'publish';

// Deleting takes an approver, as in the workflow (src/workflow): it removes what may be public.
const CONTENT_RULES: Record<Operation, EditorialRole> = { read: 'reporter', write: 'reporter', delete: 'approver', publish: 'approver' };

/**
 * The least board role that may do `operation` on a document of `uid` (Quy chế Đ11, Đ15:
 * permissions by function). Reporters and editors write drafts, approvers publish and delete;
 * the board itself and the types whose descriptor says so (menus, featured links: the portal's
 * own furniture) are the portal administrator's.
 */
export function minimumRole(uid: string, operation: Operation): EditorialRole {
  if (uid === MEMBERSHIP_UID) return 'tenant_admin';
  const writtenBy = contentTypeOf(uid)?.writtenBy;
  if (writtenBy && operation !== 'read') return writtenBy;
  return CONTENT_RULES[operation];
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
