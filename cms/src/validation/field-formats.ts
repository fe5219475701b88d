import type { Core } from '@strapi/strapi';
import { CONTENT_TYPE_LIST, formatOf, linkUrlSchema, type FormatCheck } from '@portal/contract';
import { visitValues } from './content-tree';
import { asCall, isWrite, refuse } from './document-call';

const link: FormatCheck = formatOf(linkUrlSchema);

/**
 * Fields whose text follows a format the site and citizens rely on, per content type (from its
 * descriptor) or component, with the Vietnamese label editors see. The formats themselves live in
 * the contract, where the site reads the same values.
 */
const FORMATS: Record<string, Readonly<Record<string, { label: string; check: FormatCheck }>>> = {
  ...Object.fromEntries(CONTENT_TYPE_LIST.flatMap((descriptor) => (descriptor.formats ? [[descriptor.uid, descriptor.formats]] : []))),
  'navigation.link': { url: { label: 'Liên kết', check: link } },
  'navigation.menu-item': { url: { label: 'Liên kết', check: link } },
  'contact.details': { website: { label: 'Trang web', check: link } },
};

/** Refuses a save whose formatted fields are malformed, naming each field and what is wrong. */
export function registerFieldFormats(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    const call = asCall(context);
    if (!isWrite(call)) return next();
    const problems: string[] = [];
    visitValues(strapi, call.uid, call.params.data, ({ modelUid, attributeName, value, path }) => {
      const format = FORMATS[modelUid]?.[attributeName];
      if (!format || typeof value !== 'string' || value === '') return;
      const problem = format.check(value);
      if (problem) problems.push(`${path} (${format.label}) "${value}" ${problem}`);
    });
    if (problems.length > 0) refuse('Not saved', problems);
    return next();
  });
}
