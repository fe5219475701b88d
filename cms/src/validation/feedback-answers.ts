import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTIONS } from '@portal/contract';
import { vietnamDateOf } from '@portal/working-days';
import { asCall, blank, checkPublishedVersions, isWrite, publishes, refuse } from './document-call';

const FEEDBACK_UID = PUBLIC_COLLECTIONS.feedbackAnswers.uid;

/** What keeps one language version of a piece of feedback from being published. */
function unpublishableFeedback(version: Record<string, any>): string[] {
  switch (version.disposition) {
    case 'answered':
      return [...(blank(version.answer) ? ['the answer (Nội dung trả lời) is empty'] : []), ...(version.answeredOn ? [] : ['the answer date (Ngày trả lời) is missing'])];
    case 'out_of_scope':
      return [
        ...(blank(version.outOfScopeReason) ? ['the reason it is outside the agency’s remit (Lý do không thuộc thẩm quyền) is empty'] : []),
        ...(version.answeredOn ? [] : ['the date the sender was told (Ngày trả lời) is missing']),
      ];
    default:
      return ['it has not been answered yet: set the disposition (Kết quả xử lý) to answered or out of scope first'];
  }
}

/** Dates that cannot have happened yet, as of today in Việt Nam. */
function futureDates(data: Record<string, unknown>): string[] {
  const today = vietnamDateOf(new Date());
  return [
    ['receivedOn', 'Ngày tiếp nhận'],
    ['answeredOn', 'Ngày trả lời'],
  ]
    .filter(([field]) => typeof data[field!] === 'string' && (data[field!] as string) > today)
    .map(([field, label]) => `${field} (${label}) ${String(data[field!])} is after today (${today})`);
}

/**
 * Feedback is recorded the day it arrives, long before it has an answer; what is published is
 * the answer (Quy chế Đ9 k7). So drafts may be incomplete, but a published version must say how
 * the feedback was dealt with, and when.
 */
export function registerFeedbackAnswerRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (call.uid !== FEEDBACK_UID) return next();
    if (isWrite(call)) {
      const problems = futureDates(call.params.data ?? {});
      if (problems.length > 0) refuse('Not saved', problems);
    }
    if (!publishes(strapi, call)) return next();

    return checkPublishedVersions(strapi, call, next, 'Not published', unpublishableFeedback);
  });
}
