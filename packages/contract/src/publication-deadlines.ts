/**
 * How soon each kind of information must be on the portal (Quy chế Đ9), as data. Working days
 * are counted by @portal/working-days with the province's calendar; this table only says from
 * which date and how many.
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
const atOnce = (from = 'createdAt'): DeadlineRule[] => [{ from: [from], workingDays: 0, basis: AT_ONCE }];

/**
 * Đ9 k2: information that disseminates and guides the application of a law is due 15 working
 * days after the law itself was issued, not after its own date. A legal document, a Hướng dẫn
 * included, follows k3 by its issuer instead.
 */
const DISSEMINATION: DeadlineRule = {
  when: { field: 'disseminates', present: true },
  from: ['disseminates.issueDate'],
  workingDays: 15,
  basis: {
    vi: 'Đ9 k2: tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, 15 ngày làm việc kể từ khi văn bản được ban hành',
    en: 'Art. 9(2): dissemination of and guidance on a law, 15 working days after the law was issued',
  },
};

export const PUBLICATION_DEADLINES: Readonly<Record<string, readonly DeadlineRule[]>> = {
  'api::article.article': [DISSEMINATION, ...atOnce()],
  'api::direction-item.direction-item': atOnce('issuedOn'),
  'api::intro-page.intro-page': atOnce(),
  'api::organisation-unit.organisation-unit': atOnce(),
  'api::position.position': atOnce(),
  'api::leader.leader': atOnce(),
  'api::contact-entry.contact-entry': atOnce(),
  'api::legal-document.legal-document': [
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
  // A draft is open for comment only once readers can see it: it is due the day comments open.
  'api::consultation.consultation': [
    { from: ['openOn'], workingDays: 0, basis: { vi: 'Đ3 k6: đăng dự thảo ngay khi bắt đầu lấy ý kiến', en: 'Art. 3(6): the draft is published when comments open' } },
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

const linksSomething = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined);

function matches(rule: DeadlineRule, entry: Record<string, unknown>): boolean {
  if (!rule.when) return true;
  const value = entry[rule.when.field];
  return 'present' in rule.when ? linksSomething(value) : rule.when.oneOf.includes(String(value));
}

/** The rule an entry follows, if its type has deadlines. */
export function deadlineRuleFor(uid: string, entry: Record<string, unknown>): DeadlineRule | undefined {
  return PUBLICATION_DEADLINES[uid]?.find((rule) => matches(rule, entry));
}

/**
 * The relations a type's rules read through, each with the fields read from its documents: what
 * an entry must be loaded with to be judged (`{ disseminates: ['issueDate'] }`).
 */
export function deadlineRelationsOf(uid: string): Record<string, string[]> {
  const relations: Record<string, string[]> = {};
  for (const rule of PUBLICATION_DEADLINES[uid] ?? []) {
    if (rule.when && 'present' in rule.when) relations[rule.when.field] ??= [];
    for (const [relation, field] of rule.from.filter((path) => path.includes('.')).map((path) => path.split('.', 2) as [string, string])) {
      relations[relation] = [...new Set([...(relations[relation] ?? []), field])];
    }
  }
  return relations;
}

/** Every value of a date path of an entry: its own field, or that field of each linked document. */
export function datesAt(entry: Record<string, unknown>, path: string): unknown[] {
  const [field, nested] = path.split('.', 2) as [string, string | undefined];
  const value = entry[field];
  if (nested === undefined) return [value];
  const linked = Array.isArray(value) ? value : value ? [value] : [];
  return linked.map((document) => (document as Record<string, unknown>)?.[nested]);
}
