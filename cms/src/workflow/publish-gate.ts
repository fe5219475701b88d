import type { Core } from '@strapi/strapi';
import { decideTransition, NEW_ITEM, refusePublishCarryingChanges, transitionOnSave, withEditor, type EditorialTransition, type TransitionOutcome } from '@portal/contract';
import { isWorkflowType } from '../content-model';
import { asCall, localesOf, type DocumentCall } from '../validation/document-call';
import type { AuditActor } from '../audit/audit-log';
import { actorFor, isPublishRequest, requestAdminUser } from './actor';
import { changedLocales, draftContents } from './draft-content';
import { loadItem, localesOfDocument, saveWorkflow, type WorkflowItem } from './editorial-states';
import { decideOrRefuse, recordOutcome, refusalError } from './transitions';

/** What a Document Service call does to an item's workflow. */
type Effect = 'publish' | 'unpublish' | 'delete' | 'discardDraft' | 'save';

const TRANSITION_OF: Record<Exclude<Effect, 'save'>, EditorialTransition> = {
  publish: 'publish',
  unpublish: 'unpublish',
  delete: 'delete',
  discardDraft: 'discardCorrection',
};

function effectOf(strapi: Core.Strapi, call: DocumentCall): Effect | undefined {
  if (!isWorkflowType(strapi, call.uid)) return undefined;
  if (call.action === 'publish' || ((call.action === 'create' || call.action === 'update') && call.params.status === 'published')) return 'publish';
  if (call.action === 'unpublish' || call.action === 'delete' || call.action === 'discardDraft') return call.action;
  if (call.action === 'update') return 'save';
  return undefined;
}

async function targetLocales(strapi: Core.Strapi, call: DocumentCall, documentId: string): Promise<string[]> {
  return call.params.locale === '*' ? localesOfDocument(strapi, call.uid, documentId) : [...localesOf(call)];
}

interface Step {
  item: WorkflowItem;
  who: AuditActor;
  outcome: TransitionOutcome;
}

/** A change to an item's text: who made it, and the step it leads to, if any (a draft's change is no step). */
interface Change {
  item: WorkflowItem;
  who: AuditActor;
  outcome: TransitionOutcome | undefined;
}

/**
 * Decides the step `transition` for every locale the call touches. A consequence that does not
 * apply (unpublishing what is not public, discarding when no correction is pending) is no step;
 * a refused publish, or a step the actor may not take, refuses the whole call.
 */
async function stepsFor(strapi: Core.Strapi, call: DocumentCall, documentId: string, transition: EditorialTransition): Promise<Step[]> {
  const user = requestAdminUser(strapi);
  const steps: Step[] = [];
  for (const locale of await targetLocales(strapi, call, documentId)) {
    const item = await loadItem(strapi, { contentType: call.uid, documentId, locale });
    const who = await actorFor(strapi, user, item.tenant?.documentId ?? null);
    const decision = decideTransition(transition, { item: item.workflow, actor: who.actor, authorIds: item.authorIds, allowSelfApproval: item.tenant?.allowSelfApproval ?? false, now: new Date() });
    if (decision.allowed) steps.push({ item, who, outcome: decision.outcome });
    else if (transition === 'publish' || decision.refusal.code !== 'wrong_state') throw refusalError(decision.refusal);
  }
  return steps;
}

/**
 * The language versions whose draft the call changed, the call's own steps aside: their author
 * is recorded, and changed approved or published text needs approval again. Each version counts,
 * so a change to the fields all languages share (author, source link, dates) sends every version
 * that shows them back to the board. A publish may not carry changes: a board member's is
 * refused, anyone else's is logged as published without approval.
 */
async function changesOf(strapi: Core.Strapi, call: DocumentCall, documentId: string, locales: string[], steps: Step[], publishing: boolean): Promise<Change[]> {
  const changes: Change[] = [];
  for (const locale of locales) {
    const item = await loadItem(strapi, { contentType: call.uid, documentId, locale });
    const who = await actorFor(strapi, requestAdminUser(strapi), item.tenant?.documentId ?? null);
    const refusal = publishing ? refusePublishCarryingChanges(who.actor) : undefined;
    if (refusal) throw refusalError(refusal);
    const own = steps.find((step) => step.item.target.locale === locale);
    if (own) {
      if (own.outcome.transition === 'publish') own.outcome = { ...own.outcome, withoutApproval: true };
      continue;
    }
    const edited = { ...item, workflow: withEditor(item.workflow, who.actor) };
    const transition = transitionOnSave(edited.workflow);
    if (!transition && edited.workflow === item.workflow) continue;
    changes.push({ item: edited, who, outcome: transition && decideOrRefuse(edited, who, transition) });
  }
  return changes;
}

/**
 * Publishing a new document in one call: only the system and the provincial administrator may,
 * as nobody on a board can have approved what does not exist yet.
 */
async function stepsForCreatedAndPublished(strapi: Core.Strapi, call: DocumentCall, created: any): Promise<Step[]> {
  const steps: Step[] = [];
  for (const locale of await targetLocales(strapi, { ...call, params: { ...call.params, locale: call.params.locale ?? created?.locale } }, created.documentId)) {
    const loaded = await loadItem(strapi, { contentType: call.uid, documentId: created.documentId, locale });
    const item = { ...loaded, workflow: NEW_ITEM };
    const who = await actorFor(strapi, requestAdminUser(strapi), item.tenant?.documentId ?? null);
    steps.push({ item, who, outcome: decideOrRefuse(item, who, 'publish') });
  }
  return steps;
}

/**
 * The approval gate (Quy chế Đ11): a tenant's content is published only once its board approved
 * it, exactly as approved, by someone who may publish it and did not write it; every publish,
 * unpublish, delete and change to submitted, approved or published text is recorded in the audit
 * log, in the same transaction as the change. Changes are found by comparing every language
 * version's draft before and after the call, whatever shape the request took. Registered after
 * the content rules and before the outbox, so a refused call changes and records nothing.
 */
export function registerPublishGate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const effect = effectOf(strapi, call);
    if (!effect) return next();

    return strapi.db.transaction(async () => {
      const documentId = call.params.documentId;
      if (!documentId) {
        // Only a create can come without a document: refuse a board member before anything is written.
        decideOrRefuse({ target: { contentType: call.uid, documentId: '', locale: '' }, workflow: NEW_ITEM, tenant: null, authorIds: [] }, await actorFor(strapi, requestAdminUser(strapi), null), 'publish');
        const created: any = await next();
        for (const step of await stepsForCreatedAndPublished(strapi, call, created)) await recordOutcome(strapi, step.item, step.who, step.outcome);
        return created;
      }
      const steps = effect === 'save' ? [] : await stepsFor(strapi, call, documentId, TRANSITION_OF[effect]);
      const before = await draftContents(strapi, call.uid, documentId);
      const result = await next();
      const changed = changedLocales(before, await draftContents(strapi, call.uid, documentId));
      // The Content Manager's Publish saves the form first, in the same request.
      const publishing = effect === 'publish' || isPublishRequest(strapi);
      const changes = await changesOf(strapi, call, documentId, changed, steps, publishing);
      for (const step of steps) await recordOutcome(strapi, step.item, step.who, step.outcome);
      for (const change of changes) {
        if (change.outcome) await recordOutcome(strapi, change.item, change.who, change.outcome);
        else await saveWorkflow(strapi, change.item, change.item.workflow);
      }
      return result;
    });
  });
}
