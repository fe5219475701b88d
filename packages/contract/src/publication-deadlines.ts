/**
 * How soon each kind of information must be on the portal (Quy chế Đ9), as data. Working days
 * are counted by @portal/working-days with the province's calendar; this table only says from
 * which date and how many.
 */
export interface DeadlineRule {
  /** Only entries whose `field` holds one of `oneOf` follow this rule; the first matching rule wins. */
  when?: { field: string; oneOf: readonly string[] };
  /** The entry's date the period runs from; the latest of several, e.g. approval then acceptance. */
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
const atOnce = (from = 'createdAt'): DeadlineRule[] => [{ from: [from], workingDays: 0, basis: AT_ONCE }];

export const PUBLICATION_DEADLINES: Readonly<Record<string, readonly DeadlineRule[]>> = {
  'api::article.article': atOnce(),
  'api::direction-item.direction-item': atOnce('issuedOn'),
  'api::intro-page.intro-page': atOnce(),
  'api::organisation-unit.organisation-unit': atOnce(),
  'api::position.position': atOnce(),
  'api::leader.leader': atOnce(),
  'api::contact-entry.contact-entry': atOnce(),
  'api::legal-document.legal-document': [
    {
      when: { field: 'documentType', oneOf: ['guidance'] },
      from: ['issueDate'],
      workingDays: 15,
      basis: { vi: 'Đ9 k2: hướng dẫn thực hiện pháp luật, 15 ngày làm việc kể từ khi ban hành', en: 'Art. 9(2): legal guidance, 15 working days after issue' },
    },
    {
      when: { field: 'level', oneOf: ['provincial'] },
      from: ['issueDate'],
      workingDays: 2,
      basis: { vi: 'Đ9 k3: văn bản của UBND tỉnh, 2 ngày làm việc kể từ khi ban hành', en: 'Art. 9(3): provincial documents, 2 working days after issue' },
    },
    {
      when: { field: 'level', oneOf: ['central'] },
      from: ['issueDate'],
      workingDays: 8,
      basis: { vi: 'Đ9 k3: văn bản của Trung ương, 8 ngày làm việc kể từ khi ban hành', en: 'Art. 9(3): central documents, 8 working days after issue' },
    },
  ],
  'api::feedback-answer.feedback-answer': [
    {
      when: { field: 'disposition', oneOf: ['out_of_scope'] },
      from: ['receivedOn'],
      workingDays: 0,
      metBy: 'answeredOn',
      basis: { vi: 'Đ9 k7: không thuộc phạm vi, thông báo ngay cho người gửi', en: 'Art. 9(7): outside the remit, sender told at once' },
    },
    {
      from: ['receivedOn'],
      workingDays: 15,
      basis: { vi: 'Đ9 k7: trả lời và đăng công khai, 15 ngày làm việc kể từ khi tiếp nhận', en: 'Art. 9(7): answered and published, 15 working days after receipt' },
    },
  ],
  'api::plan.plan': [
    { from: ['approvedOn'], workingDays: 10, basis: { vi: 'Đ9 k4: 10 ngày làm việc kể từ khi được phê duyệt', en: 'Art. 9(4): 10 working days after approval' } },
  ],
  'api::investment-project.investment-project': [
    { from: ['approvedOn'], workingDays: 10, basis: { vi: 'Đ9 k4: 10 ngày làm việc kể từ khi được phê duyệt', en: 'Art. 9(4): 10 working days after approval' } },
  ],
  'api::statistic.statistic': [
    { from: ['decidedOn'], workingDays: 10, basis: { vi: 'Đ9 k5: 10 ngày làm việc kể từ khi quyết định công bố', en: 'Art. 9(5): 10 working days after the decision to publish' } },
  ],
  'api::science-programme.science-programme': [
    {
      from: ['approvedOn', 'acceptedOn'],
      workingDays: 20,
      basis: { vi: 'Đ9 k6: 20 ngày làm việc kể từ khi phê duyệt hoặc nghiệm thu', en: 'Art. 9(6): 20 working days after approval or acceptance' },
    },
  ],
};

/**
 * Core (fixed) information that the board must review periodically (Đ12). The regulation names no
 * period; the CMS default is a setting.
 */
export const CORE_INFORMATION_TYPES: readonly string[] = [
  'api::intro-page.intro-page',
  'api::organisation-unit.organisation-unit',
  'api::position.position',
  'api::leader.leader',
  'api::contact-entry.contact-entry',
  'api::public-service.public-service',
  'api::disclosure-item.disclosure-item',
];

/** The rule an entry follows, if its type has deadlines. */
export function deadlineRuleFor(uid: string, entry: Record<string, unknown>): DeadlineRule | undefined {
  return PUBLICATION_DEADLINES[uid]?.find((rule) => !rule.when || rule.when.oneOf.includes(String(entry[rule.when.field])));
}
