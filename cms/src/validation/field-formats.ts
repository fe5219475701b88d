import type { Core } from '@strapi/strapi';
import { documentNumberProblem, gazetteNumberSchema, linkUrlSchema, procedureCodeSchema } from '@portal/contract';
import { visitValues } from './content-tree';
import { asCall, isWrite, refuse } from './document-call';

type Check = (value: string) => string | undefined;

type StringSchema = { safeParse(value: string): { success: boolean; error?: { issues: { message: string }[] } } };

const bySchema = (schema: StringSchema): Check => (value) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : `must be ${result.error?.issues[0]?.message}`;
};

const link: Check = bySchema(linkUrlSchema);

/**
 * Fields whose text follows a format the site and citizens rely on, per content type or
 * component, with the Vietnamese label editors see. The formats themselves live in the contract,
 * where the site reads the same values.
 */
const FORMATS: Record<string, Record<string, { label: string; check: Check }>> = {
  'api::legal-document.legal-document': { documentNumber: { label: 'Số, ký hiệu', check: documentNumberProblem } },
  'api::public-service.public-service': { procedureCode: { label: 'Mã thủ tục', check: bySchema(procedureCodeSchema) } },
  'api::gazette-issue.gazette-issue': { number: { label: 'Số Công báo', check: bySchema(gazetteNumberSchema) } },
  'api::article.article': { sourceUrl: { label: 'Địa chỉ nguồn tin', check: link } },
  'api::consultation.consultation': { nationalPortalUrl: { label: 'Đường dẫn trên Cổng thông tin điện tử quốc gia', check: link } },
  'api::disclosure-item.disclosure-item': { link: { label: 'Liên kết', check: link } },
  'api::featured-link.featured-link': { url: { label: 'Liên kết', check: link } },
  'api::component-portal.component-portal': { url: { label: 'Địa chỉ cổng', check: link } },
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
