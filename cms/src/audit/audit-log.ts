import type { Core } from '@strapi/strapi';
import type { AuditLogEntry, EditorialRole, WorkflowActor } from '@portal/contract';

export const AUDIT_LOG_UID = 'api::editorial-audit-entry.editorial-audit-entry';

/** Who acted, as the log keeps it: copied as text so the entry outlives the account. */
export interface AuditActor {
  actor: WorkflowActor;
  name: string | null;
  role: EditorialRole | null;
}

export interface AuditTarget {
  contentType: string;
  documentId: string;
  locale: string;
  tenantDocumentId: string | null;
  tenantCode: string | null;
}

export type AuditEntry = AuditLogEntry;

/** What a step adds to the log besides who, what and when. */
export type NewAuditEntry = Pick<AuditLogEntry, 'transition' | 'from' | 'to' | 'reason' | 'note' | 'withoutApproval'>;

/**
 * Appends one line. Written through the query engine: the Document Service refuses every write to
 * the log (append-only.ts), so this module is the only way in.
 */
export async function appendAuditEntry(strapi: Core.Strapi, who: AuditActor, target: AuditTarget, entry: NewAuditEntry): Promise<void> {
  await strapi.db.query(AUDIT_LOG_UID).create({
    data: {
      at: new Date(),
      actorKind: who.actor.kind,
      actorId: who.actor.kind === 'system' ? null : who.actor.userId,
      actorName: who.name,
      actorRole: who.role,
      contentType: target.contentType,
      targetDocumentId: target.documentId,
      targetLocale: target.locale,
      tenantDocumentId: target.tenantDocumentId,
      tenantCode: target.tenantCode,
      transition: entry.transition,
      fromState: entry.from,
      toState: entry.to,
      reason: entry.reason,
      note: entry.note,
      withoutApproval: entry.withoutApproval,
    },
  });
}

function asEntry(row: any): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorKind: row.actorKind,
    actorId: row.actorId ?? null,
    actorName: row.actorName ?? null,
    actorRole: row.actorRole ?? null,
    contentType: row.contentType,
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    tenantCode: row.tenantCode ?? null,
    transition: row.transition,
    from: row.fromState,
    to: row.toState,
    reason: row.reason ?? null,
    note: row.note ?? null,
    withoutApproval: Boolean(row.withoutApproval),
  };
}

/** The history of one language version of one item, oldest first. */
export async function itemHistory(strapi: Core.Strapi, contentType: string, documentId: string, locale: string): Promise<AuditEntry[]> {
  const rows = await strapi.db.query(AUDIT_LOG_UID).findMany({
    where: { contentType, targetDocumentId: documentId, targetLocale: locale },
    orderBy: { id: 'asc' },
  });
  return rows.map(asEntry);
}

export const LOG_PAGE_SIZE = 100;

/** One page of the log, newest first: of one tenant, or of every tenant when `tenantDocumentId` is null. */
export async function logPage(strapi: Core.Strapi, tenantDocumentId: string | null, page: number): Promise<{ entries: AuditEntry[]; total: number }> {
  const where = tenantDocumentId ? { tenantDocumentId } : {};
  const query = strapi.db.query(AUDIT_LOG_UID);
  const [rows, total] = await Promise.all([
    query.findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * LOG_PAGE_SIZE, limit: LOG_PAGE_SIZE }),
    query.count({ where }),
  ]);
  return { entries: rows.map(asEntry), total };
}
