/**
 * How soon one kind of information must be on the portal (Quy chế Đ9), as data. Working days
 * are counted by @portal/working-days with the province's calendar; a rule only says from which
 * date and how many. Each content type's rules are in its descriptor (types/<id>.ts).
 */
export interface DeadlineRule {
  /**
   * Only entries whose `field` holds one of `oneOf`, or (`present`) links at least one document,
   * follow this rule; the first matching rule wins.
   */
  when?: { field: string; oneOf: readonly string[] } | { field: string; present: true };
  /**
   * The date the period runs from: an entry's own field (`issueDate`) or a field of the documents
   * a relation links (`guides.issueDate`); the latest of all of them, e.g. approval then acceptance.
   */
  from: readonly string[];
  /**
   * Working days after that date. 0 is Đ9 k1's "tức thời" (at once): due the same day, or the
   * next working day when the source day is off.
   */
  workingDays: number;
  /**
   * The entry's own date that meets the deadline, when the duty is an act other than publishing
   * (telling a sender their feedback is outside the agency's remit); its publication otherwise.
   */
  metBy?: string;
  /** The regulation's words, shown beside the due date. */
  basis: { vi: string; en: string };
}

const AT_ONCE = { vi: 'Đ9 k1: cập nhật thường xuyên, tức thời', en: 'Art. 9(1): at once' };

/** Đ9 k1: due the day of `from` (the entry's creation unless it has a date of its own). */
export const atOnce = (from = 'createdAt'): DeadlineRule[] => [{ from: [from], workingDays: 0, basis: AT_ONCE }];

/** Đ9 k4: plans and investment projects, 10 working days after approval. */
export const AFTER_APPROVAL: readonly DeadlineRule[] = [
  { from: ['approvedOn'], workingDays: 10, basis: { vi: 'Đ9 k4: 10 ngày làm việc kể từ khi được phê duyệt', en: 'Art. 9(4): 10 working days after approval' } },
];

/**
 * Đ9 k2: information that disseminates and guides the application of a law is due 15 working
 * days after the law itself was issued, not after its own date. A legal document, a Hướng dẫn
 * included, follows k3 by its issuer instead.
 */
export const DISSEMINATION: DeadlineRule = {
  when: { field: 'disseminates', present: true },
  from: ['disseminates.issueDate'],
  workingDays: 15,
  basis: {
    vi: 'Đ9 k2: tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, 15 ngày làm việc kể từ khi văn bản được ban hành',
    en: 'Art. 9(2): dissemination of and guidance on a law, 15 working days after the law was issued',
  },
};
