import { EDITORIAL_ROLE_NAMES, roleAtLeast, type EditorialRole } from './editorial-roles.js';

/**
 * The editorial workflow of one language version of one item (Quy chế Đ11: everything is checked
 * and approved by the editorial board before publication), as one explicit state machine in the
 * manner of Whitehall's edition workflow. Pure: the CMS stores the state and the audit log and
 * asks `decideTransition` whether a step may be taken and what it leads to.
 *
 * `live` is kept beside the state because a published item keeps its public version while a
 * correction of it goes through the board again (Quy chế Đ3.4).
 */
export const EDITORIAL_STATES = ['draft', 'submitted', 'approved', 'scheduled', 'rejected', 'published', 'deleted'] as const;
export type EditorialState = (typeof EDITORIAL_STATES)[number];

export const EDITORIAL_STATE_NAMES: Record<EditorialState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted for approval' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Hẹn giờ xuất bản', en: 'Scheduled' },
  rejected: { vi: 'Bị từ chối', en: 'Rejected' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  deleted: { vi: 'Đã xóa', en: 'Deleted' },
};

/** Grounds on which a board refuses to publish (Quy chế Đ11.3). */
export const REJECTION_REASONS = ['contrary_to_policy_or_law', 'state_secret', 'untrue', 'insufficient_quality', 'forbidden_by_law'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_NAMES: Record<RejectionReason, { vi: string; en: string }> = {
  contrary_to_policy_or_law: { vi: 'Trái với chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', en: 'Contrary to Party or State policy or law' },
  state_secret: { vi: 'Thuộc bí mật nhà nước hoặc chưa được phép công bố', en: 'State secret, or not yet cleared for publication' },
  untrue: { vi: 'Thông tin không chính xác, sai sự thật', en: 'Untrue or inaccurate' },
  insufficient_quality: { vi: 'Chưa đảm bảo chất lượng', en: 'Insufficient quality' },
  forbidden_by_law: { vi: 'Thông tin khác bị cấm theo quy định của pháp luật', en: 'Otherwise forbidden by law' },
};

export function isRejectionReason(value: unknown): value is RejectionReason {
  return typeof value === 'string' && (REJECTION_REASONS as readonly string[]).includes(value);
}

/**
 * Every step. `requested` steps are asked for by a person (buttons, API); the others happen as a
 * consequence of a Content Manager action (saving, publishing, unpublishing, deleting).
 */
interface TransitionRule {
  from: readonly EditorialState[];
  to: EditorialState;
  /** The least board role that may take the step; absent: whoever the CMS lets edit the item. */
  minimumRole?: EditorialRole;
  /** A stricter minimum once a version of the item was ever public, even if none is now. */
  minimumRoleOncePublished?: EditorialRole;
  /** Refused on the actor's own work unless the tenant allows self-approval. */
  fourEyes?: boolean;
  /** Only when a version is public (or, with false, only when none is). */
  live?: boolean;
  requested: boolean;
  names: { vi: string; en: string };
}

const EDITABLE: readonly EditorialState[] = ['draft', 'submitted', 'approved', 'scheduled', 'rejected', 'published'];

export const EDITORIAL_TRANSITIONS = {
  submit: { from: ['draft', 'rejected'], to: 'submitted', minimumRole: 'reporter', requested: true, names: { vi: 'Gửi duyệt', en: 'Submit for approval' } },
  approve: { from: ['submitted'], to: 'approved', minimumRole: 'approver', fourEyes: true, requested: true, names: { vi: 'Duyệt', en: 'Approve' } },
  reject: { from: ['submitted'], to: 'rejected', minimumRole: 'approver', requested: true, names: { vi: 'Từ chối', en: 'Reject' } },
  schedule: { from: ['approved'], to: 'scheduled', minimumRole: 'approver', fourEyes: true, requested: true, names: { vi: 'Hẹn giờ xuất bản', en: 'Schedule publication' } },
  unschedule: { from: ['scheduled'], to: 'approved', minimumRole: 'approver', requested: true, names: { vi: 'Hủy hẹn giờ', en: 'Cancel the schedule' } },
  publish: { from: ['approved', 'scheduled'], to: 'published', minimumRole: 'approver', fourEyes: true, requested: false, names: { vi: 'Xuất bản', en: 'Publish' } },
  unpublish: { from: EDITABLE, to: 'draft', minimumRole: 'approver', live: true, requested: false, names: { vi: 'Gỡ xuất bản', en: 'Unpublish' } },
  /** A published item is being changed: its public version stays until the change is approved. */
  correct: { from: ['published'], to: 'draft', minimumRole: 'reporter', live: true, requested: true, names: { vi: 'Hiệu chỉnh', en: 'Start a correction' } },
  /** The approved text changed: it must be approved again. */
  reopen: { from: ['approved', 'scheduled'], to: 'submitted', requested: false, names: { vi: 'Sửa sau khi duyệt', en: 'Changed after approval' } },
  /** The text awaiting approval changed: whoever changed it may not approve it. */
  revise: { from: ['submitted'], to: 'submitted', requested: false, names: { vi: 'Sửa khi chờ duyệt', en: 'Changed while awaiting approval' } },
  /** The pending correction was thrown away: the public version is current again. */
  discardCorrection: { from: ['draft', 'submitted', 'approved', 'scheduled', 'rejected'], to: 'published', live: true, requested: false, names: { vi: 'Hủy hiệu chỉnh', en: 'Correction discarded' } },
  /**
   * An editor (biên tập viên) clears away drafts that never reached readers; what was ever public
   * is part of the portal's record, so only an approver removes it.
   */
  delete: { from: EDITABLE, to: 'deleted', minimumRole: 'editor', minimumRoleOncePublished: 'approver', requested: false, names: { vi: 'Xóa', en: 'Delete' } },
} as const satisfies Record<string, TransitionRule>;

export type EditorialTransition = keyof typeof EDITORIAL_TRANSITIONS;
export const REQUESTED_TRANSITIONS = (Object.keys(EDITORIAL_TRANSITIONS) as EditorialTransition[]).filter((name) => EDITORIAL_TRANSITIONS[name].requested);

export function isEditorialTransition(value: unknown): value is EditorialTransition {
  return typeof value === 'string' && Object.hasOwn(EDITORIAL_TRANSITIONS, value);
}

/** Where one language version of an item stands. */
export interface ItemWorkflow {
  state: EditorialState;
  /** Whether a version is public on the portal. */
  live: boolean;
  /** Whether a version was ever public, even if it was unpublished since. */
  wasPublished: boolean;
  /** Who sent it for approval last; with its creator and its editors, whose work it is. */
  submittedBy: number | null;
  /** Everyone who changed its text since it was last published, or since the change was discarded. */
  editedBy: readonly number[];
  /** The public change note a correction will be published with. */
  changeNote: string | null;
  /** When a scheduled item is to be published (ISO). */
  publishAt: string | null;
}

export const NEW_ITEM: ItemWorkflow = { state: 'draft', live: false, wasPublished: false, submittedBy: null, editedBy: [], changeNote: null, publishAt: null };

/**
 * Who acts. `system` is the CMS itself (demo seed, the publication scheduler); the provincial
 * administrator is Strapi's Super Admin; anyone else acts through their role on the item's board.
 */
export type WorkflowActor =
  | { kind: 'system' }
  | { kind: 'provincial_admin'; userId: number }
  | { kind: 'board'; userId: number; role: EditorialRole | undefined };

export interface TransitionRequest {
  reason?: unknown;
  note?: unknown;
  publishAt?: unknown;
}

export interface TransitionContext {
  item: ItemWorkflow;
  actor: WorkflowActor;
  /** Whose work the item is besides its submitter and its editors: its creator. */
  authorIds: readonly number[];
  allowSelfApproval: boolean;
  now: Date;
}

export type RefusalCode =
  | 'wrong_state'
  | 'no_role'
  | 'role_too_low'
  | 'own_work'
  | 'reason_required'
  | 'change_note_required'
  | 'note_too_long'
  | 'publish_time_invalid'
  | 'publish_carries_changes';

export interface Refusal {
  code: RefusalCode;
  message: { vi: string; en: string };
}

/** One line of the audit log, as the machine sees it. */
export interface TransitionOutcome {
  transition: EditorialTransition;
  from: EditorialState;
  to: EditorialState;
  next: ItemWorkflow;
  reason: RejectionReason | null;
  note: string | null;
  /** The provincial administrator or the system published what the board had not approved. */
  withoutApproval: boolean;
}

export type TransitionDecision = { allowed: true; outcome: TransitionOutcome } | { allowed: false; refusal: Refusal };

const NOTE_MAX_LENGTH = 2000;

const refuse = (code: RefusalCode, vi: string, en: string): TransitionDecision => ({ allowed: false, refusal: { code, message: { vi, en } } });

function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** Names the role a step needs and the actor's, and says when it is the item's past publication that asks for more. */
function refuseRoleTooLow(minimum: EditorialRole, role: EditorialRole, step: { vi: string; en: string }, oncePublished: boolean): TransitionDecision {
  const least = EDITORIAL_ROLE_NAMES[minimum];
  const yours = EDITORIAL_ROLE_NAMES[role];
  const vi = `người có vai trò "${least.vi}" trở lên mới được "${step.vi}"; vai trò của bạn là "${yours.vi}".`;
  const en = `a board member who is at least "${least.en}" may "${step.en}"; your role is "${yours.en}".`;
  return oncePublished
    ? refuse('role_too_low', `Mục này đã từng được xuất bản nên chỉ ${vi}`, `This item was published once, so only ${en}`)
    : refuse('role_too_low', `Chỉ ${vi}`, `Only ${en}`);
}

/** Decides whether `actor` may take `transition` on the item, and what it leads to. */
export function decideTransition(transition: EditorialTransition, context: TransitionContext, request: TransitionRequest = {}): TransitionDecision {
  const rule: TransitionRule = EDITORIAL_TRANSITIONS[transition];
  const { item, actor } = context;
  const names = rule.names;
  const fromName = EDITORIAL_STATE_NAMES[item.state];
  // The system and the provincial administrator may publish anything; the log says so.
  const overridesApproval = transition === 'publish' && actor.kind !== 'board';
  const stateFits = rule.from.includes(item.state) && (rule.live === undefined || rule.live === item.live);
  if (!stateFits && !overridesApproval && transition === 'publish') {
    return refuse('wrong_state', `Chỉ xuất bản được tin đã được Ban Biên tập duyệt; mục này đang ở trạng thái "${fromName.vi}". Hãy gửi duyệt trước.`, `Only items approved by the editorial board can be published; this item is ${fromName.en.toLowerCase()}. Submit it for approval first.`);
  }
  if (!stateFits && !overridesApproval) {
    return refuse('wrong_state', `Không thể "${names.vi}" khi mục đang ở trạng thái "${fromName.vi}"${rule.live && !item.live ? ' và chưa được xuất bản' : ''}.`, `Cannot "${names.en}" an item that is ${fromName.en.toLowerCase()}${rule.live && !item.live ? ' and not published' : ''}.`);
  }

  if (actor.kind === 'board') {
    const stricter = item.live || item.wasPublished ? rule.minimumRoleOncePublished : undefined;
    const minimum = stricter ?? rule.minimumRole;
    if (minimum && !actor.role) {
      return refuse('no_role', `Bạn không thuộc Ban Biên tập của cổng này nên không thể "${names.vi}".`, `You are not on this portal's editorial board, so you cannot "${names.en}".`);
    }
    if (minimum && actor.role && !roleAtLeast(actor.role, minimum)) {
      return refuseRoleTooLow(minimum, actor.role, names, stricter !== undefined);
    }
    const ownWork = item.submittedBy === actor.userId || item.editedBy.includes(actor.userId) || context.authorIds.includes(actor.userId);
    if (rule.fourEyes && ownWork && !context.allowSelfApproval) {
      return refuse('own_work', `Bạn không thể "${names.vi}" tin bài do chính mình soạn, sửa hoặc gửi duyệt; cổng này không cho phép tự duyệt.`, `You cannot "${names.en}" your own work (you wrote, changed or submitted it); this portal does not allow self-approval.`);
    }
  }

  const reason = isRejectionReason(request.reason) ? request.reason : null;
  let note = textOrNull(request.note);
  // A note is part of the record: refused whole rather than cut.
  if (note && [...note].length > NOTE_MAX_LENGTH) {
    return refuse('note_too_long', `Ghi chú dài ${[...note].length} ký tự, vượt quá ${NOTE_MAX_LENGTH} ký tự cho phép.`, `The note has ${[...note].length} characters; at most ${NOTE_MAX_LENGTH} are allowed.`);
  }
  const next: ItemWorkflow = { ...item, state: rule.to };

  switch (transition) {
    case 'submit':
      if (item.live && !note) {
        return refuse('change_note_required', 'Hiệu chỉnh tin đã xuất bản cần có ghi chú thay đổi công khai cho bạn đọc.', 'A correction of a published item needs a public change note for readers.');
      }
      next.submittedBy = actor.kind === 'system' ? null : actor.userId;
      next.changeNote = item.live ? note : null;
      break;
    case 'reject':
      if (!reason) {
        return refuse('reason_required', `Cần chọn lý do từ chối theo Điều 11.3 (${REJECTION_REASONS.map((code) => REJECTION_REASON_NAMES[code].vi).join('; ')}).`, `A rejection needs a reason from Article 11.3: ${REJECTION_REASONS.join(', ')}.`);
      }
      break;
    case 'schedule': {
      const at = typeof request.publishAt === 'string' ? new Date(request.publishAt) : undefined;
      if (!at || Number.isNaN(at.getTime()) || at.getTime() <= context.now.getTime()) {
        return refuse('publish_time_invalid', 'Cần một thời điểm xuất bản hợp lệ trong tương lai.', 'A valid publication time in the future is required.');
      }
      next.publishAt = at.toISOString();
      note = note ?? next.publishAt;
      break;
    }
    case 'unschedule':
      next.publishAt = null;
      break;
    case 'publish':
      next.live = true;
      next.wasPublished = true;
      next.publishAt = null;
      note = note ?? item.changeNote;
      next.changeNote = null;
      next.editedBy = [];
      break;
    case 'unpublish':
      next.live = false;
      next.publishAt = null;
      next.changeNote = null;
      break;
    case 'correct':
      next.submittedBy = null;
      break;
    case 'discardCorrection':
      next.changeNote = null;
      next.publishAt = null;
      next.editedBy = [];
      break;
    case 'reopen':
      next.publishAt = null;
      break;
    case 'delete':
      next.live = false;
      break;
    case 'approve':
    case 'revise':
      break;
  }
  const withoutApproval = overridesApproval && !stateFits;
  return { allowed: true, outcome: { transition, from: item.state, to: rule.to, next, reason, note, withoutApproval } };
}

/**
 * What a change to the text does to an item: changing approved or published text needs approval
 * again; a change to submitted text is logged, as it makes its author one of the item's authors.
 */
export function transitionOnSave(item: ItemWorkflow): EditorialTransition | undefined {
  if (item.state === 'published' && item.live) return 'correct';
  if (item.state === 'approved' || item.state === 'scheduled') return 'reopen';
  if (item.state === 'submitted') return 'revise';
  return undefined;
}

/** The item once `actor` changed its text: whoever changed it is one of its authors. */
export function withEditor(item: ItemWorkflow, actor: WorkflowActor): ItemWorkflow {
  if (actor.kind === 'system' || item.editedBy.includes(actor.userId)) return item;
  return { ...item, editedBy: [...item.editedBy, actor.userId] };
}

/**
 * A publish whose request also changes the text would make public what nobody approved. A board
 * member is refused; the provincial administrator and the system may, as the change first sends
 * the item back for approval, so their publication is logged as made without board approval.
 */
export function refusePublishCarryingChanges(actor: WorkflowActor): Refusal | undefined {
  if (actor.kind !== 'board') return undefined;
  return {
    code: 'publish_carries_changes',
    message: {
      vi: 'Yêu cầu xuất bản không được kèm thay đổi nội dung, vì thay đổi đó chưa được Ban Biên tập duyệt. Hãy lưu thay đổi, gửi duyệt lại, rồi xuất bản khi đã được duyệt.',
      en: 'A publish request may not carry changes to the content, as the editorial board has not approved them. Save the changes, submit them for approval, and publish once they are approved.',
    },
  };
}

/** The steps the actor could ask for now (for buttons); publishing itself is the CMS's Publish. */
export function availableTransitions(context: TransitionContext): EditorialTransition[] {
  const probe: TransitionRequest = { reason: REJECTION_REASONS[0], note: 'probe', publishAt: new Date(context.now.getTime() + 60_000).toISOString() };
  return REQUESTED_TRANSITIONS.filter((name) => decideTransition(name, context, probe).allowed);
}

/** Whether the actor could publish the item now (for the publish gate and the panel). */
export function mayPublish(context: TransitionContext): boolean {
  return decideTransition('publish', context).allowed;
}

/** One line of the audit log as the admin API answers it; people and portals are copied as text. */
export interface AuditLogEntry {
  id: number;
  at: string;
  actorKind: WorkflowActor['kind'];
  actorId: number | null;
  actorName: string | null;
  actorRole: string | null;
  contentType: string;
  documentId: string;
  locale: string;
  tenantCode: string | null;
  transition: string;
  from: EditorialState;
  to: EditorialState;
  reason: RejectionReason | null;
  note: string | null;
  withoutApproval: boolean;
}
