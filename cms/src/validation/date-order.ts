import type { Core } from '@strapi/strapi';
import { asCall, isWrite, refuse } from './document-call';

interface DateField {
  name: string;
  label: string;
}

interface DateRule {
  earlier: DateField;
  later: DateField;
  /** The later date may not even fall on the same day (a text cannot expire the day it takes effect). */
  strictly: boolean;
}

const issueDate = { name: 'issueDate', label: 'Ngày ban hành' };
const effectiveDate = { name: 'effectiveDate', label: 'Ngày có hiệu lực' };
const expiryDate = { name: 'expiryDate', label: 'Ngày hết hiệu lực' };

const RULES: Record<string, DateRule[]> = {
  'api::legal-document.legal-document': [
    { earlier: issueDate, later: effectiveDate, strictly: false },
    { earlier: issueDate, later: expiryDate, strictly: true },
    { earlier: effectiveDate, later: expiryDate, strictly: true },
  ],
  'api::article.article': [{ earlier: { name: 'eventStartsAt', label: 'Bắt đầu' }, later: { name: 'eventEndsAt', label: 'Kết thúc' }, strictly: false }],
  'api::consultation.consultation': [{ earlier: { name: 'openOn', label: 'Ngày bắt đầu lấy ý kiến' }, later: { name: 'closesOn', label: 'Ngày kết thúc lấy ý kiến' }, strictly: true }],
  'api::outage-notice.outage-notice': [{ earlier: { name: 'startsAt', label: 'Bắt đầu tạm ngừng' }, later: { name: 'endsAt', label: 'Kết thúc tạm ngừng' }, strictly: true }],
  'api::feedback-answer.feedback-answer': [{ earlier: { name: 'receivedOn', label: 'Ngày tiếp nhận' }, later: { name: 'answeredOn', label: 'Ngày trả lời' }, strictly: false }],
  'api::science-programme.science-programme': [
    { earlier: { name: 'approvedOn', label: 'Ngày phê duyệt' }, later: { name: 'acceptedOn', label: 'Ngày nghiệm thu' }, strictly: false },
  ],
};

const time = (value: unknown) => (value instanceof Date ? value.getTime() : typeof value === 'string' && value ? Date.parse(value) : undefined);
const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** The values the fields will have after the save: the sent ones over the stored ones. */
async function valuesAfterSave(strapi: Core.Strapi, uid: string, documentId: string | undefined, data: Record<string, unknown>, fields: string[]) {
  const missing = fields.filter((field) => !(field in data));
  const stored: Record<string, unknown> =
    documentId && missing.length > 0 ? ((await strapi.db.query(uid as any).findOne({ where: { documentId }, select: missing })) ?? {}) : {};
  return { ...stored, ...data };
}

/** Refuses dates in an impossible order, such as a document taking effect before it was issued. */
export function registerDateOrder(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    const rules = RULES[call.uid];
    if (!rules || !isWrite(call)) return next();
    const fields = [...new Set(rules.flatMap((rule) => [rule.earlier.name, rule.later.name]))];
    const values = await valuesAfterSave(strapi, call.uid, call.params.documentId, call.params.data ?? {}, fields);
    const problems = rules.flatMap(({ earlier, later, strictly }) => {
      const [from, to] = [time(values[earlier.name]), time(values[later.name])];
      if (from === undefined || to === undefined || to > from || (to === from && !strictly)) return [];
      const relation = to === from ? 'is the same day as' : 'is before';
      return [`${later.name} (${later.label}) ${shown(values[later.name])} ${relation} ${earlier.name} (${earlier.label}) ${shown(values[earlier.name])}`];
    });
    if (problems.length > 0) refuse('Not saved', problems);
    return next();
  });
}
