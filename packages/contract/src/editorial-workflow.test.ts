import { describe, expect, it } from 'vitest';
import type { EditorialRole } from './editorial-roles.js';
import {
  availableTransitions,
  decideTransition,
  NEW_ITEM,
  refusePublishCarryingChanges,
  transitionOnSave,
  withEditor,
  type ItemWorkflow,
  type TransitionContext,
  type WorkflowActor,
} from './editorial-workflow.js';

const NOW = new Date('2026-03-02T03:00:00Z');
const REPORTER = 1;
const APPROVER = 2;
const OTHER_APPROVER = 3;
const board = (userId: number, role: EditorialRole | undefined): WorkflowActor => ({ kind: 'board', userId, role });

function context(item: Partial<ItemWorkflow>, actor: WorkflowActor, extra: Partial<TransitionContext> = {}): TransitionContext {
  return { item: { ...NEW_ITEM, ...item }, actor, authorIds: [REPORTER], allowSelfApproval: false, now: NOW, ...extra };
}

function step(transition: Parameters<typeof decideTransition>[0], ctx: TransitionContext, request = {}) {
  const decision = decideTransition(transition, ctx, request);
  if (!decision.allowed) throw new Error(`${transition} refused: ${decision.refusal.message.en}`);
  return decision.outcome;
}

