import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decideTransition, type EditorialTransition, type Refusal, type TransitionOutcome, type TransitionRequest } from '@portal/contract';
import { appendAuditEntry, type AuditActor } from '../audit/audit-log';
import { saveWorkflow, type WorkflowItem } from './editorial-states';

const FORBIDDING: ReadonlySet<Refusal['code']> = new Set(['no_role', 'role_too_low', 'own_work']);

/** A refusal as the error the admin panel shows: Vietnamese first, then English. */
export function refusalError(refusal: Refusal): Error {
  const message = `${refusal.message.vi} / ${refusal.message.en}`;
  const details = { code: refusal.code };
  return FORBIDDING.has(refusal.code) ? new errors.PolicyError(message, details) : new errors.ValidationError(message, details);
}

/** Decides a step for an item, throwing the refusal; the caller stores the outcome once the step happened. */
export function decideOrRefuse(item: WorkflowItem, who: AuditActor, transition: EditorialTransition, request: TransitionRequest = {}): TransitionOutcome {
  const decision = decideTransition(
    transition,
    { item: item.workflow, actor: who.actor, authorIds: item.authorIds, allowSelfApproval: item.tenant?.allowSelfApproval ?? false, now: new Date() },
    request,
  );
  if (!decision.allowed) throw refusalError(decision.refusal);
  return decision.outcome;
}

/** Stores the new state and appends the step to the audit log (inside the caller's transaction). */
export async function recordOutcome(strapi: Core.Strapi, item: WorkflowItem, who: AuditActor, outcome: TransitionOutcome): Promise<void> {
  await saveWorkflow(strapi, item, outcome.next);
  await appendAuditEntry(
    strapi,
    who,
    { ...item.target, tenantDocumentId: item.tenant?.documentId ?? null, tenantCode: item.tenant?.code ?? null },
    { transition: outcome.transition, from: outcome.from, to: outcome.to, reason: outcome.reason, note: outcome.note, withoutApproval: outcome.withoutApproval },
  );
}
