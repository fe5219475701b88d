import type { Labels } from './published.js';
import { vietnamDateOf } from '@portal/working-days';

/**
 * Validity status ("tình trạng hiệu lực") of a legal document, derived from its dates and from
 * the documents that act on it, never typed by hand: a typed status goes stale the day a date
 * passes or another document is published. The rules follow Luật Ban hành VBQPPL 2015 Điều 154:
 *
 * - **expired** (hết hiệu lực toàn bộ): the expiry date has come (it is the first day the
 *   document no longer applies, as vbpl.vn shows it), or a document that replaces or repeals it
 *   in full has taken effect;
 * - **not yet in force** (chưa có hiệu lực): otherwise, its effective date is still ahead (a
 *   document without an effective date takes effect on its issue date);
 * - **partly expired** (hết hiệu lực một phần): otherwise, a document that amends it or repeals
 *   part of it has taken effect;
 * - **in force** (còn hiệu lực): everything else.
 *
 * "Taken effect" means the acting document's own effective date (or issue date) is on or before
 * today; its effect on this document lasts even if it later expires itself.
 */
export const VALIDITY_STATUSES = ['not_yet_in_force', 'in_force', 'partly_expired', 'expired'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];
export const VALIDITY_STATUS_LABELS: Labels<ValidityStatus> = {
  not_yet_in_force: { vi: 'Chưa có hiệu lực', en: 'Not yet in force', km: 'មិនទាន់ចូលជាធរមាន' },
  in_force: { vi: 'Còn hiệu lực', en: 'In force', km: 'នៅជាធរមាន' },
  partly_expired: { vi: 'Hết hiệu lực một phần', en: 'Partly expired', km: 'អស់សុពលភាពមួយផ្នែក' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired', km: 'អស់សុពលភាព' },
};

/** Dates are ISO calendar dates ("2025-07-01"), as the CMS stores them. */
export interface ValidityDates {
  issueDate: string;
  effectiveDate?: string | null;
  expiryDate?: string | null;
}

/** The documents acting on this one; only their dates matter. */
export interface ValidityRelations {
  replacedBy?: readonly ValidityDates[] | null;
  repealedBy?: readonly ValidityDates[] | null;
  partlyRepealedBy?: readonly ValidityDates[] | null;
  amendedBy?: readonly ValidityDates[] | null;
}

const takesEffectOn = (document: ValidityDates) => document.effectiveDate ?? document.issueDate;
const hasTakenEffect = (today: string) => (document: ValidityDates) => takesEffectOn(document) <= today;

export function deriveValidity(document: ValidityDates, relations: ValidityRelations, today: string): ValidityStatus {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be an ISO date such as 2025-07-01, not "${today}"`);
  const inEffect = hasTakenEffect(today);
  const endedInFull = [...(relations.replacedBy ?? []), ...(relations.repealedBy ?? [])].some(inEffect);
  if ((document.expiryDate && document.expiryDate <= today) || endedInFull) return 'expired';
  if (!inEffect(document)) return 'not_yet_in_force';
  const endedInPart = [...(relations.amendedBy ?? []), ...(relations.partlyRepealedBy ?? [])].some(inEffect);
  return endedInPart ? 'partly_expired' : 'in_force';
}

/** Today's date in Việt Nam (UTC+7 all year), the day on which the law counts. */
export function vietnamDate(instant: Date = new Date()): string {
  return vietnamDateOf(instant);
}
