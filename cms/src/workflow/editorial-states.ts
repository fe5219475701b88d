import type { Core } from '@strapi/strapi';
import { NEW_ITEM, type ItemWorkflow } from '@portal/contract';

export const EDITORIAL_STATE_UID = 'api::editorial-state.editorial-state';

/** One language version of one item: what the workflow tracks. */
export interface WorkflowTarget {
  contentType: string;
  documentId: string;
  locale: string;
}

/** An item as the workflow needs it: where it stands, whose portal and whose work it is. */
export interface WorkflowItem {
  target: WorkflowTarget;
  workflow: ItemWorkflow;
  tenant: { documentId: string; code: string; allowSelfApproval: boolean } | null;
  /** The admin user who created the draft; with the submitter and the editors, whose work the item is. */
  authorIds: number[];
}

const stateRow = (strapi: Core.Strapi, target: WorkflowTarget) =>
  strapi.db.query(EDITORIAL_STATE_UID).findOne({
    where: { contentType: target.contentType, targetDocumentId: target.documentId, targetLocale: target.locale },
  });

/**
 * Reads the item. Whether it is live comes from the content itself (a published row exists), so
 * items published before the workflow existed, or written by bulk imports, are known as
 * published; the stored state says where a pending change stands.
 */
export async function loadItem(strapi: Core.Strapi, target: WorkflowTarget): Promise<WorkflowItem> {
  const rows: any[] = await strapi.db.query(target.contentType as any).findMany({
    where: { documentId: target.documentId, locale: target.locale },
    select: ['id', 'publishedAt'],
    populate: { tenant: { select: ['documentId', 'code', 'allowSelfApproval'] }, createdBy: { select: ['id'] } },
  });
  const draft = rows.find((row) => !row.publishedAt) ?? rows[0];
  const live = rows.some((row) => row.publishedAt);
  const stored = await stateRow(strapi, target);
  // A "published" state with nothing public left (unpublished outside the Document Service) is a draft again.
  const storedState = stored?.state === 'published' && !live ? 'draft' : stored?.state;
  const workflow: ItemWorkflow = stored
    ? {
        state: storedState,
        live,
        wasPublished: live || stored.wasPublished === true,
        submittedBy: stored.submittedBy ?? null,
        editedBy: Array.isArray(stored.editedBy) ? stored.editedBy : [],
        changeNote: stored.changeNote ?? null,
        publishAt: stored.publishAt ? new Date(stored.publishAt).toISOString() : null,
      }
    : { ...NEW_ITEM, state: live ? 'published' : 'draft', live, wasPublished: live };
  const tenant = draft?.tenant ? { documentId: draft.tenant.documentId, code: draft.tenant.code, allowSelfApproval: draft.tenant.allowSelfApproval === true } : null;
  return { target, workflow, tenant, authorIds: draft?.createdBy?.id ? [draft.createdBy.id] : [] };
}

/** The locales in which a document exists, for calls on every locale ("*"). */
export async function localesOfDocument(strapi: Core.Strapi, contentType: string, documentId: string): Promise<string[]> {
  const rows: any[] = await strapi.db.query(contentType as any).findMany({ where: { documentId }, select: ['locale'] });
  return [...new Set(rows.map((row) => row.locale as string))];
}

/** Stores where the item stands now; a deleted item's state goes with it. */
export async function saveWorkflow(strapi: Core.Strapi, item: WorkflowItem, next: ItemWorkflow): Promise<void> {
  const query = strapi.db.query(EDITORIAL_STATE_UID);
  const where = { contentType: item.target.contentType, targetDocumentId: item.target.documentId, targetLocale: item.target.locale };
  if (next.state === 'deleted') {
    await query.deleteMany({ where });
    return;
  }
  const data = { state: next.state, wasPublished: next.wasPublished, submittedBy: next.submittedBy, editedBy: next.editedBy, changeNote: next.changeNote, publishAt: next.publishAt ? new Date(next.publishAt) : null, tenantDocumentId: item.tenant?.documentId ?? null };
  const existing = await stateRow(strapi, item.target);
  if (existing) await query.update({ where: { id: existing.id }, data });
  else await query.create({ data: { ...where, ...data } });
}

/** How long a claimed publication is reserved for the instance that claimed it; then it is due again. */
const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Scheduled items whose publication time has come, each claimed for this caller: its time moves a
 * lease ahead, in one conditional update, so another CMS instance (or an overlapping run) does not
 * publish it too; should this instance die before publishing, the item is due again when the lease ends.
 */
export async function claimDueScheduledItems(strapi: Core.Strapi, now: Date): Promise<WorkflowTarget[]> {
  const states = strapi.db.query(EDITORIAL_STATE_UID);
  const rows: any[] = await states.findMany({ where: { state: 'scheduled', publishAt: { $lte: now } }, orderBy: { publishAt: 'asc' } });
  const claimed: WorkflowTarget[] = [];
  for (const row of rows) {
    const { count } = await states.updateMany({
      where: { id: row.id, state: 'scheduled', publishAt: { $lte: now } },
      data: { publishAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
    });
    if (count === 1) claimed.push({ contentType: row.contentType, documentId: row.targetDocumentId, locale: row.targetLocale });
  }
  return claimed;
}
