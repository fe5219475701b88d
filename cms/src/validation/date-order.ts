import type { Core } from '@strapi/strapi';
import { CONTENT_TYPE_LIST, type DateOrderRule } from '@portal/contract';
import { asCall, isWrite, refuse } from './document-call';
import { schemaUid } from '../content-model';

/** Each content type's dates that cannot come in another order, from its descriptor. */
const RULES: Record<string, readonly DateOrderRule[]> = Object.fromEntries(
  CONTENT_TYPE_LIST.flatMap((descriptor) => (descriptor.dateOrder ? [[descriptor.uid, descriptor.dateOrder]] : [])),
);

const time = (value: unknown) => (value instanceof Date ? value.getTime() : typeof value === 'string' && value ? Date.parse(value) : undefined);
const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** The values the fields will have after the save: the sent ones over the stored ones. */
async function valuesAfterSave(strapi: Core.Strapi, uid: string, documentId: string | undefined, data: Record<string, unknown>, fields: string[]) {
  const missing = fields.filter((field) => !(field in data));
  const stored: Record<string, unknown> =
    documentId && missing.length > 0 ? ((await strapi.db.query(schemaUid(uid)).findOne({ where: { documentId }, select: missing })) ?? {}) : {};
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