describe('editorial workflow', () => {
  it('walks draft → submitted → approved → published → correction → published → unpublished', () => {
    const submitted = step('submit', context({}, board(REPORTER, 'reporter')));
    expect(submitted).toMatchObject({ from: 'draft', to: 'submitted', next: { submittedBy: REPORTER } });
    const approved = step('approve', context(submitted.next, board(APPROVER, 'approver')));
    const published = step('publish', context(approved.next, board(APPROVER, 'approver')));
    expect(published).toMatchObject({ from: 'approved', to: 'published', withoutApproval: false, next: { live: true } });
    expect(transitionOnSave(published.next)).toBe('correct');
    const correcting = step('correct', context(published.next, board(REPORTER, 'reporter')));
    expect(correcting.next).toMatchObject({ state: 'draft', live: true });
    const resubmitted = step('submit', context(correcting.next, board(REPORTER, 'reporter')), { note: 'Sửa ngày hiệu lực' });
    const reapproved = step('approve', context(resubmitted.next, board(APPROVER, 'approver')));
    const corrected = step('publish', context(reapproved.next, board(APPROVER, 'approver')));
    expect(corrected).toMatchObject({ note: 'Sửa ngày hiệu lực', next: { state: 'published', changeNote: null } });
    expect(step('unpublish', context(corrected.next, board(APPROVER, 'approver'))).next).toMatchObject({ state: 'draft', live: false });
  });

  it('rejects with a reason from Article 11.3 only', () => {
    const submitted = context({ state: 'submitted', submittedBy: REPORTER }, board(APPROVER, 'approver'));
    expect(decideTransition('reject', submitted, { note: 'no reason' })).toMatchObject({ allowed: false, refusal: { code: 'reason_required' } });
    expect(decideTransition('reject', submitted, { reason: 'boring' })).toMatchObject({ allowed: false, refusal: { code: 'reason_required' } });
    expect(step('reject', submitted, { reason: 'untrue', note: 'Số liệu sai' })).toMatchObject({ to: 'rejected', reason: 'untrue', note: 'Số liệu sai' });
    expect(step('submit', context({ state: 'rejected' }, board(REPORTER, 'reporter'))).to).toBe('submitted');
  });

  it('refuses a note too long for the record rather than cutting it', () => {
    const submitted = context({ state: 'submitted', submittedBy: REPORTER }, board(APPROVER, 'approver'));
    expect(decideTransition('reject', submitted, { reason: 'untrue', note: 'ạ'.repeat(2001) })).toMatchObject({ allowed: false, refusal: { code: 'note_too_long' } });
    expect(step('reject', submitted, { reason: 'untrue', note: 'ạ'.repeat(2000) }).note).toHaveLength(2000);
  });

  it('lets only approvers approve and publish, and not their own work unless the portal allows it', () => {
    const submitted = { state: 'submitted' as const, submittedBy: REPORTER };
    expect(decideTransition('approve', context(submitted, board(3, 'editor')))).toMatchObject({ allowed: false, refusal: { code: 'role_too_low' } });
    expect(decideTransition('approve', context(submitted, board(3, undefined)))).toMatchObject({ allowed: false, refusal: { code: 'no_role' } });
    expect(decideTransition('approve', context(submitted, board(REPORTER, 'approver')))).toMatchObject({ allowed: false, refusal: { code: 'own_work' } });
    expect(decideTransition('approve', context(submitted, board(REPORTER, 'approver'), { allowSelfApproval: true })).allowed).toBe(true);
    expect(decideTransition('publish', context({ state: 'approved', submittedBy: REPORTER }, board(REPORTER, 'tenant_admin')))).toMatchObject({ allowed: false, refusal: { code: 'own_work' } });
    expect(decideTransition('publish', context({ state: 'approved', submittedBy: REPORTER }, board(APPROVER, 'tenant_admin'))).allowed).toBe(true);
  });

  it('counts whoever changed the text among its authors until it is published', () => {
    const submitted = step('submit', context({}, board(REPORTER, 'reporter'))).next;
    expect(transitionOnSave(submitted)).toBe('revise');
    const rewritten = step('revise', context(withEditor(submitted, board(APPROVER, 'approver')), board(APPROVER, 'approver'))).next;
    expect(rewritten).toMatchObject({ state: 'submitted', editedBy: [APPROVER] });
    expect(decideTransition('approve', context(rewritten, board(APPROVER, 'approver')))).toMatchObject({ allowed: false, refusal: { code: 'own_work' } });
    expect(decideTransition('approve', context(rewritten, board(APPROVER, 'approver'), { allowSelfApproval: true })).allowed).toBe(true);
    const approved = step('approve', context(rewritten, board(OTHER_APPROVER, 'approver'))).next;
    expect(decideTransition('publish', context(approved, board(APPROVER, 'approver')))).toMatchObject({ allowed: false, refusal: { code: 'own_work' } });
    const published = step('publish', context(approved, board(OTHER_APPROVER, 'approver'))).next;
    expect(published.editedBy).toEqual([]);
    expect(withEditor(published, { kind: 'system' })).toBe(published);
    expect(withEditor(withEditor(published, board(APPROVER, 'approver')), board(APPROVER, 'approver')).editedBy).toEqual([APPROVER]);
  });

  it('refuses a board member’s publish that carries changes, and lets the provincial admin’s through to be logged as unapproved', () => {
    expect(refusePublishCarryingChanges(board(APPROVER, 'approver'))).toMatchObject({ code: 'publish_carries_changes', message: { en: expect.stringMatching(/may not carry changes/) } });
    expect(refusePublishCarryingChanges({ kind: 'provincial_admin', userId: 9 })).toBeUndefined();
    const reopened = step('reopen', context(withEditor({ ...NEW_ITEM, state: 'approved', submittedBy: REPORTER }, { kind: 'provincial_admin', userId: 9 }), { kind: 'provincial_admin', userId: 9 })).next;
    expect(step('publish', context(reopened, { kind: 'provincial_admin', userId: 9 }))).toMatchObject({ from: 'submitted', withoutApproval: true });
  });

  it('refuses to publish what the board has not approved, except for the provincial admin and the system, who are logged as such', () => {
    expect(decideTransition('publish', context({ state: 'submitted' }, board(APPROVER, 'approver')))).toMatchObject({ allowed: false, refusal: { code: 'wrong_state' } });
    expect(step('publish', context({}, { kind: 'provincial_admin', userId: 9 }))).toMatchObject({ from: 'draft', to: 'published', withoutApproval: true });
    expect(step('publish', context({}, { kind: 'system' }))).toMatchObject({ withoutApproval: true });
    expect(step('publish', context({ state: 'scheduled' }, { kind: 'system' }))).toMatchObject({ withoutApproval: false });
  });

  it('needs a public change note to submit a correction', () => {
    const correction = context({ state: 'draft', live: true }, board(REPORTER, 'reporter'));
    expect(decideTransition('submit', correction, { note: '  ' })).toMatchObject({ allowed: false, refusal: { code: 'change_note_required' } });
  });

  it('schedules an approved item for a future time only, and changing approved text needs approval again', () => {
    const approved = context({ state: 'approved', submittedBy: REPORTER }, board(APPROVER, 'approver'));
    expect(decideTransition('schedule', approved, { publishAt: '2020-01-01T00:00:00Z' })).toMatchObject({ allowed: false, refusal: { code: 'publish_time_invalid' } });
    const scheduled = step('schedule', approved, { publishAt: '2026-03-02T04:00:00Z' });
    expect(scheduled.next).toMatchObject({ state: 'scheduled', publishAt: '2026-03-02T04:00:00.000Z' });
    expect(transitionOnSave(scheduled.next)).toBe('reopen');
    expect(step('reopen', context(scheduled.next, board(REPORTER, 'reporter'))).next).toMatchObject({ state: 'submitted', publishAt: null });
    expect(step('unschedule', context(scheduled.next, board(APPROVER, 'approver'))).next).toMatchObject({ state: 'approved', publishAt: null });
  });

  it('discarding a pending correction makes the public version current again', () => {
    const correcting = context({ state: 'submitted', live: true, changeNote: 'Sửa lỗi chính tả' }, board(REPORTER, 'editor'));
    expect(step('discardCorrection', correcting).next).toMatchObject({ state: 'published', live: true, changeNote: null });
    expect(decideTransition('discardCorrection', context({ state: 'draft', live: false }, board(REPORTER, 'editor')))).toMatchObject({ allowed: false, refusal: { code: 'wrong_state' } });
  });

  it('lets an editor delete a draft that was never published, and only an approver what was ever public', () => {
    const EDITOR = 4;
    expect(step('delete', context({ state: 'submitted', submittedBy: REPORTER }, board(EDITOR, 'editor')))).toMatchObject({ from: 'submitted', to: 'deleted' });
    expect(decideTransition('delete', context({}, board(REPORTER, 'reporter')))).toMatchObject({
      allowed: false,
      refusal: { code: 'role_too_low', message: { vi: expect.stringMatching(/^Chỉ người có vai trò "Biên tập viên" trở lên mới được "Xóa"/) } },
    });
    expect(decideTransition('delete', context({}, board(REPORTER, undefined)))).toMatchObject({ allowed: false, refusal: { code: 'no_role' } });
    const published = { state: 'published' as const, live: true, wasPublished: true };
    const oncePublished = step('unpublish', context(published, board(APPROVER, 'approver'))).next;
    expect(oncePublished).toMatchObject({ state: 'draft', live: false, wasPublished: true });
    for (const item of [published, oncePublished, { state: 'draft' as const, live: true }]) {
      expect(decideTransition('delete', context(item, board(EDITOR, 'editor')))).toMatchObject({
        allowed: false,
        refusal: { code: 'role_too_low', message: { vi: expect.stringMatching(/^Mục này đã từng được xuất bản/), en: expect.stringMatching(/^This item was published once/) } },
      });
    }
    expect(step('delete', context(oncePublished, board(APPROVER, 'approver'))).to).toBe('deleted');
    expect(step('delete', context(oncePublished, { kind: 'system' })).to).toBe('deleted');
  });

  it('remembers that an item was published through corrections and unpublishing', () => {
    const published = step('publish', context({ state: 'approved', submittedBy: REPORTER }, board(APPROVER, 'approver'))).next;
    expect(published.wasPublished).toBe(true);
    const correcting = step('correct', context(published, board(REPORTER, 'reporter'))).next;
    expect(step('discardCorrection', context(correcting, board(APPROVER, 'approver'))).next.wasPublished).toBe(true);
    expect(step('unpublish', context(correcting, board(APPROVER, 'approver'))).next).toMatchObject({ live: false, wasPublished: true });
  });

  it('never lets an editor approve, schedule or publish, even a text they did not touch', () => {
    const EDITOR = 4;
    const editor = board(EDITOR, 'editor');
    expect(availableTransitions(context({ state: 'submitted', submittedBy: REPORTER }, editor))).toEqual([]);
    for (const [transition, state] of [['approve', 'submitted'], ['reject', 'submitted'], ['schedule', 'approved'], ['publish', 'approved'], ['unpublish', 'published']] as const) {
      expect(decideTransition(transition, context({ state, live: state === 'published', submittedBy: REPORTER }, editor), { reason: 'untrue', publishAt: '2026-03-03T00:00:00Z' })).toMatchObject({
        allowed: false,
        refusal: { code: 'role_too_low' },
      });
    }
  });

  it('offers each person the buttons they may use', () => {
    expect(availableTransitions(context({}, board(REPORTER, 'reporter')))).toEqual(['submit']);
    expect(availableTransitions(context({ state: 'submitted', submittedBy: REPORTER }, board(APPROVER, 'approver')))).toEqual(['approve', 'reject']);
    expect(availableTransitions(context({ state: 'submitted', submittedBy: REPORTER }, board(REPORTER, 'approver')))).toEqual(['reject']);
    expect(availableTransitions(context({ state: 'published', live: true }, board(REPORTER, 'reporter')))).toEqual(['correct']);
  });
});
